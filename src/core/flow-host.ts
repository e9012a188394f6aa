// Runs one step of a pure flow: restore the actor from its persisted snapshot, send one event, collect the
// effects it emitted and the prompt of the state it reached. No I/O here; the engine does that.
import { createActor, type AnyStateMachine, type Snapshot } from 'xstate';
import type { FlowEffect, FlowEvent, Prompt, StateMeta, TextArgs } from '../../flows/contract.js';
import { AppError } from './errors.js';

export interface StepResult {
  persisted: unknown;
  effects: FlowEffect[];
  prompt: Prompt | undefined;
  /** True when the event changed nothing: no effect, same state value and context. */
  unchanged: boolean;
  /** True when the machine is still in the same state (its context may have changed). */
  sameState: boolean;
}

export function promptOf(machine: AnyStateMachine, persisted: unknown): Prompt | undefined {
  const actor = createActor(machine, { snapshot: persisted as Snapshot<unknown> });
  const snapshot = actor.getSnapshot();
  return deepestPrompt(snapshot.getMeta() as Record<string, StateMeta | undefined>, snapshot.context);
}

/**
 * Steps the machine. `persisted` null starts it fresh (its entry effects are collected too). `input` (what the flow
 * is told about the world, flows/contract.ts FlowInput) is given at creation and written into a restored context.
 */
export function stepFlow(machine: AnyStateMachine, persisted: unknown | null, event: FlowEvent | null, input?: Record<string, unknown>): StepResult {
  const effects: FlowEffect[] = [];
  const actor = createActor(machine, persisted ? { snapshot: withInput(persisted, input) as Snapshot<unknown> } : { input });
  actor.on('*', (e) => effects.push(e as FlowEffect));
  actor.start();
  const before = JSON.stringify(actor.getPersistedSnapshot());
  const valueBefore = JSON.stringify(actor.getSnapshot().value);
  if (event) actor.send(event);
  const snapshot = actor.getSnapshot();
  if (snapshot.status === 'error') throw new AppError('flow_failed', `flow ${machine.id} failed`, { cause: snapshot.error, details: { flow: machine.id } });
  const after = actor.getPersistedSnapshot();
  actor.stop();
  return {
    persisted: after,
    effects,
    prompt: deepestPrompt(snapshot.getMeta() as Record<string, StateMeta | undefined>, snapshot.context),
    unchanged: persisted !== null && effects.length === 0 && before === JSON.stringify(after),
    sameState: persisted !== null && valueBefore === JSON.stringify(snapshot.value),
  };
}

/** The persisted snapshot with today's input in its context (the snapshot itself is not changed). */
function withInput(persisted: unknown, input: Record<string, unknown> | undefined): unknown {
  if (!input) return persisted;
  const p = persisted as { context?: Record<string, unknown> };
  return { ...p, context: { ...p.context, ...input } };
}

/** The prompt of the deepest state that has one, with the arguments it reads from the context (StateMeta.promptArgs). */
function deepestPrompt(meta: Record<string, StateMeta | undefined>, context: unknown): Prompt | undefined {
  let best: { depth: number; meta: StateMeta & { prompt: Prompt } } | undefined;
  for (const [id, m] of Object.entries(meta)) {
    if (!m?.prompt) continue;
    const depth = id.split('.').length;
    if (!best || depth >= best.depth) best = { depth, meta: m as StateMeta & { prompt: Prompt } };
  }
  if (!best) return undefined;
  const { prompt, promptArgs } = best.meta;
  return promptArgs ? { ...prompt, args: { ...prompt.args, ...(promptArgs as (c: unknown) => TextArgs)(context) } } : prompt;
}
