// Honest about people. A sentence that promises a person (a call, a message, someone reading what is written,
// "the team") is shown only when that person exists: the core says who does (flows/contract.ts People), and the
// named guards below decide. The keys of those sentences are listed here, so tests can prove that none is ever
// shown where the person does not exist.
import type { People, TextArgs } from '../contract.js';

/**
 * A counsellor can answer: one is configured and on duty now, or back at a time the person is told. A snapshot saved
 * before people were part of the context has none: nobody, until the core's next input.
 */
export const counsellorsReachable = (p: People | undefined): boolean => Boolean(p?.counsellors && (p.onDuty || p.backAt !== undefined));
/** Someone will phone back: a call-back service exists, and counsellors to hand the case to. */
export const callbackReachable = (p: People | undefined): boolean => counsellorsReachable(p) && Boolean(p?.callback);

export type PromisedPerson = 'counsellor' | 'callback';

/** Texts that promise a person, and which person. */
export const PROMISE_KEYS: Readonly<Record<string, PromisedPerson>> = {
  // A counsellor who will write here, read what is written, or join the chat.
  'counsellor-intro': 'counsellor',
  'counsellor-yes': 'counsellor',
  'counsellor-waiting': 'counsellor',
  'counsellor-stop': 'counsellor',
  'counsellor-joined': 'counsellor',
  'counsellor-joined-anon': 'counsellor',
  'counsellor-live': 'counsellor',
  'relay-allowed': 'counsellor',
  'danger-relay-yes': 'counsellor',
  'selfharm-prompt': 'counsellor',
  'selfharm-relay-yes': 'counsellor',
  'intake-callback': 'counsellor',
  'callback-chat': 'counsellor',
  // Rendered by the hand-off module when it queues a case (never in a world without counsellors).
  'escalation-queued': 'counsellor',
  'escalation-updated': 'counsellor',
  'escalation-out-of-hours': 'counsellor',
  'escalation-delayed': 'counsellor',
  // Somebody who will phone.
  'callback-phone': 'callback',
  'intake-phone': 'callback',
  'intake-safe-hours': 'callback',
  'intake-shared-phone': 'callback',
  'intake-leave-message': 'callback',
  'intake-code-word': 'callback',
};

/** Texts that promise a person only in some variants: which argument value does. */
const PROMISE_VARIANTS: Readonly<Record<string, (args: TextArgs) => PromisedPerson | null>> = {
  'case-status-received': (args) => (args.queued === 'yes' ? 'counsellor' : null),
  'intake-next': (args) => (args.callback === 'phone' ? 'callback' : args.callback === 'chat' ? 'counsellor' : null),
};

/** The person a text (with its arguments) promises, or null. */
export function promiseOf(key: string, args: TextArgs = {}): PromisedPerson | null {
  return PROMISE_KEYS[key] ?? PROMISE_VARIANTS[key]?.(args) ?? null;
}

/** Whether a promised person exists in this world. */
export function exists(person: PromisedPerson, people: People): boolean {
  return person === 'callback' ? callbackReachable(people) : counsellorsReachable(people);
}
