// Free text the person typed (a commune, a former province name, a note) is sealed in `Case.detailsSealed`, like the
// contact details in `contactSealed`; `Case.answers` keeps only stable ids (kinds, age bands, province code…), which
// is all the dashboard's counts and the reports read. Counsellors and admins who may see the text open it here.
import type { Case, Store } from '../db/repositories/index.js';
import type { Sealer } from '../privacy/sealer.js';

/** Answers that are free text typed by the person (some only in older data): never stored in clear. */
export const FREE_TEXT_ANSWERS: readonly string[] = ['commune', 'provinceTyped', 'note', 'details', 'otherKind'];

export function detailsContext(caseId: string): string {
  return `case-details:${caseId}`;
}

export type Details = Record<string, unknown>;

/** Splits answers into the clear ones and the free text to seal. */
export function splitFreeText(answers: Record<string, unknown>): { plain: Record<string, unknown>; text: Details } {
  const plain: Record<string, unknown> = {};
  const text: Details = {};
  for (const [k, v] of Object.entries(answers)) (FREE_TEXT_ANSWERS.includes(k) ? text : plain)[k] = v;
  return { plain, text };
}

/** The case's sealed free text, opened (empty when there is none). */
export function openDetails(sealer: Sealer, row: Pick<Case, 'id' | 'detailsSealed'>): Details {
  return row.detailsSealed ? (JSON.parse(sealer.open(row.detailsSealed, detailsContext(row.id))) as Details) : {};
}

/** Seals `details` for the case; null answers are dropped, and nothing left seals to null (the column empties). */
export function sealDetails(sealer: Sealer, caseId: string, details: Details): string | null {
  const kept = Object.fromEntries(Object.entries(details).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  return Object.keys(kept).length ? sealer.seal(JSON.stringify(kept), detailsContext(caseId)) : null;
}

/**
 * The backfill of rows written before free text was sealed (the migration cannot seal: SQL has no key). Idempotent:
 * it finds only rows that still hold free text in `answers`. Returns how many cases it sealed.
 */
export async function sealClearFreeText(store: Store, sealer: Sealer): Promise<number> {
  const rows = await store.cases.withClearFreeText(FREE_TEXT_ANSWERS);
  for (const { id } of rows) {
    await store.transaction(async ({ cases }) => {
      const row = await cases.byId(id);
      if (!row) return;
      const { plain, text } = splitFreeText(row.answers as Record<string, unknown>);
      await cases.update(id, { answers: plain, detailsSealed: sealDetails(sealer, id, { ...openDetails(sealer, row), ...text }) });
    });
  }
  return rows.length;
}
