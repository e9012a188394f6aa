// The report's figures from the case log's rows: the national programmes' indicators (domain notes, part 6) and
// the sections of the domestic-violence statistics form. Pure: the same rows give the same figures, which is
// what the CSV export writes and what the tests compare with the database.
import type { ReportRow } from '../../db/repositories/index.js';
import { KIND_MAPPING, isViolenceKind, type ViolenceGroup } from '../../../flows/main/violence.js';

export interface Figure { section: string; item: string; value: number }

export interface Timing { median: number | null; p90: number | null; n: number }

export interface Report {
  total: number;
  figures: Figure[];
  toClaim: Timing;
  toFirstAnswer: Timing;
  /** Weeks (Monday, Vietnam time) → cases per form of violence. */
  weekly: { week: string; counts: Record<string, number> }[];
}

export const GROUPS: ViolenceGroup[] = ['physical', 'mental', 'sexual', 'economic'];

const minutes = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 60_000;

export function quantile(sorted: number[], q: number): number | null {
  if (!sorted.length) return null;
  // Nearest rank: an actual observed value, so the figure can be found in the data.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function timing(values: number[]): Timing {
  const s = values.sort((a, b) => a - b);
  return { median: quantile(s, 0.5), p90: quantile(s, 0.9), n: s.length };
}

const answer = (r: ReportRow, key: string): unknown => (r.answers as Record<string, unknown> | null)?.[key];
const str = (v: unknown, fallback = 'unknown') => (typeof v === 'string' && v ? v : fallback);

export function groupsOf(r: ReportRow): ViolenceGroup[] {
  const kinds = answer(r, 'kinds');
  const list = Array.isArray(kinds) ? kinds.filter((k): k is string => typeof k === 'string' && isViolenceKind(k)) : [];
  return GROUPS.filter((g) => list.some((k) => KIND_MAPPING[k as keyof typeof KIND_MAPPING].groups.includes(g)));
}

/** Monday of the week of `d`, in Vietnam time (YYYY-MM-DD). */
export function weekOf(d: Date): string {
  const v = new Date(d.getTime() + 7 * 3600_000);
  const dow = (v.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate() - dow)).toISOString().slice(0, 10);
}

export function computeReport(rows: ReportRow[], deadlineOf: (level: string) => number): Report {
  const figures: Figure[] = [];
  const counter = (section: string) => {
    const m = new Map<string, number>();
    return { add: (item: string) => m.set(item, (m.get(item) ?? 0) + 1), flush: () => [...m].sort(([a], [b]) => a.localeCompare(b)).forEach(([item, value]) => figures.push({ section, item, value })) };
  };
  const escalated = rows.filter((r) => r.escalatedAt);
  const urgent = rows.filter((r) => r.urgency === 'urgent');
  const urgentEscalated = escalated.filter((r) => r.urgency === 'urgent');
  const inTime = urgentEscalated.filter((r) => r.claimedAt && minutes(r.escalatedAt!, r.claimedAt) <= deadlineOf(r.level ?? 'danger'));
  const supported = rows.filter((r) => r.outcome && r.outcome !== 'unreachable');
  const referred = rows.filter((r) => r.outcome?.startsWith('referred-'));
  figures.push(
    { section: 'indicator', item: 'cases', value: rows.length },
    { section: 'indicator', item: 'escalated', value: escalated.length },
    { section: 'indicator', item: 'urgent', value: urgent.length },
    { section: 'indicator', item: 'urgent-escalated', value: urgentEscalated.length },
    { section: 'indicator', item: 'urgent-claimed-in-time', value: inTime.length },
    { section: 'indicator', item: 'closed', value: rows.filter((r) => r.status === 'closed').length },
    { section: 'indicator', item: 'supported', value: supported.length },
    { section: 'indicator', item: 'referred', value: referred.length },
  );
  const forms = counter('form-of-violence');
  const victims = counter('affected-sex-age');
  const perpSex = counter('harm-sex');
  const perpAge = counter('harm-age');
  const perpRel = counter('harm-relationship');
  const outcomes = counter('support-outcome');
  const province = counter('province');
  const channel = counter('channel');
  // The "broken down by province and channel": one cell per pair (reports/cross-tab.ts lays it out).
  const provinceChannel = counter('province-channel');
  const weekly = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const groups = groupsOf(r);
    groups.forEach(forms.add);
    victims.add(`${str(answer(r, 'victimSex'))}|${str(answer(r, 'victimAge'))}`);
    perpSex.add(str(answer(r, 'perpSex')));
    perpAge.add(str(answer(r, 'perpAge')));
    perpRel.add(str(answer(r, 'relationship')));
    outcomes.add(r.outcome ?? 'none');
    province.add(r.province ?? 'unknown');
    channel.add(r.channel);
    provinceChannel.add(`${r.province ?? 'unknown'}|${r.channel}`);
    const w = weekOf(r.createdAt);
    const bucket = weekly.get(w) ?? {};
    for (const g of groups.length ? groups : ['unspecified']) bucket[g] = (bucket[g] ?? 0) + 1;
    weekly.set(w, bucket);
  }
  [forms, victims, perpSex, perpAge, perpRel, outcomes, province, channel, provinceChannel].forEach((c) => c.flush());
  return {
    total: rows.length,
    figures,
    toClaim: timing(escalated.filter((r) => r.claimedAt).map((r) => minutes(r.escalatedAt!, r.claimedAt!))),
    toFirstAnswer: timing(escalated.filter((r) => r.firstAnswerAt).map((r) => minutes(r.escalatedAt!, r.firstAnswerAt!))),
    weekly: [...weekly].sort(([a], [b]) => a.localeCompare(b)).map(([week, counts]) => ({ week, counts })),
  };
}
