// Model-based test of the main flow: @xstate/graph walks the machine over a representative set of events
// (every choice on screen, typed text, danger and self-harm words, every command, counsellor events, a location,
// a sticker), so that every state is reached and every transition taken; at each reached state the prompt must
// render in Vietnamese and English with no missing key, and the emergency path must be one step away.
import { getAdjacencyMap, getStateNodes } from '@xstate/graph';
import { transition, type AnyMachineSnapshot, type AnyStateMachine, type TransitionDefinition } from 'xstate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FlowEffect, FlowEvent, Prompt } from '../../../flows/contract.js';
import type { MainContext } from '../../../flows/main/context.js';
import { mainMachine } from '../../../flows/main/machine.js';
import { promptOf } from '../../../src/core/flow-host.js';
import { LANGS } from '../../../src/core/i18n.js';
import { translator } from './chat.js';

const at = 1_767_000_000_000;
const GLOBAL_EVENTS: FlowEvent[] = [
  { type: 'user.risk', risk: 'danger', text: 'cứu tôi với', at },
  { type: 'user.risk', risk: 'selfharm', text: 'em muốn chết', at },
  ...['start', 'menu', 'help', 'khancap', 'thoat', 'xoa', 'lang'].map((command) => ({ type: 'user.command' as const, command, at })),
  { type: 'counsellor.joined', alias: 'Chị Lan', at },
  { type: 'counsellor.joined', alias: '  ', at },
  { type: 'counsellor.text', text: 'Chào bạn, mình là Lan.', at },
  { type: 'counsellor.text', text: 'Em ơi?', alias: 'Chị Hoa', at },
  { type: 'counsellor.reminder', minutes: 5, at },
  { type: 'counsellor.ended', at },
  { type: 'user.location', latitude: 21.59, longitude: 105.84, at },
  { type: 'user.unsupported', kind: 'sticker', at },
];
/**
 * Typed text in states that take text: provinces (current, pre-2025, unknown), a phone (valid, not), back/skip words, a
 * note; and at the menu, a disclosure of each route (ways forward, check-in, care, a child with and without a recent
 * sexual event, a child only) and each request (understood/reading.ts).
 */
const TEXTS = [
  'Thái Nguyên', 'Bắc Giang', 'không biết ở đâu', '0912 345 678', '12345', 'quay lại', 'bỏ qua', 'hoa sen',
];
/** Only where the main choices are on screen (the rest of the flow reads them like any other text). */
const MENU_TEXTS = [
  'chồng tôi chửi bới tôi', 'anh ấy dọa sẽ đuổi tôi', 'tối qua em bị sờ mó', 'em 14 tuổi bị bố chửi',
  'em 13 tuổi, tối qua bố dượng sờ mó em', 'em 13 tuổi', 'tôi muốn biết luật', 'tìm nhà tạm lánh', 'số tổng đài',
  'muốn tâm sự', 'xoá hết tin nhắn', 'cảm ơn', 'xin chào',
];
/**
 * The flow where no counsellor can exist (the named guard the host swaps), walked beside the default one. Only the
 * screens that read what people write are walked there (the rest of the flow does not ask the guard), to keep the
 * walk fast.
 */
const noCounsellors: AnyStateMachine = mainMachine.provide({ guards: { counsellorsExist: () => false } });
const MENU_SCREENS = ['flow.welcome', 'flow.menu', 'flow.understood'];
const readsText = (s: AnyMachineSnapshot) => MENU_SCREENS.some((p) => s.matches(p as never));

const promptAt = (s: AnyMachineSnapshot): Prompt | undefined => promptOf(mainMachine, mainMachine.getPersistedSnapshot(s));

function eventsAt(s: AnyMachineSnapshot): FlowEvent[] {
  const p = promptAt(s);
  const choices = (p?.choices ?? []).map((c) => ({ type: 'user.choice' as const, id: c.id, at }));
  // Without choices (or with free text) the core passes typed text on as user.text.
  const typed = [...TEXTS, ...(readsText(s) ? MENU_TEXTS : [])];
  const texts = p?.freeText || !p?.choices?.length ? typed.map((text) => ({ type: 'user.text' as const, text, at })) : [];
  return [...choices, ...texts, ...GLOBAL_EVENTS];
}

/**
 * The state plus only the context that guards (or say-branches) read, and only where they are read: the intake's
 * answers matter inside the intake, the counsellor's alias only once contact is allowed. This keeps the graph
 * small while every branch stays reachable.
 */
function serializeState(s: AnyMachineSnapshot): string {
  const c = s.context as MainContext;
  const inIntake = s.matches('flow.intake' as never);
  const intake = inIntake
    ? [c.editing, c.aboutOpted, c.answers.province !== undefined, c.answers.callback ?? null, (c.answers.kinds ?? []).length > 0]
    : null;
  const heard = s.matches('flow.understood' as never) ? c.heard?.care ?? null : null;
  return JSON.stringify([s.value, c.relay, c.intakeOpen, c.relay && c.counsellorAlias !== undefined, intake, heard]);
}

const transitionId = (t: TransitionDefinition<any, any>, index: number) =>
  `${t.source.id} on ${t.eventType} #${index}${t.target ? ` → ${t.target.map((n) => n.id).join(',')}` : ''}`;

const emittedBy = (s: AnyMachineSnapshot, event: FlowEvent): FlowEffect[] => {
  const [, actions] = transition(mainMachine, s as never, event);
  return (actions as { type: string; params?: unknown }[])
    .filter((a) => a.type === 'xstate.emit')
    .map((a) => (a.params as { event: FlowEffect }).event);
};

let vertices: AnyMachineSnapshot[] = [];
const edges: { machine: AnyStateMachine; from: AnyMachineSnapshot; event: FlowEvent; to: AnyMachineSnapshot }[] = [];

beforeAll(() => {
  for (const machine of [mainMachine as AnyStateMachine, noCounsellors]) {
    const map = getAdjacencyMap<AnyMachineSnapshot, FlowEvent, unknown>(machine, {
      events: (s) => (machine === mainMachine || readsText(s) ? eventsAt(s) : []),
      serializeState: (s) => serializeState(s),
    });
    vertices.push(...Object.values(map).map((v) => v.state));
    for (const v of Object.values(map)) {
      const out = Object.values(v.transitions) as { event: FlowEvent; state: AnyMachineSnapshot }[];
      for (const { event, state } of out) edges.push({ machine, from: v.state, event, to: state });
    }
  }
  console.log(`model: ${vertices.length} states, ${edges.length} transitions walked (with and without counsellors)`);
}, 240_000);

describe('main flow, walked as a model', () => {
  it('reaches every state of the machine', () => {
    const states = getStateNodes(mainMachine.root).filter((n) => n.type !== 'history');
    const missing = states.filter((n) => !vertices.some((v) => v.matches(n.path.join('.') as never)));
    expect(missing.map((n) => n.id)).toEqual([]);
    expect(states.length).toBeGreaterThan(40);
  });

  it('takes every transition of the machine', () => {
    const all = new Map<TransitionDefinition<any, any>, string>();
    for (const node of [mainMachine.root, ...getStateNodes(mainMachine.root)]) {
      for (const list of node.transitions.values()) list.forEach((t, i) => all.set(t, transitionId(t, i)));
    }
    // Transitions are compared by id: the machine without counsellors has its own transition objects.
    const taken = new Set<string>();
    for (const { machine, from, event } of edges) {
      for (const t of machine.getTransitionData(from as never, event)) taken.add(transitionId(t, t.source.transitions.get(t.eventType)!.indexOf(t)));
    }
    const untaken = [...all.values()].filter((id) => !taken.has(id));
    expect(untaken).toEqual([]);
    expect(all.size).toBeGreaterThan(150);
  });

  it('shows a prompt in every reached state, rendered in vi and en without missing keys', () => {
    const t = translator();
    const problems = new Set<string>();
    for (const v of vertices) {
      const p = promptAt(v);
      if (!p) { problems.add(`no prompt in ${JSON.stringify(v.value)}`); continue; }
      for (const lang of LANGS) {
        for (const pr of t.problems(lang, p.key, p.args)) problems.add(pr);
        for (const c of p.choices ?? []) for (const pr of t.problems(lang, c.key, c.args)) problems.add(pr);
      }
    }
    expect([...problems]).toEqual([]);
  });

  it('says only texts that exist in vi and en, with the arguments they need', () => {
    const t = translator();
    const problems = new Set<string>();
    const keys = new Set<string>();
    for (const { from, event } of edges) {
      for (const e of emittedBy(from, event)) {
        if (e.type !== 'say') continue;
        keys.add(e.key);
        for (const lang of LANGS) for (const pr of t.problems(lang, e.key, e.args)) problems.add(pr);
      }
    }
    expect([...problems]).toEqual([]);
    expect([...keys]).toEqual(expect.arrayContaining([
      'danger-numbers', 'selfharm-safety', 'relay-allowed', 'province-renamed', 'province-unknown', 'intake-summary',
      'intake-kind-added', 'intake-kind-removed', 'intake-child-note', 'intake-phone-invalid', 'intake-next',
      'intake-stopped-kept', 'intake-stopped-deleted', 'delete-done', 'lang-changed', 'help-text', 'unsupported',
      'counsellor-joined', 'counsellor-joined-anon', 'counsellor-text', 'counsellor-text-anon', 'counsellor-ended',
      'rights-dv-definition', 'rights-safety-plan',
      'understanding-heard', 'understanding-ticked', 'understanding-unsure-tips', 'understanding-no-counsellor',
      'understanding-thanks', 'understanding-greeting', 'children-trusted-adult-tips',
    ]));
  });

  it('keeps every choice label short enough to read as a button', () => {
    const t = translator();
    const long = new Set<string>();
    for (const v of vertices) {
      for (const c of promptAt(v)?.choices ?? []) for (const lang of LANGS) if (t.t(lang, c.key, c.args).length > 40) long.add(`${lang}:${c.key}`);
    }
    expect([...long]).toEqual([]);
  });

  it('offers the emergency path from every state: 🆘 and danger words reach the danger screen, self-harm words the self-harm screen', () => {
    const failures: string[] = [];
    for (const v of vertices) {
      const where = JSON.stringify(v.value);
      const sos = transition(mainMachine, v as never, { type: 'user.command', command: 'khancap', at })[0];
      if (!sos.matches('danger')) failures.push(`khancap from ${where}`);
      const danger = emittedBy(v, GLOBAL_EVENTS[0]!);
      const selfharm = emittedBy(v, GLOBAL_EVENTS[1]!);
      // With a counsellor in the chat the person stays with them, but still gets the safety message and the alert.
      const sayKeys = (fx: FlowEffect[]) => fx.filter((e) => e.type === 'say').map((e) => (e as { key: string }).key);
      if (!sayKeys(danger).includes('danger-numbers') || !danger.some((e) => e.type === 'escalate' && e.level === 'danger')) failures.push(`danger from ${where}`);
      if (!sayKeys(selfharm).includes('selfharm-safety') || !selfharm.some((e) => e.type === 'escalate' && e.level === 'selfharm')) failures.push(`selfharm from ${where}`);
      for (const fx of [danger, selfharm]) {
        if (!fx.some((e) => e.type === 'case.upsert' && e.urgency === 'urgent')) failures.push(`no urgent case from ${where}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('lets the person leave fast from every state: quick exit clears the chat and forgets the answers', () => {
    const failures: string[] = [];
    for (const v of vertices) {
      const event = { type: 'user.command' as const, command: 'thoat', at };
      const [next] = transition(mainMachine, v as never, event);
      const fx = emittedBy(v, event);
      const c = next.context as MainContext;
      if (!next.matches('exited') || !fx.some((e) => e.type === 'chat.clear') || Object.keys(c.answers).length || Object.keys(c.contact).length || c.relay) {
        failures.push(JSON.stringify(v.value));
      }
    }
    expect(failures).toEqual([]);
  });

  it('never lets a counsellor in unless the person agreed', () => {
    const failures: string[] = [];
    for (const v of vertices) {
      if ((v.context as MainContext).relay) continue;
      for (const event of GLOBAL_EVENTS.filter((e) => e.type.startsWith('counsellor.'))) {
        const [next] = transition(mainMachine, v as never, event);
        if (next.matches('flow.live' as never) || emittedBy(v, event).length) failures.push(`${event.type} in ${JSON.stringify(v.value)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
