// Which line the welcome shows at a moment: an admin's line for its period, else the Action Month (15/11–15/12,
// Vietnam time), else none. Fixed dates only: nothing here depends on today.
import { describe, expect, it } from 'vitest';
import { campaignAt, inActionMonth, type StoredLine } from '../../src/campaign/campaign-at.js';

/** A moment given in Vietnam time. */
const vn = (s: string) => new Date(`${s}+07:00`);

const line = (textVi: string, from: string, to: string, createdAt = '2026-01-01T00:00:00'): StoredLine =>
  ({ textVi, textEn: `${textVi} (en)`, startsAt: vn(`${from}T00:00:00`), endsAt: vn(`${to}T00:00:00`), createdAt: vn(createdAt) });

describe('the campaign line at a moment', () => {
  it.each([
    ['2026-11-14T23:59:59', false],
    ['2026-11-15T00:00:00', true],
    ['2026-11-29T10:00:00', true],
    ['2026-12-15T23:59:59', true],
    ['2026-12-16T00:00:00', false],
    ['2027-03-08T09:00:00', false],
    ['2030-11-20T09:00:00', true],
  ])('names the Action Month by default at %s (Vietnam time): %s', (at, inside) => {
    expect(inActionMonth(vn(at))).toBe(inside);
    expect(campaignAt([], vn(at))).toEqual(inside ? { kind: 'action-month' } : null);
  });

  it('shows an admin’s line during its period, inside or outside the Action Month, and nothing of it after', () => {
    const march = line('Ngày Quốc tế Phụ nữ 8/3', '2027-03-01', '2027-03-09');
    expect(campaignAt([march], vn('2027-03-08T09:00:00'))).toEqual({ kind: 'custom', vi: 'Ngày Quốc tế Phụ nữ 8/3', en: 'Ngày Quốc tế Phụ nữ 8/3 (en)' });
    expect(campaignAt([march], vn('2027-03-09T00:00:00'))).toBeNull();
    const november = line('Chiến dịch của tỉnh', '2026-11-20', '2026-11-30');
    expect(campaignAt([november], vn('2026-11-25T09:00:00'))).toMatchObject({ kind: 'custom', vi: 'Chiến dịch của tỉnh' });
    expect(campaignAt([november], vn('2026-11-30T09:00:00'))).toEqual({ kind: 'action-month' });
  });

  it('shows the line set last when two periods overlap', () => {
    const older = line('cũ', '2027-05-01', '2027-06-01', '2027-04-01T00:00:00');
    const newer = line('mới', '2027-05-10', '2027-05-20', '2027-04-20T00:00:00');
    expect(campaignAt([older, newer], vn('2027-05-15T12:00:00'))).toMatchObject({ vi: 'mới' });
    expect(campaignAt([newer, older], vn('2027-05-25T12:00:00'))).toMatchObject({ vi: 'cũ' });
  });
});
