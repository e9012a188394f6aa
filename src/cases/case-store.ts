// Case rules shared by the flows' effects and the hand-off: one open case per person, found or created, and
// answers merged with the contact details sealed. Queries live in the case repository.
import type { Case, Repositories } from '../db/repositories/index.js';
import type { Sealer } from '../privacy/sealer.js';
import { AppError } from '../core/errors.js';
import { newReferenceCode } from './reference-code.js';
import { openDetails, sealDetails, splitFreeText } from './case-details.js';

export { OPEN_STATUSES } from '../db/repositories/index.js';

export function contactContext(caseId: string): string {
  return `case-contact:${caseId}`;
}

type CaseRepo = Repositories['cases'];

export async function createCase(cases: CaseRepo, data: { channel: string; chatKey: string; status: string; urgency: string; at: Date }): Promise<Case> {
  // A reference collision is astronomically rare: draw again a few times.
  for (let attempt = 0; attempt < 4; attempt++) {
    const created = await cases.create({ ...data, ref: newReferenceCode() });
    if (created) return created;
  }
  throw new AppError('conflict', 'no free case reference after 4 draws');
}

/** The person's open case, or a new one when they have none. */
export async function openCaseOf(cases: CaseRepo, data: { channel: string; chatKey: string; status: string; urgency: string; at: Date }): Promise<Case> {
  return (await cases.findOpen(data.chatKey)) ?? createCase(cases, data);
}

/**
 * Merges answers. A `contact` answer (phone, safe hours, code word) is sealed in `contactSealed`, typed free text
 * (a commune…) in `detailsSealed`; neither is ever stored in clear. A null answer clears it in either place.
 */
export async function mergeAnswers(cases: CaseRepo, sealer: Sealer, row: Case, answers: Record<string, unknown>): Promise<Case> {
  const { contact, ...rest } = answers;
  const { plain, text } = splitFreeText(rest);
  // Free text an older version left in clear moves to the sealed column on the way.
  const before = splitFreeText(row.answers as Record<string, unknown>);
  const change: Parameters<CaseRepo['update']>[1] = { answers: { ...before.plain, ...plain } };
  if (Object.keys(text).length || Object.keys(before.text).length) {
    change.detailsSealed = sealDetails(sealer, row.id, { ...before.text, ...openDetails(sealer, row), ...text });
  }
  if (contact !== undefined) {
    const previous = row.contactSealed ? JSON.parse(sealer.open(row.contactSealed, contactContext(row.id))) : {};
    change.contactSealed = contact === null ? null : sealer.seal(JSON.stringify({ ...previous, ...(contact as object) }), contactContext(row.id));
  }
  return cases.update(row.id, change);
}
