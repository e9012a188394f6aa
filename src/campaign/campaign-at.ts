// Which line the welcome shows at a moment: a line an admin set for a period that includes it (the latest set
// wins), else the Action Month (15/11 00:00 – 16/12 00:00, Vietnam time, every year), else none. Pure.
import type { Campaign } from '../../flows/contract.js';

export interface StoredLine { textVi: string; textEn: string; startsAt: Date; endsAt: Date; createdAt: Date }

const VN_OFFSET_MS = 7 * 3600_000;

/** Whether `at` falls in the Action Month of its year (Vietnam time; 15/12 is its last day). */
export function inActionMonth(at: Date): boolean {
  const v = new Date(at.getTime() + VN_OFFSET_MS);
  const month = v.getUTCMonth() + 1, day = v.getUTCDate();
  return (month === 11 && day >= 15) || (month === 12 && day <= 15);
}

export function campaignAt(lines: readonly StoredLine[], at: Date): Campaign | null {
  const running = lines.filter((l) => l.startsAt <= at && at < l.endsAt);
  const latest = running.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  if (latest) return { kind: 'custom', vi: latest.textVi, en: latest.textEn };
  return inActionMonth(at) ? { kind: 'action-month' } : null;
}
