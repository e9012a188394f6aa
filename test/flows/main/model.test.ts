// Model-based test of the main flow: @xstate/graph walks the machine over a representative set of events
// (every choice on screen, typed text, danger and self-harm words, every command, counsellor events, a location,
// a sticker), so that every state is reached and every transition taken; at each reached state the prompt must
// render in Vietnamese and English with no missing key, and the emergency path must be one step away.
// The machine is walked once per world the core can describe (counsellors on duty or not, a call-back service or
// not, nobody at all): each world reaches its own screens, and no world may show a promise of a person it lacks.
// Off duty with a stated return time counts as reachable (people.ts) and so walks exactly like `everyone`.
import { getAdjacencyMap, getStateNodes } from '@xstate/graph';
import { transition, type AnyMachineSnapshot, type AnyStateMachine, type TransitionDefinition } from 'xstate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FlowEffect, FlowEvent, People, Prompt } from '../../../flows/contract.js';
import type { MainContext } from '../../../flows/main/context.js';
import { mainMachine } from '../../../flows/main/machine.js';
import { promptOf } from '../../../src/core/flow-host.js';
import { LANGS } from '../../../src/core/i18n.js';
import { exists, promiseOf } from '../../../flows/main/people.js';
import { translator, WORLDS } from './chat.js';

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
/** The screens where the main choices are on screen, so free text is read as a disclosure or a request. */
const MENU_SCREENS = ['flow.welcome', 'flow.menu', 'flow.understood'];
const readsText = (s: AnyMachineSnapshot) => MENU_SCREENS.some((p) => s.matches(p as never));

const REFERENCE = 'TC-ACD347';
const promptAt = (s: AnyMachineSnapshot): Prompt | undefined => promptOf(mainMachine, mainMachine.getPersistedSnapshot(s));

function eventsAt(s: AnyMachineSnapshot): FlowEvent[] {
  const p = promptAt(s);
  const choices = (p?.choices ?? []).map((c) => ({ type: 'user.choice' as const, id: c.id, at }));
  // Without choices (or with free text) the core passes typed text on as user.text.
  const typed = [...TEXTS, ...(readsText(s) ? MENU_TEXTS : [])];
  const texts = p?.freeText || !p?.choices?.length ? typed.map((text) => ({ type: 'user.text' as const, text, at })) : [];
  // A case reference code is passed on as text on every screen (the core's interpret()).
  return [...choices, ...texts, { type: 'user.text' as const, text: REFERENCE, at }, ...GLOBAL_EVENTS];
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

type Edge = { from: AnyMachineSnapshot; event: FlowEvent; to: AnyMachineSnapshot; says?: FlowEffect[] };
const WALKED = ['everyone', 'noCallback', 'nobody'] as const;
/** What a step says (computed once per edge: the walks are large). */
const saysOn = (edge: Edge): FlowEffect[] => (edge.says ??= emittedBy(edge.from, edge.event));
let vertices: AnyMachineSnapshot[] = [];
const edges: Edge[] = [];
/** The walk of each world, for the promise checks. */
const walks = new Map<string, { people: People; vertices: AnyMachineSnapshot[]; edges: Edge[] }>();

beforeAll(() => {
  const machine: AnyStateMachine = mainMachine;
  for (const name of WALKED) {
    const people = WORLDS[name];
    const map = getAdjacencyMap<AnyMachineSnapshot, FlowEvent, unknown>(machine, {
      events: (s) => eventsAt(s),
      serializeState: (s) => serializeState(s),
      input: { people },
    });
    const walk = { people, vertices: Object.values(map).map((v) => v.state), edges: [] as Edge[] };
    for (const v of Object.values(map)) {
      const out = Object.values(v.transitions) as { event: FlowEvent; state: AnyMachineSnapshot }[];
      for (const { event, state } of out) walk.edges.push({ from: v.state, event, to: state });
    }
    walks.set(name, walk);
    // The common checks below walk `everyone` and `nobody` whole, and from `noCallback` only its own screen.
    const own = name === 'noCallback' ? (s: AnyMachineSnapshot) => s.matches('flow.intake.callbackChat' as never) : () => true;
    vertices.push(...walk.vertices.filter(own));
    edges.push(...walk.edges.filter((e) => own(e.from)));
    console.log(`model (${name}): ${walk.vertices.length} states, ${walk.edges.length} transitions walked`);
  }
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
    const taken = new Set<TransitionDefinition<any, any>>();
    for (const { from, event } of edges) for (const t of mainMachine.getTransitionData(from as never, event)) taken.add(t);
    const untaken = [...all].filter(([t]) => !taken.has(t)).map(([, id]) => id);
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
    for (const edge of edges) {
      for (const e of saysOn(edge)) {
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

/** Every text a world shows: each reached state's prompt and choices, and everything said on the way. */
function textsOf(walk: { vertices: AnyMachineSnapshot[]; edges: Edge[] }): { key: string; args?: Record<string, string | number>; where: string }[] {
  const out: { key: string; args?: Record<string, string | number>; where: string }[] = [];
  for (const v of walk.vertices) {
    const p = promptAt(v);
    if (!p) continue;
    const where = JSON.stringify(v.value);
    out.push({ key: p.key, args: p.args, where });
    for (const c of p.choices ?? []) out.push({ key: c.key, args: c.args, where });
  }
  for (const edge of walk.edges) {
    for (const e of saysOn(edge)) if (e.type === 'say') out.push({ key: e.key, args: e.args, where: `${JSON.stringify(edge.from.value)} on ${edge.event.type}` });
  }
  return out;
}
const textsCache = new Map<string, ReturnType<typeof textsOf>>();
const textsIn = (name: string) => textsCache.get(name) ?? textsCache.set(name, textsOf(walks.get(name)!)).get(name)!;

describe('honest about people, in every world', () => {
  it.each(WALKED)('shows no promise of a person who does not exist (%s)', (name) => {
    const walk = walks.get(name)!;
    const broken = new Set<string>();
    for (const t of textsIn(name)) {
      const person = promiseOf(t.key, t.args);
      if (person && !exists(person, walk.people)) broken.add(`${t.key} (${person}) at ${t.where}`);
    }
    expect([...broken]).toEqual([]);
  }, 180_000);

  it('counts counsellors off duty with a stated return time as reachable, and without one as nobody', () => {
    expect(exists('counsellor', WORLDS.offDuty)).toBe(true);
    expect(exists('callback', WORLDS.offDuty)).toBe(true);
    expect(exists('counsellor', { ...WORLDS.offDuty, backAt: undefined })).toBe(false);
    expect(exists('callback', WORLDS.noCallback)).toBe(false);
    expect(exists('counsellor', WORLDS.nobody)).toBe(false);
  });

  it('does show the promises where the people exist (so the check above has something to find)', () => {
    const keys = (name: string) => new Set(textsIn(name).filter((t) => promiseOf(t.key, t.args)).map((t) => t.key));
    expect([...keys('everyone')]).toEqual(expect.arrayContaining(['counsellor-intro', 'counsellor-waiting', 'relay-allowed', 'danger-relay-yes', 'selfharm-prompt', 'callback-phone', 'intake-phone', 'intake-code-word', 'intake-next']));
    expect([...keys('noCallback')]).toEqual(expect.arrayContaining(['counsellor-waiting', 'callback-chat']));
    expect([...keys('noCallback')]).not.toContain('callback-phone');
    expect([...keys('nobody')]).toEqual([]);
  }, 180_000);

  it('without counsellors, opens no waiting room: the counsellor menu says who will not answer and gives the numbers', () => {
    const nobody = walks.get('nobody')!;
    expect(nobody.vertices.some((v) => v.matches('flow.counsellor.waiting' as never) || v.matches('flow.live' as never))).toBe(false);
    expect(nobody.vertices.some((v) => v.matches('flow.counsellor.none' as never))).toBe(true);
    const text = translator().t('vi', 'counsellor-none');
    expect(text).toMatch(/không có ai đọc/);
    expect(text).toContain('113');
    expect(text).toContain('18008080');
  });
});
