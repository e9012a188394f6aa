// Free text typed where a menu is on screen (welcome, main menu, the screens after a disclosure), read by the
// rules of flows/text/disclosure.ts: a disclosure is acknowledged and leads to the ways forward, a request goes
// straight to its screen, anything else stays unanswered here so the core asks again ("Mình chưa hiểu ý bạn").
// Danger and self-harm never get here: the core reads them first and sends `user.risk`.
import { and } from 'xstate';
import type { FlowEvent } from '../../contract.js';
import { type Disclosure, type RequestKind, looksEnglish, readDisclosure } from '../../text/index.js';
import type { Heard, MainContext } from '../context.js';
import { flow } from '../setup.js';

type Args = { context: MainContext; event: FlowEvent };

const read = (event: FlowEvent): Disclosure | null => (event.type === 'user.text' ? readDisclosure(event.text) : null);

/** Physical or sexual violence, or a threat, that the risk rules did not call danger: ask whether they are safe now. */
const CHECK_IN_KINDS = new Set(['physical', 'sexual']);

export const heardOf = (d: Disclosure): Heard => ({
  kind: d.kinds[0]!,
  ticks: d.ticks,
  child: d.child,
  care: d.recent && d.kinds.includes('sexual'),
});

// ---- Guards, most specific first ---------------------------------------------------------------------------------
const disclosed = (event: FlowEvent) => (read(event)?.kinds.length ?? 0) > 0;
export const childDisclosure = ({ event }: Args) => disclosed(event) && read(event)!.child;
export const recentSexual = ({ event }: Args) => disclosed(event) && heardOf(read(event)!).care;
export const needsCheckIn = ({ event }: Args) => {
  const d = read(event);
  return d !== null && d.kinds.length > 0 && (d.threat || d.concern || d.kinds.some((k) => CHECK_IN_KINDS.has(k)));
};
export const disclosure = ({ event }: Args) => disclosed(event);
export const asks = (kind: RequestKind) => ({ event }: Args) => read(event)?.request === kind;
/** A request from someone who is, or speaks about, a child: 111 is named on the way. */
const childAsks = (event: FlowEvent) => read(event)?.child === true;
/** Only that a child is concerned ("em 13 tuổi", "con tôi học lớp 3"): the children's screen. */
const aboutChild = ({ event }: Args) => childAsks(event);

// ---- Actions -----------------------------------------------------------------------------------------------------

/** The first message the flow understands chooses the language when it is written in English. */
export const firstLanguage = flow.enqueueActions(({ context, event, enqueue }) => {
  if (context.typed) return;
  enqueue.assign({ typed: true });
  const text = event.type === 'user.text' || event.type === 'user.risk' ? event.text : '';
  if (looksEnglish(text)) enqueue.emit({ type: 'lang.set', lang: 'en' });
});

/** Remember what was heard, thank the person and name it; a device-safety tip when their phone is watched. */
export const acknowledge = flow.enqueueActions(({ event, enqueue }) => {
  const d = read(event);
  if (!d || !d.kinds.length) return;
  const heard = heardOf(d);
  enqueue.assign({ heard });
  enqueue.emit({ type: 'say', key: 'understanding-heard', args: { kind: heard.kind } });
  if (d.kinds.includes('monitoring')) enqueue.emit({ type: 'say', key: 'understanding-device-tip' });
});

/**
 * After the danger or self-harm safety message (risk words are read first, so "tối qua em bị hiếp" never reaches
 * the disclosure screens): the care facts when sexual violence happened in the last days, 111 when a child is
 * concerned. Never before the safety message: these are entry actions that follow it.
 */
export const alongsideRisk = flow.enqueueActions(({ event, enqueue }) => {
  if (event.type !== 'user.risk') return;
  const d = readDisclosure(event.text);
  if (d.recent && d.kinds.includes('sexual')) enqueue.emit({ type: 'say', key: 'care-after-sexual' });
  if (d.child) enqueue.emit({ type: 'say', key: 'children-note' });
});

const childNote = flow.enqueueActions(({ event, enqueue }) => {
  if (childAsks(event)) enqueue.emit({ type: 'say', key: 'children-note' });
});
const say = (key: string) => flow.emit({ type: 'say', key });

/** The free-text transitions of every screen that shows the main choices. */
export const textTransitions = [
  { guard: childDisclosure, target: '#main.flow.understood.child', actions: [firstLanguage, acknowledge] },
  { guard: recentSexual, target: '#main.flow.understood.care', actions: [firstLanguage, acknowledge] },
  { guard: needsCheckIn, target: '#main.flow.understood.checkIn', actions: [firstLanguage, acknowledge] },
  { guard: disclosure, target: '#main.flow.understood.ways', actions: [firstLanguage, acknowledge] },
  { guard: asks('rights'), target: '#main.flow.rights', actions: [firstLanguage, childNote] },
  { guard: asks('find_help'), target: '#main.flow.findHelp', actions: [firstLanguage, childNote] },
  { guard: asks('hotlines'), target: '#main.flow.hotlines', actions: [firstLanguage, childNote] },
  { guard: and([asks('talk') as never, 'counsellorsReachable']), target: '#main.flow.counsellor', actions: [firstLanguage, childNote] },
  { guard: asks('talk'), target: '#main.flow.hotlines', actions: [firstLanguage, childNote, say('understanding-no-counsellor')] },
  { guard: asks('delete'), target: '#main.flow.deleting', actions: [firstLanguage] },
  { guard: aboutChild, target: '#main.flow.understood.child', actions: [firstLanguage] },
  { guard: asks('thanks'), actions: [firstLanguage, say('understanding-thanks')] },
  { guard: asks('greeting'), actions: [firstLanguage, childNote, say('understanding-greeting')] },
];
