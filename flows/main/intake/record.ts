// Recording answers. Each answer goes into the machine's context; it is also sent to the case (case.upsert) at
// once only when the person chose "save as I go" — otherwise nothing leaves the conversation before the summary
// is confirmed. Contact details (phone, typed safe hours, code word) live apart in `context.contact` and are sent
// only at submit, sealed (see submit.ts); the phone-call plan's option ids (safe hours, shared phone, may leave a
// message) identify nobody and are ordinary answers.
import type { FlowEvent } from '../../contract.js';
import type { AnswerKey, IntakeAnswers, MainContext } from '../context.js';
import { flow } from '../setup.js';

type Patch = Partial<Record<AnswerKey, string | string[] | undefined>>;

/** The case.upsert payload of a patch: cleared answers become null so the case forgets them too. */
export function upsertPayload(patch: Patch): { answers: Record<string, unknown>; province?: string } {
  const answers = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v ?? null]));
  return typeof patch.province === 'string' ? { answers, province: patch.province } : { answers };
}

export function applyPatch(answers: IntakeAnswers, patch: Patch): IntakeAnswers {
  const next: Record<string, unknown> = { ...answers };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete next[k];
    else next[k] = v;
  }
  return next as IntakeAnswers;
}

/** Records answers computed from the event (undefined clears an answer, as "skip" does). */
export const record = (patchOf: (event: FlowEvent, context: MainContext) => Patch) =>
  flow.enqueueActions(({ context, event, enqueue }) => {
    const patch = patchOf(event, context);
    enqueue.assign({ answers: applyPatch(context.answers, patch) });
    if (!context.saveAsYouGo) return;
    const keys = Object.keys(patch) as AnswerKey[];
    // Clearing an answer that was never sent needs no message to the case.
    const worthSending = keys.filter((k) => patch[k] !== undefined || context.kept.includes(k));
    if (!worthSending.length) return;
    const sent = Object.fromEntries(worthSending.map((k) => [k, patch[k]])) as Patch;
    enqueue.emit({ type: 'case.upsert', status: 'draft', ...upsertPayload(sent) });
    const kept = new Set(context.kept);
    for (const k of worthSending) {
      if (patch[k] === undefined) kept.delete(k);
      else kept.add(k);
    }
    enqueue.assign({ kept: [...kept] });
  });

/** The answer a single-choice question takes from the chosen id. */
export const recordChoice = (field: AnswerKey) =>
  record((event) => ({ [field]: event.type === 'user.choice' ? event.id : undefined }));

export const clear = (...fields: AnswerKey[]) => record(() => Object.fromEntries(fields.map((f) => [f, undefined])) as Patch);
