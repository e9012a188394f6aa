import { describe, expect, it } from 'vitest';
import { isOnDuty, nextOnDuty, parseSchedule, vnTime } from '../../src/handoff/on-duty.js';

// 2026-11-25 is a Wednesday. Vietnam is UTC+7.
const vn = (hhmm: string, day = '2026-11-25') => new Date(`${day}T${hhmm}:00+07:00`);

describe('on-duty schedule (Asia/Ho_Chi_Minh)', () => {
  it('is on duty inside a daily window and off outside it', () => {
    const s = parseSchedule('07:00-22:00');
    expect(isOnDuty(s, vn('07:00'))).toBe(true);
    expect(isOnDuty(s, vn('21:59'))).toBe(true);
    expect(isOnDuty(s, vn('22:00'))).toBe(false);
    expect(isOnDuty(s, vn('03:00'))).toBe(false);
  });

  it('honours week days (1 = Monday … 7 = Sunday)', () => {
    const s = parseSchedule('1-5 08:00-17:00');
    expect(isOnDuty(s, vn('09:00', '2026-11-25'))).toBe(true); // Wednesday
    expect(isOnDuty(s, vn('09:00', '2026-11-29'))).toBe(false); // Sunday
  });

  it('handles a night shift over midnight', () => {
    const s = parseSchedule('22:00-06:00');
    expect(isOnDuty(s, vn('23:30'))).toBe(true);
    expect(isOnDuty(s, vn('05:59'))).toBe(true);
    expect(isOnDuty(s, vn('12:00'))).toBe(false);
  });

  it('tells when the counsellors are next on duty, in Vietnam time', () => {
    const s = parseSchedule('07:00-22:00');
    expect(vnTime(nextOnDuty(s, vn('23:10')))).toBe('07:00');
    expect(nextOnDuty(s, vn('10:00')).getTime()).toBe(vn('10:00').getTime());
  });
});
