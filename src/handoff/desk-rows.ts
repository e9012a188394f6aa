// Outbox rows for the counsellors' desk. The row's channel is the desk's id and its chat key names the case, so a
// case's desk messages go out in order, behind each other, like a person's replies.
import type { OutboundMessage } from '../core/messages.js';
import type { EscalationLevel } from '../../flows/contract.js';

export type DeskKind = 'escalation' | 'relay-in' | 'announce' | 'notice';

/** What a desk row asks for: the card, the person's words, a re-announcement (round), a notice (locale key). */
export interface DeskPayload extends OutboundMessage {
  caseId: string;
  staff: DeskKind;
  round?: number;
  noticeKey?: string;
  /** Arguments of the notice besides the case's reference and level. */
  outcome?: string;
  level?: EscalationLevel;
}

export function deskRow(desk: string, caseId: string, staff: DeskKind, extra: Partial<Omit<DeskPayload, 'caseId' | 'staff'>> = {}) {
  const payload: DeskPayload = { text: '', caseId, staff, ...extra };
  return { channel: desk, chatKey: `case:${caseId}`, kind: staff, payload };
}
