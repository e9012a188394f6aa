// Builds one intake question: its prompt (options, then "back" and "skip"), and where each answer leads.
// Back and skip work at every question. When the person is correcting an answer from the summary, the first
// question of a group goes back to the summary and the last one returns there instead of moving on.
import type { ChoiceSpec } from '../../contract.js';
import { BACK, SKIP, options, prompt } from '../choices.js';
import type { AnswerKey, MainContext } from '../context.js';
import type { MainStateConfig } from '../setup.js';
import { flow } from '../setup.js';
import { record } from './record.js';

type ContextGuard = (args: { context: MainContext }) => boolean;
/** Where to go: a sibling state, or the first target whose guard passes (the last should have none). */
export type Next = string | ReadonlyArray<{ guard?: ContextGuard; target: string }>;

export type Action = ReturnType<typeof record> | ReturnType<typeof flow.emit> | ReturnType<typeof flow.assign> | ReturnType<typeof flow.enqueueActions>;

export interface Route { target: string; guard?: ContextGuard; actions?: Action[] }

/** Routes to `next`, or back to the summary when correcting an answer and this ends its group. */
export function routes(next: Next, toSummary: boolean, actions: Action[] = []): Route[] {
  const list = typeof next === 'string' ? [{ target: next }] : next;
  return [
    ...(toSummary ? [{ guard: ({ context }: { context: MainContext }) => context.editing, target: 'summary', actions }] : []),
    ...list.map((r) => ({ ...r, actions })),
  ];
}

/** Guard on the chosen id, combined with a route's own guard. */
function onChoice(ids: readonly string[], list: Route[]) {
  return list.map((r) => ({
    ...r,
    guard: ({ context, event }: { context: MainContext; event: { id: string } }) => ids.includes(event.id) && (!r.guard || r.guard({ context })),
  }));
}

export interface ChoiceQuestion {
  key: string;
  field: AnswerKey;
  /** Prefix of the options' translation keys (`<prefix>-<id>`). */
  prefix: string;
  ids: readonly string[];
  back: Next;
  next: Next;
  /** Options that lead somewhere else (never back to the summary: they open more questions). */
  nextById?: Record<string, string>;
  /** First / last question of a group the summary can correct. */
  groupStart?: boolean;
  groupEnd?: boolean;
  /** What "skip" records (default: nothing). */
  skipValue?: string;
  /** Extra actions when an option is chosen or the question skipped. */
  also?: Action[];
}

export function choiceQuestion(q: ChoiceQuestion): MainStateConfig {
  const choices: ChoiceSpec[] = [...options(q.prefix, q.ids), BACK, SKIP];
  const answer = record((event) => ({ [q.field]: event.type === 'user.choice' ? event.id : undefined }));
  const skip = record(() => ({ [q.field]: q.skipValue }));
  const special = Object.entries(q.nextById ?? {});
  const plainIds = q.ids.filter((id) => !(id in (q.nextById ?? {})));
  const also = q.also ?? [];
  return {
    meta: prompt(q.key, choices),
    on: {
      'user.choice': [
        ...onChoice(['back'], routes(q.back, Boolean(q.groupStart))),
        ...onChoice(['skip'], routes(q.next, Boolean(q.groupEnd), [skip, ...also])),
        ...special.flatMap(([id, target]) => onChoice([id], [{ target, actions: [answer, ...also] }])),
        ...onChoice(plainIds, routes(q.next, Boolean(q.groupEnd), [answer, ...also])),
      ],
    },
  } as MainStateConfig;
}
