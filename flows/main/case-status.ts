// A reference code typed anywhere the flow is not waiting for an answer asks the core for that case's status
// (effect `case.status`); the core answers only in the chat that made the case (src/cases/case-status.ts).
import { flow } from './setup.js';

export const askCaseStatus = {
  guard: 'typedReferenceCode' as const,
  actions: flow.emit(({ event }) => ({ type: 'case.status' as const, ref: event.type === 'user.text' ? event.text.trim() : '' })),
};
