// The report as rows (section, item, value): what the CSV writes and the XLSX's first sheet holds, so both
// exports carry the same figures.
import type { Report } from './figures.js';

export type ReportCell = string | number;

export const REPORT_HEADER = ['section', 'item', 'value'] as const;

export function reportTable(report: Report): ReportCell[][] {
  const minutes = (v: number | null): ReportCell => v ?? '';
  return [
    ...report.figures.map((f) => [f.section, f.item, f.value]),
    ['timing', 'minutes-to-claim-median', minutes(report.toClaim.median)], ['timing', 'minutes-to-claim-p90', minutes(report.toClaim.p90)],
    ['timing', 'minutes-to-first-answer-median', minutes(report.toFirstAnswer.median)], ['timing', 'minutes-to-first-answer-p90', minutes(report.toFirstAnswer.p90)],
  ];
}
