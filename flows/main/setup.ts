// The typed XState setup every part of the main flow builds on: context, events in, effects out, prompt meta.
import { setup } from 'xstate';
import type { FlowEffect, FlowEvent, StateMeta } from '../contract.js';
import type { MainContext } from './context.js';

export const flow = setup({
  types: {
    context: {} as MainContext,
    events: {} as FlowEvent,
    emitted: {} as FlowEffect,
    meta: {} as StateMeta,
  },
  guards: {
    editing: ({ context }) => context.editing,
    relayAllowed: ({ context }) => context.relay,
    // Whether a counsellor can exist for this person. No input says so today (the menu always offers one), so
    // this is the one place that decides; the host swaps it with `machine.provide({ guards })` once the
    // configuration is an input, and the model test walks the flow with it false.
    counsellorsExist: () => true,
  },
});

/** A state node config of the main flow (what the sub-flow files export). */
export type MainStateConfig = Parameters<typeof flow.createStateConfig>[0];

// Small guard helpers, readable in transition lists.
export const chose = (...ids: string[]) => ({ event }: { event: { id: string } }) => ids.includes(event.id);
export const command = (...names: string[]) => ({ event }: { event: { command: string } }) => names.includes(event.command);
