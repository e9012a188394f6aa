// The callback data of the desk's buttons on Telegram, in one place: what the card carries and what the group
// handlers parse. Telegram allows 64 bytes; a reference is 9.
import { OUTCOMES, type Outcome } from '../../cases/case-events.js';

export const claimData = (ref: string) => `h:claim:${ref}`;
export const closeData = (ref: string) => `h:close:${ref}`;
export const outcomeData = (ref: string, outcome: Outcome) => `h:out:${ref}:${outcome}`;

/** Matches every button of the desk; `parseDeskButton` reads it. */
export const DESK_BUTTON = /^h:(claim|close|out):(TC-[A-Z0-9]{6})(?::([a-z-]+))?$/;

export type DeskButton =
  | { action: 'claim' | 'close'; ref: string }
  | { action: 'out'; ref: string; outcome: Outcome | null };

export function parseDeskButton(data: string): DeskButton | null {
  const m = DESK_BUTTON.exec(data);
  if (!m) return null;
  const action = m[1] as 'claim' | 'close' | 'out';
  const ref = m[2]!;
  if (action !== 'out') return { action, ref };
  return { action, ref, outcome: OUTCOMES.includes(m[3] as Outcome) ? (m[3] as Outcome) : null };
}
