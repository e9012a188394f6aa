// The end of an intake: submitted after the summary, or stopped half-way. What is kept follows what the person
// chose: at submit everything they confirmed; when stopping, either nothing or the answers (never contact
// details); on a quick exit only what "save as I go" already saved.
import type { EscalationLevel } from '../../contract.js';
import { initialContext, type AnswerKey, type MainContext } from '../context.js';
import { flow } from '../setup.js';
import { art3Letters, gbvimsType, violenceGroups } from '../violence.js';
import { upsertPayload } from './record.js';

/** Everything the case receives at submit: answers, derived classifications, and sealed contact details. */
export function caseAnswers(context: MainContext): { answers: Record<string, unknown>; province?: string } {
  const { answers } = upsertPayload(context.answers);
  const kinds = context.answers.kinds ?? [];
  const contact = contactOf(context);
  return {
    answers: {
      ...answers,
      ...(kinds.length ? { gbvimsType: gbvimsType(kinds), violenceGroups: violenceGroups(kinds), art3: art3Letters(kinds) } : {}),
      ...(Object.keys(contact).length ? { contact } : {}),
    },
    ...(context.answers.province ? { province: context.answers.province } : {}),
  };
}

/**
 * The sealed contact details: only for a phone call (a chat needs none). The plan's ids are also plain answers;
 * they are repeated here so the counsellor reads the whole plan in one place. Shape read by the hand-off case card:
 * { method: 'phone', phone?, safeHours? (id or the typed note), sharedPhone?, leaveMessage ('no' unless said), codeWord? }.
 */
export function contactOf(context: MainContext): Record<string, string> {
  const a = context.answers;
  if (a.callback !== 'phone') return {};
  const c = context.contact;
  const entries: [string, string | undefined][] = [
    ['method', 'phone'],
    ['phone', c.phone],
    ['safeHours', c.safeHoursNote ?? a.safeHours],
    ['sharedPhone', a.sharedPhone],
    ['leaveMessage', a.leaveMessage ?? 'no'],
    ['codeWord', c.codeWord],
  ];
  return Object.fromEntries(entries.filter((e): e is [string, string] => e[1] !== undefined));
}

/** A person who wants to be contacted is handed to the counsellors; ongoing violence says so. */
export function escalationOf(context: MainContext): EscalationLevel | null {
  const callback = context.answers.callback;
  if (callback !== 'chat' && callback !== 'phone') return null;
  return context.answers.ongoing === 'yes' ? 'ongoing' : 'talk';
}

/** The conversation after an intake: answers and contact details leave the snapshot. */
const afterIntake = (context: MainContext, relay = context.relay): MainContext => ({ ...initialContext(context.people, context.campaign), relay, counsellorAlias: context.counsellorAlias });

export const submitIntake = flow.enqueueActions(({ context, enqueue }) => {
  enqueue.emit({ type: 'case.upsert', status: 'draft', ...caseAnswers(context) });
  enqueue.emit({ type: 'case.submit' });
  const callback = context.answers.callback ?? 'none';
  enqueue.emit({ type: 'say', key: 'intake-next', args: { callback, referral: context.answers.consentReferral ?? 'none' } });
  const level = escalationOf(context);
  const relay = context.relay || callback === 'chat';
  if (callback === 'chat') enqueue.emit({ type: 'relay.allow', allowed: true });
  if (level) enqueue.emit({ type: 'escalate', level });
  enqueue.assign(afterIntake(context, relay));
});

/** Stopping and keeping the answers given so far (not contact details): they are saved, then the draft closes. */
export const stopKeeping = flow.enqueueActions(({ context, enqueue }) => {
  const keep = Object.keys(context.answers) as AnswerKey[];
  if (keep.length) enqueue.emit({ type: 'case.upsert', status: 'draft', ...upsertPayload(context.answers) });
  enqueue.emit({ type: 'case.abandon', keep });
  enqueue.emit({ type: 'say', key: 'intake-stopped-kept' });
  enqueue.assign(afterIntake(context));
});

/** Stopping and dropping everything from this intake — also answers already saved into an open (urgent) case. */
export const stopDeleting = flow.enqueueActions(({ context, enqueue }) => {
  if (context.kept.length) enqueue.emit({ type: 'case.upsert', answers: Object.fromEntries(context.kept.map((k) => [k, null])) });
  enqueue.emit({ type: 'case.abandon', keep: [] });
  enqueue.emit({ type: 'say', key: 'intake-stopped-deleted' });
  enqueue.assign(afterIntake(context));
});

/** Leaving without a word (quick exit): only what "save as I go" already saved is kept. */
export const abandonSilently = (keepSaved: boolean) =>
  flow.enqueueActions(({ context, enqueue }) => {
    if (context.intakeOpen) enqueue.emit({ type: 'case.abandon', keep: keepSaved ? context.kept : [] });
  });
