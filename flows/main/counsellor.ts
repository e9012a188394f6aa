// Talking to a counsellor. A counsellor writes to a person only after the person said yes here (relay.allow);
// the hand-off module tells them honestly whether anyone is on duty. Where no counsellor exists (people.ts), there
// is no waiting room: the person is told that nobody will read or answer here, and given the numbers. While a counsellor is in the chat, what
// the person types goes to them; danger words still bring the safety message and raise the case.
import type { FlowEffect, RiskKind } from '../contract.js';
import { MENU, choice, prompt } from './choices.js';
import { allowRelay, riskAlarm } from './danger.js';
import { chose, command, flow, risk } from './setup.js';

type Say = Extract<FlowEffect, { type: 'say' }>;

export const stopRelay = [flow.emit({ type: 'relay.allow', allowed: false }), flow.assign({ relay: false })];
const forward = flow.emit(({ event }) => ({ type: 'relay.toCounsellor' as const, text: 'text' in event ? event.text : '' }));
/** Danger words in a conversation with a counsellor: passed on, and the numbers and an alert as anywhere else. */
const riskInChat = (risk: RiskKind) => [forward, ...riskAlarm(risk)];
/** `user.risk` while waiting for or talking with a counsellor: the same in both, and the person keeps their place. */
const riskToCounsellor = [
  { guard: risk('selfharm'), actions: riskInChat('selfharm') },
  { actions: riskInChat('danger') },
];

export const counsellor = flow.createStateConfig({
  initial: 'intro',
  states: {
    intro: {
      always: { guard: 'nobodyToTalkTo', target: 'none' },
      meta: prompt('counsellor-intro', [choice('relay-yes', 'counsellor-yes'), MENU]),
      on: {
        'user.choice': [
          { guard: chose('relay-yes'), target: 'waiting', actions: allowRelay },
          { guard: chose('menu'), target: '#main.flow.menu' },
        ],
      },
    },
    waiting: {
      always: { guard: 'nobodyToTalkTo', target: 'none' },
      meta: prompt('counsellor-waiting', [choice('stop', 'counsellor-stop'), MENU], { freeText: true, quiet: true }),
      on: {
        'user.text': { actions: forward },
        // As in the live chat: danger words reach the case topic too (the waiting screen promised to pass on what
        // they write), with the numbers and an urgent alert, and the person keeps their place in the queue.
        'user.risk': riskToCounsellor,
        'user.choice': [
          { guard: chose('stop'), target: '#main.flow.menu', actions: [...stopRelay, flow.emit({ type: 'say', key: 'relay-stopped' })] },
          { guard: chose('menu'), target: '#main.flow.menu' },
        ],
        'counsellor.ended': { target: '#main.flow.menu', actions: [...stopRelay, flow.emit({ type: 'say', key: 'counsellor-ended' })] },
      },
    },
    /** Nobody to talk to: what will and will not happen, then the numbers. */
    none: {
      meta: prompt('counsellor-none', [choice('hotlines', 'menu-hotlines'), choice('find-help', 'menu-find-help'), MENU]),
      on: {
        'user.choice': [
          { guard: chose('hotlines'), target: '#main.flow.hotlines' },
          { guard: chose('find-help'), target: '#main.flow.findHelp' },
          { guard: chose('menu'), target: '#main.flow.menu' },
        ],
      },
    },
  },
});

/** A counsellor is in the chat. Danger or 🆘 here leaves for the safety screen, and "back" returns here. */
export const live = flow.createStateConfig({
  entry: flow.emit(({ context }): Say => (context.counsellorAlias
    ? { type: 'say', key: 'counsellor-joined', args: { alias: context.counsellorAlias } }
    : { type: 'say', key: 'counsellor-joined-anon' })),
  // No option buttons here: a typed "1" or "thôi" is meant for the counsellor, not for the bot. Typing "menu"
  // (or /menu) ends the conversation.
  meta: prompt('counsellor-live', [], { freeText: true, quiet: true }),
  on: {
    'user.command': {
      guard: command('menu', 'start'),
      target: '#main.flow.menu',
      actions: [...stopRelay, flow.emit({ type: 'say', key: 'counsellor-you-ended' })],
    },
    'user.text': { actions: forward },
    'user.risk': riskToCounsellor,
    'counsellor.ended': { target: '#main.flow.menu', actions: [...stopRelay, flow.emit({ type: 'say', key: 'counsellor-ended' })] },
  },
});

/** Root-level counsellor events: only ever acted on when the person allowed contact. */
export const counsellorEvents = {
  'counsellor.joined': {
    guard: 'relayAllowed' as const,
    target: '#main.flow.live',
    actions: flow.assign({ counsellorAlias: ({ event }) => (event.type === 'counsellor.joined' ? event.alias.trim().slice(0, 40) || undefined : undefined) }),
  },
  'counsellor.text': {
    guard: 'relayAllowed' as const,
    actions: flow.emit(({ context, event }): Say => {
      const text = event.type === 'counsellor.text' ? event.text : '';
      const alias = (event.type === 'counsellor.text' && event.alias?.trim().slice(0, 40)) || context.counsellorAlias;
      return alias
        ? { type: 'say', key: 'counsellor-text', args: { alias, text } }
        : { type: 'say', key: 'counsellor-text-anon', args: { text } };
    }),
  },
  /** Nobody has taken the request yet: say so honestly, with the hotlines, wherever the person is now. */
  'counsellor.reminder': {
    guard: 'relayAllowed' as const,
    actions: flow.emit(({ event }): Say => ({ type: 'say', key: 'escalation-delayed', args: { minutes: event.type === 'counsellor.reminder' ? event.minutes : 0 } })),
  },
  'counsellor.ended': { guard: 'relayAllowed' as const, actions: [...stopRelay, flow.emit({ type: 'say', key: 'counsellor-ended' })] },
};
