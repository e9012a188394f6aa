// The counsellors' on-duty schedule in Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving).
// Format: "07:00-22:00" (every day) or "1-5 08:00-17:00" (days 1=Mon … 7=Sun; lists like "1-5,7").
import { AppError } from '../core/errors.js';

const VN_OFFSET_MS = 7 * 3_600_000;

export interface Schedule { days: Set<number>; startMin: number; endMin: number }

export function parseSchedule(spec: string): Schedule {
  const m = /^(?:([0-7,\-]+)\s)?(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(spec.trim());
  if (!m) throw new AppError('config_invalid', `bad on-duty schedule: ${spec}`, { details: { variable: 'ON_DUTY_HOURS' } });
  const days = new Set<number>();
  for (const part of (m[1] ?? '1-7').split(',')) {
    const [a, b] = part.split('-').map(Number) as [number, number | undefined];
    for (let d = a; d <= (b ?? a); d++) days.add(d === 0 ? 7 : d);
  }
  return { days, startMin: Number(m[2]) * 60 + Number(m[3]), endMin: Number(m[4]) * 60 + Number(m[5]) };
}

function local(at: Date): { day: number; minute: number } {
  const t = new Date(at.getTime() + VN_OFFSET_MS);
  return { day: t.getUTCDay() === 0 ? 7 : t.getUTCDay(), minute: t.getUTCHours() * 60 + t.getUTCMinutes() };
}

export function isOnDuty(schedule: Schedule, at: Date): boolean {
  const { day, minute } = local(at);
  if (schedule.startMin <= schedule.endMin) return schedule.days.has(day) && minute >= schedule.startMin && minute < schedule.endMin;
  // A shift over midnight ("22:00-06:00") belongs to the day it starts.
  const prev = day === 1 ? 7 : day - 1;
  return (schedule.days.has(day) && minute >= schedule.startMin) || (schedule.days.has(prev) && minute < schedule.endMin);
}

/** The next moment the counsellors are on duty (at itself when they are), scanning minute steps of 15. */
export function nextOnDuty(schedule: Schedule, at: Date): Date {
  let t = new Date(at);
  for (let i = 0; i < 8 * 24 * 4 && !isOnDuty(schedule, t); i++) t = new Date(Math.ceil((t.getTime() + 1) / 900_000) * 900_000);
  return t;
}

/** "HH:MM" in Vietnam time, for telling a person when counsellors are back. */
export function vnTime(at: Date): string {
  const t = new Date(at.getTime() + VN_OFFSET_MS);
  return `${String(t.getUTCHours()).padStart(2, '0')}:${String(t.getUTCMinutes()).padStart(2, '0')}`;
}

/** When the counsellors are back ("HH:MM" Vietnam time), or null when the schedule never puts anyone on duty. */
export function returnTime(schedule: Schedule, at: Date): string | null {
  const next = nextOnDuty(schedule, at);
  return isOnDuty(schedule, next) ? vnTime(next) : null;
}
