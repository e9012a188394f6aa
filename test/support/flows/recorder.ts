// A test flow that records every text it saw, in order, in its context (so a test can read the persisted
// snapshot) and answers each with the count so far.
import { assign, emit, setup } from 'xstate';
import type { FlowEffect, FlowEvent, StateMeta } from '../../../flows/contract.js';
import { createRegistry } from '../../../flows/registry.js';

export const recorderMachine = setup({
  types: { context: {} as { seen: string[] }, events: {} as FlowEvent, emitted: {} as FlowEffect, meta: {} as StateMeta },
}).createMachine({
  id: 'recorder',
  context: { seen: [] },
  initial: 'listening',
  states: {
    listening: {
      meta: { prompt: { key: 'menu-prompt', freeText: true } },
      on: {
        'user.text': {
          actions: [
            assign({ seen: ({ context, event }) => [...context.seen, event.text] }),
            emit(({ context }) => ({ type: 'say' as const, key: 'test-count', args: { n: context.seen.length } })),
          ],
        },
      },
    },
  },
});

export function recorderRegistry(version = 1) {
  return createRegistry([{ id: 'main', version, machine: recorderMachine }]);
}
