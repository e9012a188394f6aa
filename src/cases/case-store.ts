// Creates and changes cases inside the message transaction, always with a timeline event, so every step is
// measurable later (escalated, claimed, first answer, closed, abandoned).
import type { Tx } from '../db/database.js';
import { Prisma, type Case } from '../db/generated/client.js';
import type { Sealer } from '../privacy/sealer.js';
import { newReferenceCode } from './reference-code.js';

export const OPEN_STATUSES = ['draft', 'open', 'claimed'] as const;

export function contactContext(caseId: string): string {
  return `case-contact:${caseId}`;
}

export async function addEvent(tx: Tx, caseId: string, type: string, at: Date, data: Record<string, unknown> = {}): Promise<void> {
  await tx.caseEvent.create({ data: { caseId, type, at, data: data as Prisma.InputJsonValue } });
}

export async function findOpenCase(tx: Tx, chatKey: string): Promise<Case | null> {
  return tx.case.findFirst({ where: { chatKey, status: { in: [...OPEN_STATUSES] } }, orderBy: { createdAt: 'desc' } });
}

export async function createCase(tx: Tx, data: { channel: string; chatKey: string; status: string; urgency: string; at: Date }): Promise<Case> {
  for (let attempt = 0; ; attempt++) {
    try {
      const created = await tx.case.create({ data: { channel: data.channel, chatKey: data.chatKey, status: data.status, urgency: data.urgency, ref: newReferenceCode(), createdAt: data.at, answers: {} } });
      await addEvent(tx, created.id, 'created', data.at, { status: data.status, urgency: data.urgency });
      return created;
    } catch (error) {
      // A reference collision is astronomically rare; anything else is a real error.
      if (attempt < 3 && error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') continue;
      throw error;
    }
  }
}

/** The person's open case, or a new one when they have none. */
export async function openCaseOf(tx: Tx, data: { channel: string; chatKey: string; status: string; urgency: string; at: Date }): Promise<Case> {
  return (await findOpenCase(tx, data.chatKey)) ?? createCase(tx, data);
}

/** Merges answers; a `contact` answer (phone, safe hours, code word) is sealed and never stored in clear. */
export async function mergeAnswers(tx: Tx, sealer: Sealer, row: Case, answers: Record<string, unknown>): Promise<Case> {
  const { contact, ...plain } = answers;
  const data: Prisma.CaseUpdateInput = { answers: { ...(row.answers as object), ...plain } as Prisma.InputJsonValue };
  if (contact !== undefined) {
    const previous = row.contactSealed ? JSON.parse(sealer.open(row.contactSealed, contactContext(row.id))) : {};
    data.contactSealed = contact === null ? null : sealer.seal(JSON.stringify({ ...previous, ...(contact as object) }), contactContext(row.id));
  }
  return tx.case.update({ where: { id: row.id }, data });
}
