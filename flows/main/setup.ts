// The typed XState setup every part of the main flow builds on: context, events in, effects out, prompt meta.
import { setup } from 'xstate';
import type { FlowEffect, FlowEvent, FlowInput, RiskKind, StateMeta } from '../contract.js';
import type { MainContext } from './context.js';
import { callbackReachable, counsellorsReachable } from './people.js';
import { isReferenceCode } from './reference-code.js';

export const flow = setup({
  types: {
    context: {} as MainContext,
    events: {} as FlowEvent,
    emitted: {} as FlowEffect,
    meta: {} as StateMeta,
    input: {} as Partial<FlowInput> | undefined,
  },
  guards: {
    editing: ({ context }) => context.editing,
    relayAllowed: ({ context }) => context.relay,
    // Which people exist (people.ts): every screen that promises one is behind one of these.
    counsellorsReachable: ({ context }) => counsellorsReachable(context.people),
    nobodyToTalkTo: ({ context }) => !counsellorsReachable(context.people),
    callbackReachable: ({ context }) => callbackReachable(context.people),
    noCallback: ({ context }) => !callbackReachable(context.people),
    typedReferenceCode: ({ event }) => event.type === 'user.text' && isReferenceCode(event.text),
  },
});

/** A state node config of the main flow (what the sub-flow files export). */
export type MainStateConfig = Parameters<typeof flow.createStateConfig>[0];

// Small guard helpers, readable in transition lists.
export const chose = (...ids: string[]) => ({ event }: { event: { id: string } }) => ids.includes(event.id);
export const command = (...names: string[]) => ({ event }: { event: { command: string } }) => names.includes(event.command);
export const risk = (kind: RiskKind) => ({ event }: { event: { risk: RiskKind } }) => event.risk === kind;
