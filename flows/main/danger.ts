// Danger and self-harm: reachable from every state (words of danger typed anywhere, the 🆘 button, the menu).
// The safety message comes first, the case becomes urgent and counsellors are alerted at once; then, only if
// the person wants: where they are, and whether a counsellor may write to them here. Nobody writes unasked.
// "Go back to where I was" returns to the exact question they left (deep history of `flow`).
import type { RiskKind } from '../contract.js';
import { isBackWord, resolveProvince } from '../text/index.js';
import { BACK, MENU, choice, prompt } from './choices.js';
import { provinceRenamed } from './province-renamed.js';
import { chose, flow } from './setup.js';
import { alongsideRisk } from './understood/reading.js';

/** The person agreed that a counsellor may write to them in this chat. */
export const allowRelay = [
  flow.emit({ type: 'relay.allow', allowed: true }),
  flow.assign({ relay: true }),
  flow.emit({ type: 'escalate', level: 'talk' }),
  flow.emit({ type: 'say', key: 'relay-allowed' }),
];

/** The safety message first, then the case made urgent, then the counsellors alerted. */
export const riskAlarm = (risk: RiskKind) => [
  flow.emit({ type: 'say', key: risk === 'danger' ? 'danger-numbers' : 'selfharm-safety' }),
  flow.emit({ type: 'case.upsert', urgency: 'urgent', status: 'open', answers: { risk } }),
  flow.emit({ type: 'escalate', level: risk }),
];

const resume = { guard: chose('resume'), target: '#main.flow.hist' };
const toMenu = { guard: chose('menu'), target: '#main.flow.menu' };

const saveWhere = flow.enqueueActions(({ event, enqueue }) => {
  if (event.type === 'user.location') {
    // Coordinates find the nearest help; they are not stored in the case.
    enqueue.emit({ type: 'show.directory', latitude: event.latitude, longitude: event.longitude });
    return;
  }
  if (event.type !== 'user.text') return;
  const found = resolveProvince(event.text);
  if (!found) return;
  for (const say of provinceRenamed(found)) enqueue.emit(say);
  enqueue.emit({ type: 'case.upsert', province: found.province.code, answers: { province: found.province.code } });
  enqueue.emit({ type: 'show.directory', province: found.province.code });
});

export const danger = flow.createStateConfig({
  initial: 'ask',
  entry: [...riskAlarm('danger'), alongsideRisk],
  states: {
    ask: {
      always: { guard: 'nobodyToTalkTo', target: 'alone' },
      meta: prompt('danger-prompt', [choice('relay-yes', 'danger-relay-yes'), choice('where', 'danger-where'), choice('resume', 'choice-resume'), MENU]),
      on: {
        'user.choice': [
          { guard: chose('relay-yes'), target: 'allowed', actions: allowRelay },
          { guard: chose('where'), target: 'where' },
          resume, toMenu,
        ],
      },
    },
    where: {
      meta: prompt('danger-where-prompt', [BACK], { freeText: true, askLocation: true }),
      on: {
        'user.choice': [
          { guard: ({ context, event }) => event.id === 'back' && context.relay, target: 'allowed' },
          { guard: chose('back'), target: 'ask' },
        ],
        'user.text': [
          { guard: ({ context, event }) => isBackWord(event.text) && context.relay, target: 'allowed' },
          { guard: ({ event }) => isBackWord(event.text), target: 'ask' },
          { guard: ({ context, event }) => resolveProvince(event.text) !== null && context.relay, target: 'allowed', actions: saveWhere },
          { guard: ({ event }) => resolveProvince(event.text) !== null, target: 'ask', actions: saveWhere },
          { actions: flow.emit({ type: 'say', key: 'province-unknown' }) },
        ],
        'user.location': [
          { guard: 'relayAllowed', target: 'allowed', actions: saveWhere },
          { target: 'ask', actions: saveWhere },
        ],
      },
    },
    /** No counsellor exists: the same choices without the offer of one. */
    alone: {
      meta: prompt('danger-prompt', [choice('where', 'danger-where'), choice('resume', 'choice-resume'), MENU]),
      on: { 'user.choice': [{ guard: chose('where'), target: 'where' }, resume, toMenu] },
    },
    allowed: {
      meta: prompt('danger-allowed', [choice('where', 'danger-where'), choice('resume', 'choice-resume'), MENU]),
      on: { 'user.choice': [{ guard: chose('where'), target: 'where' }, resume, toMenu] },
    },
  },
});

export const selfharm = flow.createStateConfig({
  initial: 'ask',
  entry: [...riskAlarm('selfharm'), alongsideRisk],
  states: {
    ask: {
      always: { guard: 'nobodyToTalkTo', target: 'alone' },
      meta: prompt('selfharm-prompt', [choice('relay-yes', 'selfharm-relay-yes'), choice('resume', 'choice-resume'), MENU]),
      on: { 'user.choice': [{ guard: chose('relay-yes'), target: 'allowed', actions: allowRelay }, resume, toMenu] },
    },
    alone: {
      meta: prompt('selfharm-alone', [choice('resume', 'choice-resume'), MENU]),
      on: { 'user.choice': [resume, toMenu] },
    },
    allowed: {
      meta: prompt('selfharm-allowed', [choice('resume', 'choice-resume'), MENU]),
      on: { 'user.choice': [resume, toMenu] },
    },
  },
});
