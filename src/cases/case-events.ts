// The case timeline's events: one union, each type with its data. Every step of a case is measurable later
// (escalated → announced → claimed → first answer → closed) and the dashboard reads the data by type.
import type { EscalationLevel } from '../../flows/contract.js';

export const OUTCOMES = ['counselled', 'referred-police', 'referred-health', 'referred-legal', 'referred-shelter', 'unreachable', 'other'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** `by` is always a counsellor's pseudonym, never a Telegram id. */
export type CaseEvent =
  | { type: 'created'; data: { status: string; urgency: string } }
  | { type: 'urgency-raised' }
  | { type: 'risk-reported'; data: { risk: unknown } }
  | { type: 'submitted' }
  /** The person left: a draft with what they chose to keep, or (data.before = 'claim') an escalation nobody took. */
  | { type: 'abandoned'; data: { kept: string[] } | { before: 'claim' } }
  | { type: 'escalation-unavailable'; data: { level: EscalationLevel } }
  | { type: 'escalated'; data: { level: EscalationLevel } }
  | { type: 'level-raised'; data: { level: EscalationLevel } }
  /** Round 0: the case card reached the desk; rounds ≥ 1: re-announcements after the claim deadline. */
  | { type: 'announced'; data: { round: number; topic?: boolean } }
  | { type: 'person-told-delay' }
  | { type: 'person-message' }
  | { type: 'person-exited' }
  | { type: 'claimed'; data: { by: string } }
  | { type: 'first-answer' }
  | { type: 'counsellor-message' }
  /** Internal notes may name people: sealed like contact details; the text goes with retention and a deletion. */
  | { type: 'note'; data: { by: string; sealed?: string } }
  | { type: 'relay-ended'; data: { by: string } }
  | { type: 'closed'; data: { by: string; outcome: Outcome } }
  | { type: 'details-purged' }
  /** Zalo OA refused a message outside its 7-day window (error -230): it stays in the outbox, undelivered. */
  | { type: 'zalo-undeliverable'; data: { code: number; outboxId: string } };

export type CaseEventType = CaseEvent['type'];
