// The row-level GBVIMS export: one row per consented incident of a month, with the aggregate's categories and
// nothing else. No case reference or id (rows are numbered 1..n after sorting by their values, so the order says
// nothing of when a case came in), no day, province or channel, no free text and never contact details.
import type { ReportRow } from '../../db/repositories/index.js';
import { consented, gbvimsCategories, GBVIMS_INDICATORS } from './gbvims-aggregate.js';

export const ROW_COLUMNS = ['period', 'incident', ...GBVIMS_INDICATORS] as const;

export function gbvimsRows(rows: ReportRow[], period: string): string[][] {
  const values = rows.filter(consented).map((r) => {
    const c = gbvimsCategories(r);
    return GBVIMS_INDICATORS.map((i) => c[i]);
  });
  values.sort((a, b) => a.join('\u0000').localeCompare(b.join('\u0000')));
  return values.map((v, i) => [period, String(i + 1), ...v]);
}
