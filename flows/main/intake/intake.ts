// Report intake: who is affected, what happened, who did it, when, where, optional sex and age groups, a safe
// way to be contacted, two separate consents, a summary to confirm or correct, then the case is submitted.
// Back and skip at every question; typing "menu" asks whether to stop and what to keep.
import { isBackWord, isSkipWord, resolveProvince } from '../../text/index.js';
import { BACK, DONE, MENU, SKIP, choice, options, prompt } from '../choices.js';
import { freshIntake, type MainContext } from '../context.js';
import { provinceRenamed } from '../province-renamed.js';
import { chose, command, flow, type MainStateConfig } from '../setup.js';
import { choiceQuestion, routes, type Next, type Action } from './question.js';
import {
  AFFECTED, CALLBACK, CONSENT, KINDS, LAST_INCIDENT, LEAVE_MESSAGE, ONGOING, PERP_AGE, PERP_SEX, RELATIONSHIPS,
  SAFE_HOURS, VICTIM_AGE, VICTIM_SEX, YES_NO_UNSURE,
} from './options.js';
import { clip } from '../clip.js';
import { normalisePhone } from './phone.js';
import { clear, record } from './record.js';
import { submitIntake } from './submit.js';
import { summaryArgs } from './summary.js';

const text = ({ event }: { event: { text: string } }) => event.text;
const backWord = (args: { event: { text: string } }) => isBackWord(text(args));
const skipWord = (args: { event: { text: string } }) => isSkipWord(text(args));
const say = (key: string) => flow.emit({ type: 'say', key });
/** Age groups under 18, last incidents within 5 days, and the sexual kinds (options.ts, violence.ts). */
const UNDER_18: readonly string[] = ['0-11', '12-17'];
const RECENT: readonly string[] = ['0_3_days', '4_5_days'];
const SEXUAL_KINDS: readonly string[] = ['rape', 'sexual_contact'];

/** The groups the summary can correct, and the question each starts with. */
export const EDIT_GROUPS = {
  affected: 'affected',
  kinds: 'kinds',
  relationship: 'relationship',
  when: 'ongoing',
  place: 'province',
  about: 'aboutAsk',
  contact: 'callback',
  consent: 'consentReferral',
} as const;

// ---- What happened -------------------------------------------------------------------------------------------

const intro = flow.createStateConfig({
  meta: prompt('intake-intro', [choice('start', 'intake-start'), choice('start-save', 'intake-start-save'), MENU]),
  on: {
    'user.choice': [
      { guard: chose('start'), target: 'affected', actions: flow.assign({ saveAsYouGo: false }) },
      { guard: chose('start-save'), target: 'affected', actions: flow.assign({ saveAsYouGo: true }) },
      { guard: chose('menu'), target: '#main.flow.menu', actions: flow.assign({ intakeOpen: false }) },
    ],
    // Nothing answered yet: "menu" simply leaves.
    'user.command': { guard: command('menu', 'start'), target: '#main.flow.menu', actions: flow.assign({ intakeOpen: false }) },
  },
});

const affected = choiceQuestion({
  key: 'intake-affected', field: 'affected', prefix: 'affected', ids: AFFECTED,
  back: 'intro', next: 'kinds', groupStart: true, groupEnd: true,
  also: [flow.enqueueActions(({ event, enqueue }) => {
    if (event.type === 'user.choice' && event.id === 'child') enqueue.emit({ type: 'say', key: 'intake-child-note' });
  })],
});

const toggleKind = flow.enqueueActions(({ context, event, enqueue }) => {
  if (event.type !== 'user.choice') return;
  const kinds = context.answers.kinds ?? [];
  const had = kinds.includes(event.id);
  const next = had ? kinds.filter((k) => k !== event.id) : [...kinds, event.id];
  enqueue.assign({ answers: { ...context.answers, kinds: KINDS.filter((k) => next.includes(k)) } });
  enqueue.emit({ type: 'say', key: had ? 'intake-kind-removed' : 'intake-kind-added', args: { kind: event.id } });
});
/** "Done" sends the chosen kinds as one answer; none chosen is the same as skipping. */
const recordKinds = record((_e, context) => ({ kinds: context.answers.kinds?.length ? context.answers.kinds : undefined }));

const kinds = flow.createStateConfig({
  meta: prompt('intake-kinds', [...options('kind', KINDS), DONE, BACK, SKIP]),
  on: {
    'user.choice': [
      ...routes('affected', true).map((r) => ({ ...r, guard: withChoice('back', r.guard) })),
      ...routes('relationship', true, [clear('kinds')]).map((r) => ({ ...r, guard: withChoice('skip', r.guard) })),
      ...routes('relationship', true, [recordKinds]).map((r) => ({ ...r, guard: withChoice('done', r.guard) })),
      { guard: chose(...KINDS), actions: toggleKind },
    ],
  },
} as MainStateConfig);

function withChoice(id: string, guard?: (a: { context: MainContext }) => boolean) {
  return ({ context, event }: { context: MainContext; event: { id: string } }) => event.id === id && (!guard || guard({ context }));
}

const relationship = choiceQuestion({
  key: 'intake-relationship', field: 'relationship', prefix: 'rel', ids: RELATIONSHIPS,
  back: 'kinds', next: 'ongoing', groupStart: true, groupEnd: true,
});

const ongoing = choiceQuestion({
  key: 'intake-ongoing', field: 'ongoing', prefix: 'ongoing', ids: ONGOING,
  back: 'relationship', next: 'lastIncident', groupStart: true,
});

const lastIncident = choiceQuestion({
  key: 'intake-last', field: 'lastIncident', prefix: 'last', ids: LAST_INCIDENT,
  back: 'ongoing', next: 'province', groupEnd: true,
  // Sexual violence in the last 5 days: what medical care can still do, and by when (care.ftl).
  also: [flow.enqueueActions(({ context, event, enqueue }) => {
    if (event.type === 'user.choice' && RECENT.includes(event.id) && (context.answers.kinds ?? []).some((k) => SEXUAL_KINDS.includes(k))) {
      enqueue.emit({ type: 'say', key: 'care-intake-note' });
    }
  })],
});

// ---- Where -----------------------------------------------------------------------------------------------------

const resolves = ({ event }: { event: { text: string } }) => resolveProvince(event.text) !== null;
const recordProvince = flow.enqueueActions(({ event, enqueue }) => {
  if (event.type !== 'user.text') return;
  const found = resolveProvince(event.text);
  if (!found) return;
  enqueue.assign({ provinceName: found.province.name });
  for (const say of provinceRenamed(found)) enqueue.emit(say);
});
const saveProvince = record((event) => {
  const found = event.type === 'user.text' ? resolveProvince(event.text) : null;
  return { province: found?.province.code, provinceTyped: found?.formerName, commune: undefined };
});
const clearPlace = [clear('province', 'provinceTyped', 'commune'), flow.assign({ provinceName: undefined })];

const province = flow.createStateConfig({
  meta: prompt('intake-province', [BACK, SKIP], { freeText: true }),
  on: {
    'user.choice': [
      ...routes('lastIncident', true).map((r) => ({ ...r, guard: withChoice('back', r.guard) })),
      ...routes('aboutAsk', true, clearPlace).map((r) => ({ ...r, guard: withChoice('skip', r.guard) })),
    ],
    'user.text': [
      ...routes('lastIncident', true).map((r) => ({ ...r, guard: andText(backWord, r.guard) })),
      ...routes('aboutAsk', true, clearPlace).map((r) => ({ ...r, guard: andText(skipWord, r.guard) })),
      { guard: resolves, target: 'commune', actions: [saveProvince, recordProvince] },
      { actions: say('province-unknown') },
    ],
  },
} as MainStateConfig);

function andText(test: (a: { event: { text: string } }) => boolean, guard?: (a: { context: MainContext }) => boolean) {
  return ({ context, event }: { context: MainContext; event: { text: string } }) => test({ event }) && (!guard || guard({ context }));
}

/** A question answered by typing (with "back" and "skip"): where each answer leads and what it records. */
function textQuestion(q: { key: string; back: string; next: Next; onSkip: Action[]; onText: Action[] }): MainStateConfig {
  return {
    meta: prompt(q.key, [BACK, SKIP], { freeText: true }),
    on: {
      'user.choice': [
        { guard: chose('back'), target: q.back },
        ...routes(q.next, true, q.onSkip).map((r) => ({ ...r, guard: withChoice('skip', r.guard) })),
      ],
      'user.text': [
        { guard: backWord, target: q.back },
        ...routes(q.next, true, q.onSkip).map((r) => ({ ...r, guard: andText(skipWord, r.guard) })),
        ...routes(q.next, true, q.onText),
      ],
    },
  } as MainStateConfig;
}

const saveCommune = record((event) => ({ commune: event.type === 'user.text' ? clip(event.text, 80) : undefined }));
const commune = textQuestion({ key: 'intake-commune', back: 'province', next: 'aboutAsk', onSkip: [clear('commune')], onText: [saveCommune] });

// ---- Optional sex and age groups -------------------------------------------------------------------------------

const clearAbout = [clear('victimSex', 'victimAge', 'perpSex', 'perpAge'), flow.assign({ aboutOpted: false })];
const aboutAsk = flow.createStateConfig({
  meta: prompt('intake-about', [choice('answer', 'about-answer'), BACK, SKIP]),
  on: {
    'user.choice': [
      ...routes([{ guard: ({ context }) => context.answers.province !== undefined, target: 'commune' }, { target: 'province' }], true)
        .map((r) => ({ ...r, guard: withChoice('back', r.guard) })),
      { guard: chose('answer'), target: 'victimSex', actions: flow.assign({ aboutOpted: true }) },
      ...routes('callback', true, clearAbout).map((r) => ({ ...r, guard: withChoice('skip', r.guard) })),
    ],
  },
} as MainStateConfig);

const victimSex = choiceQuestion({ key: 'intake-victim-sex', field: 'victimSex', prefix: 'sex', ids: VICTIM_SEX, back: 'aboutAsk', next: 'victimAge' });
const victimAge = choiceQuestion({
  key: 'intake-victim-age', field: 'victimAge', prefix: 'age', ids: VICTIM_AGE, back: 'victimSex', next: 'perpSex',
  // Under 18: 111, who can read this, no promise of secrecy (children.ftl).
  also: [flow.enqueueActions(({ event, enqueue }) => {
    if (event.type === 'user.choice' && UNDER_18.includes(event.id)) enqueue.emit({ type: 'say', key: 'children-intake-note' });
  })],
});
const perpSex = choiceQuestion({ key: 'intake-perp-sex', field: 'perpSex', prefix: 'sex', ids: PERP_SEX, back: 'victimAge', next: 'perpAge' });
const perpAge = choiceQuestion({ key: 'intake-perp-age', field: 'perpAge', prefix: 'age', ids: PERP_AGE, back: 'perpSex', next: 'callback', groupEnd: true });

// ---- A safe way to be contacted --------------------------------------------------------------------------------

const clearPhonePlan = [clear('safeHours', 'sharedPhone', 'leaveMessage'), flow.assign({ contact: {} })];
const callbackBack: Next = [{ guard: ({ context }) => context.aboutOpted, target: 'perpAge' }, { target: 'aboutAsk' }];
const callbackAsked = choiceQuestion({
  key: 'intake-callback', field: 'callback', prefix: 'callback', ids: CALLBACK,
  back: callbackBack,
  next: 'consentReferral', nextById: { phone: 'phone' }, groupStart: true, groupEnd: true,
  also: [flow.enqueueActions(({ event, enqueue }) => {
    // A plan without a phone call holds no phone details.
    if (!(event.type === 'user.choice' && event.id === 'phone')) for (const a of clearPhonePlan) enqueue(a);
  })],
});
// Only the ways of contact that really work (people.ts): no counsellor, no question; no call-back service, no call.
const callback = {
  ...callbackAsked,
  always: [{ guard: 'nobodyToTalkTo', target: 'noContact' }, { guard: 'noCallback', target: 'callbackChat' }],
} as MainStateConfig;
const callbackChat = choiceQuestion({
  key: 'intake-callback', field: 'callback', prefix: 'callback', ids: CALLBACK.filter((id) => id !== 'phone'),
  back: callbackBack, next: 'consentReferral', groupStart: true, groupEnd: true, also: clearPhonePlan,
});
/** Nobody can contact the person: say so, and that the report is still kept; then go on. */
const noContact = flow.createStateConfig({
  meta: prompt('intake-no-contact', [choice('continue', 'intake-continue'), BACK]),
  on: {
    'user.choice': [
      ...routes(callbackBack, true).map((r) => ({ ...r, guard: withChoice('back', r.guard) })),
      ...routes('consentReferral', true, [clear('callback'), ...clearPhonePlan]).map((r) => ({ ...r, guard: withChoice('continue', r.guard) })),
    ],
  },
} as MainStateConfig);

const setContact = (field: 'phone' | 'safeHoursNote' | 'codeWord', value: (text: string) => string | undefined) =>
  flow.assign({
    contact: ({ context, event }) => ({ ...context.contact, [field]: event.type === 'user.text' ? value(event.text) : undefined }),
  });
const unsetContact = (field: 'phone' | 'safeHoursNote' | 'codeWord') =>
  flow.assign({ contact: ({ context }) => ({ ...context.contact, [field]: undefined }) });

const phone = flow.createStateConfig({
  meta: prompt('intake-phone', [BACK, SKIP], { freeText: true }),
  on: {
    'user.choice': [
      { guard: chose('back'), target: 'callback' },
      { guard: chose('skip'), target: 'safeHours', actions: unsetContact('phone') },
    ],
    'user.text': [
      { guard: backWord, target: 'callback' },
      { guard: skipWord, target: 'safeHours', actions: unsetContact('phone') },
      { guard: ({ event }) => normalisePhone(event.text) !== null, target: 'safeHours', actions: setContact('phone', (t) => normalisePhone(t) ?? undefined) },
      { actions: say('intake-phone-invalid') },
    ],
  },
});

const safeHoursChoices = choiceQuestion({
  key: 'intake-safe-hours', field: 'safeHours', prefix: 'hours', ids: SAFE_HOURS, back: 'phone', next: 'sharedPhone',
});
const safeHours = {
  ...safeHoursChoices,
  meta: { prompt: { ...safeHoursChoices.meta!.prompt!, freeText: true } },
  on: {
    ...safeHoursChoices.on,
    // Typed hours ("sau 9 giờ tối") are kept as a note with the sealed contact details.
    'user.text': [
      { guard: backWord, target: 'phone' },
      { guard: skipWord, target: 'sharedPhone', actions: [clear('safeHours'), unsetContact('safeHoursNote')] },
      { target: 'sharedPhone', actions: [record(() => ({ safeHours: 'note' })), setContact('safeHoursNote', (t) => clip(t, 100))] },
    ],
  },
} as MainStateConfig;

const sharedPhone = choiceQuestion({
  key: 'intake-shared-phone', field: 'sharedPhone', prefix: 'shared', ids: YES_NO_UNSURE, back: 'safeHours', next: 'leaveMessage',
});
const leaveMessage = choiceQuestion({
  key: 'intake-leave-message', field: 'leaveMessage', prefix: 'leave', ids: LEAVE_MESSAGE, back: 'sharedPhone', next: 'codeWord',
  skipValue: 'no',
});

const codeWord = textQuestion({
  key: 'intake-code-word', back: 'leaveMessage', next: 'consentReferral',
  onSkip: [unsetContact('codeWord')], onText: [setContact('codeWord', (t) => clip(t, 60))],
});

// ---- Consents, summary, submit ---------------------------------------------------------------------------------

const consentReferral = choiceQuestion({
  key: 'intake-consent-referral', field: 'consentReferral', prefix: 'consent', ids: CONSENT,
  back: [{ guard: ({ context }) => context.answers.callback === 'phone', target: 'codeWord' }, { target: 'callback' }],
  next: 'consentStatistics', groupStart: true,
});
const consentStatistics = choiceQuestion({
  key: 'intake-consent-stats', field: 'consentStatistics', prefix: 'consent', ids: CONSENT,
  back: 'consentReferral', next: 'summary', groupEnd: true,
});

const summary = flow.createStateConfig({
  entry: [
    flow.assign({ editing: false }),
    flow.emit(({ context }) => ({ type: 'say' as const, key: 'intake-summary', args: summaryArgs(context) })),
  ],
  meta: prompt('intake-confirm', [choice('submit', 'intake-submit'), choice('edit', 'intake-edit'), choice('cancel', 'intake-cancel')]),
  on: {
    'user.choice': [
      { guard: chose('submit'), target: 'done', actions: submitIntake },
      { guard: chose('edit'), target: 'editPick' },
      { guard: chose('cancel'), target: '#main.flow.intakeLeaving' },
    ],
  },
});

const editPick = flow.createStateConfig({
  meta: prompt('intake-edit-pick', [...options('edit', Object.keys(EDIT_GROUPS)), BACK]),
  on: {
    'user.choice': [
      { guard: chose('back'), target: 'summary' },
      ...Object.entries(EDIT_GROUPS).map(([id, target]) => ({ guard: chose(id), target, actions: flow.assign({ editing: true }) })),
    ],
  },
});

const done = flow.createStateConfig({
  meta: prompt('intake-done', [choice('find-help', 'menu-find-help'), choice('hotlines', 'menu-hotlines'), MENU]),
  on: {
    'user.choice': [
      { guard: chose('find-help'), target: '#main.flow.findHelp' },
      { guard: chose('hotlines'), target: '#main.flow.hotlines' },
      { guard: chose('menu'), target: '#main.flow.menu' },
    ],
  },
});

export const intake = flow.createStateConfig({
  initial: 'intro',
  on: {
    // Mid-way, "menu" first asks whether to stop and what to keep.
    'user.command': { guard: ({ context, event }) => context.intakeOpen && ['menu', 'start'].includes(event.command), target: '#main.flow.intakeLeaving' },
  },
  states: {
    hist: { type: 'history', history: 'deep' },
    intro, affected, kinds, relationship, ongoing, lastIncident, province, commune,
    aboutAsk, victimSex, victimAge, perpSex, perpAge,
    callback, callbackChat, noContact, phone, safeHours, sharedPhone, leaveMessage, codeWord,
    consentReferral, consentStatistics, summary, editPick, done,
  },
} as MainStateConfig);

/** Starts a new intake from the menu: nothing from an earlier one is carried over. */
export const startIntake = flow.assign(({ context }) => freshIntake(context));
