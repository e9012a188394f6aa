// The partner export compatible with GBVIMS (case-standards.md, "gbv_statistics_YYYY-MM.csv"): a monthly aggregate
// in long format, consented cases only (consentStatistics = yes), Primero's ids, small cells (< 5) suppressed, no
// free text, names, phones or addresses. The row-level export (gbvims-rows.ts) uses the same categories.
import type { ReportRow } from '../../db/repositories/index.js';
import { gbvimsTypeOfAnswers } from '../../../flows/main/violence.js';
import { GBVIMS_PRIMERO_ID } from '../../../flows/main/violence.js';
import { GBVIMS_RELATIONSHIP } from '../../../flows/main/intake/options.js';

export const SUPPRESS_BELOW = 5;

export interface GbvimsCell { indicator: string; category: string; count: number }

/** What each indicator counts and where its categories come from: written next to the CSV as its codebook. */
export const CODEBOOK = {
  file: 'gbv_statistics_YYYY-MM.csv',
  columns: ['period', 'indicator', 'category_id', 'count'],
  population: 'cases created in the month (Vietnam time) whose person answered consentStatistics = yes; drafts excluded',
  suppression: `a count below ${SUPPRESS_BELOW} is written as "<${SUPPRESS_BELOW}"`,
  indicators: {
    new_incidents: 'all consented incidents (category_id: all)',
    gbv_type: 'GBVIMS core type by the classification order (Primero ids); unclassified when no kind maps to a type',
    survivor_sex: 'victimSex answer: female, male, other, prefer_not, unknown',
    survivor_age: 'victimAge answer: 0-11, 12-17, 18-25, 26-40, 41-60, 61+, prefer_not, unknown',
    perpetrator_relationship: 'relationship answer mapped to Primero perpetrator_relationship ids',
    perpetrator_age_group: 'perpAge answer (same groups as survivor_age)',
    elapsed_reporting_time: 'lastIncident answer (GBVIMS elapsed_reporting_time buckets)',
  },
} as const;

const str = (v: unknown) => (typeof v === 'string' && v ? v : 'unknown');

/** The indicators a case is counted under, in CODEBOOK order (after new_incidents). */
export const GBVIMS_INDICATORS = ['gbv_type', 'survivor_sex', 'survivor_age', 'perpetrator_relationship', 'perpetrator_age_group', 'elapsed_reporting_time'] as const;
export type GbvimsIndicator = typeof GBVIMS_INDICATORS[number];

/** Whether the person agreed that the case be counted (consentStatistics = yes). */
export const consented = (r: ReportRow): boolean => ((r.answers ?? {}) as Record<string, unknown>).consentStatistics === 'yes';

/** A case's category under each indicator (Primero ids where GBVIMS has them). */
export function gbvimsCategories(r: ReportRow): Record<GbvimsIndicator, string> {
  const a = (r.answers ?? {}) as Record<string, unknown>;
  const type = gbvimsTypeOfAnswers(a);
  return {
    gbv_type: type ? GBVIMS_PRIMERO_ID[type] : 'unclassified',
    survivor_sex: str(a.victimSex),
    survivor_age: str(a.victimAge),
    perpetrator_relationship: (GBVIMS_RELATIONSHIP as Record<string, string>)[str(a.relationship)] ?? 'unknown',
    perpetrator_age_group: str(a.perpAge),
    elapsed_reporting_time: str(a.lastIncident),
  };
}

export function gbvimsCells(rows: ReportRow[]): GbvimsCell[] {
  const counts = new Map<string, number>();
  const add = (indicator: string, category: string) => counts.set(`${indicator}\u0000${category}`, (counts.get(`${indicator}\u0000${category}`) ?? 0) + 1);
  for (const r of rows.filter(consented)) {
    add('new_incidents', 'all');
    const categories = gbvimsCategories(r);
    for (const indicator of GBVIMS_INDICATORS) add(indicator, categories[indicator]);
  }
  return [...counts].map(([k, count]) => {
    const [indicator, category] = k.split('\u0000') as [string, string];
    return { indicator, category, count };
  }).sort((x, y) => x.indicator.localeCompare(y.indicator) || x.category.localeCompare(y.category));
}

export const shownCount = (n: number): string => (n < SUPPRESS_BELOW ? `<${SUPPRESS_BELOW}` : String(n));
