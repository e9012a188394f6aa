// Whether a counsellor (or a reminder) may write to the person now: they agreed to be written to in this chat,
// and did not leave by quick exit since. The one rule, used by the claim, the answer and the reminders.
import type { RelayState } from '../db/repositories/index.js';

export function mayWrite(conversation: Pick<RelayState, 'relayAllowed' | 'relayPaused'> | null | undefined): boolean {
  return Boolean(conversation?.relayAllowed && !conversation.relayPaused);
}
