// The screens after a person wrote, in their own words, what is happening (reading.ts decides which):
//   checkIn — violence that may be happening now: "are you safe right now?", with the numbers on the same screen;
//   care    — sexual violence in the last days: what medical care can still do, and by when;
//   child   — a child, or someone writing about one: 111, who can read this chat, no promise of secrecy;
//   ways    — one screen of ways forward: report it (the kind already ticked), rights, help nearby, someone to
//             talk to, the numbers.
import { and } from 'xstate';
import { isViolenceKind } from '../violence.js';
import { KINDS } from '../intake/options.js';
import { MENU, choice, prompt } from '../choices.js';
import { freshIntake, type MainContext } from '../context.js';
import { chose, flow } from '../setup.js';
import { textTransitions } from './reading.js';

/** The rights answer that fits a kind best (topics of rights.ts); counsellors should review. */
const RIGHTS_FOR_KIND: Readonly<Record<string, string>> = {
  physical: 'protection-order',
  sexual: 'medical-evidence',
  trafficking: 'legal-aid',
};
const rightsTopic = (context: MainContext) => RIGHTS_FOR_KIND[context.heard?.kind ?? ''] ?? 'dv-definition';

/** Opens the report with the kinds heard already ticked; an unfinished report keeps its answers and gains them. */
const tickHeard = flow.enqueueActions(({ context, enqueue }) => {
  const ticks = (context.heard?.ticks ?? []).filter(isViolenceKind);
  const base = context.intakeOpen ? context : freshIntake(context);
  const had = base.answers.kinds ?? [];
  const kinds = KINDS.filter((k) => ticks.includes(k) || had.includes(k));
  enqueue.assign({ ...base, answers: { ...base.answers, ...(kinds.length ? { kinds } : {}) } });
  const first = ticks[0];
  if (first) enqueue.emit({ type: 'say', key: 'understanding-ticked', args: { kind: first } });
});

const report = [
  { guard: ({ context, event }: { context: MainContext; event: { id: string } }) => event.id === 'report' && context.intakeOpen, target: '#main.flow.intakeResume', actions: tickHeard },
  { guard: chose('report'), target: '#main.flow.intake', actions: tickHeard },
];
const rights = {
  guard: chose('rights'), target: '#main.flow.rights.more',
  actions: flow.emit(({ context }) => ({ type: 'say' as const, key: `rights-${rightsTopic(context)}` })),
};
const findHelp = { guard: chose('find-help'), target: '#main.flow.findHelp' };
const hotlines = { guard: chose('hotlines'), target: '#main.flow.hotlines' };
const toMenu = { guard: chose('menu'), target: '#main.flow.menu' };
// "Someone to talk to" is a counsellor only where one can exist; otherwise the lines where a person answers.
const talk = [
  // (`as never`: `and` cannot infer the main flow's types outside a state config; the named guard stays swappable.)
  { guard: and([chose('talk') as never, 'counsellorsReachable']), target: '#main.flow.counsellor' },
  { guard: chose('talk'), target: '#main.flow.hotlines', actions: flow.emit({ type: 'say', key: 'understanding-no-counsellor' }) },
];

const checkIn = flow.createStateConfig({
  meta: prompt('understanding-check-in', [
    choice('safe', 'understanding-safe'), choice('not-safe', 'understanding-not-safe'), choice('unsure', 'understanding-unsure'),
  ]),
  on: {
    'user.choice': [
      { guard: chose('not-safe'), target: '#main.danger' },
      { guard: chose('safe'), target: 'ways' },
      { guard: chose('unsure'), target: 'ways', actions: flow.emit({ type: 'say', key: 'understanding-unsure-tips' }) },
    ],
  },
});

const care = flow.createStateConfig({
  meta: prompt('care-after-sexual', [
    choice('find-help', 'care-find-help'), choice('report', 'understanding-report'), choice('hotlines', 'menu-hotlines'),
    choice('next', 'understanding-next'), MENU,
  ]),
  on: { 'user.choice': [findHelp, ...report, hotlines, { guard: chose('next'), target: 'ways' }, toMenu] },
});

const child = flow.createStateConfig({
  meta: prompt('children-screen', [
    choice('trusted-adult', 'children-trusted-adult'), choice('report', 'understanding-report'), choice('hotlines', 'menu-hotlines'),
    choice('next', 'understanding-next'), MENU,
  ]),
  on: {
    'user.choice': [
      { guard: chose('trusted-adult'), actions: flow.emit({ type: 'say', key: 'children-trusted-adult-tips' }) },
      ...report, hotlines,
      { guard: ({ context, event }: { context: MainContext; event: { id: string } }) => event.id === 'next' && context.heard?.care === true, target: 'care' },
      { guard: chose('next'), target: 'ways' },
      toMenu,
    ],
  },
});

const ways = flow.createStateConfig({
  meta: prompt('understanding-ways', [
    choice('report', 'understanding-report'), choice('rights', 'understanding-rights'), choice('find-help', 'menu-find-help'),
    choice('talk', 'understanding-talk'), choice('hotlines', 'menu-hotlines'), MENU,
  ], { freeText: true }),
  on: {
    'user.choice': [...report, rights, findHelp, ...talk, hotlines, toMenu],
    // Another message here is read like one typed at the menu.
    'user.text': textTransitions,
  },
});

export const understood = flow.createStateConfig({
  initial: 'ways',
  states: { checkIn, care, child, ways },
});
