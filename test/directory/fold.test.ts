import { describe, expect, it } from 'vitest';
import { communeKey, fold, foldCommune, matchCommune } from '../../src/directory/fold.js';
import { provinceByCodeOrName } from '../../src/directory/provinces.js';
import { distanceKm } from '../../src/directory/geo.js';

describe('folding place names', () => {
  it('removes diacritics, maps đ to d, lowercases and collapses punctuation, also for decomposed input', () => {
    expect(fold('Đồng Tháp')).toBe('dong thap');
    expect(fold('Thủ Dầu Một'.normalize('NFD'))).toBe('thu dau mot');
    expect(fold('  TP.Hồ   Chí-Minh ')).toBe('tp ho chi minh');
  });

  it('ignores the unit word of a commune but not a name that is only that word', () => {
    for (const typed of ['Phường Ba Đình', 'p. Ba Đình', 'P.Ba Đình', 'x. ba dinh', 'xã Ba Đình', 'ba dinh']) expect(foldCommune(typed)).toBe('ba dinh');
    expect(foldCommune('Đặc khu Phú Quốc')).toBe('phu quoc');
    expect(communeKey('Xã Văn Lăng')).toBe('văn lăng');
    expect(foldCommune('Xã')).toBe('xa');
  });

  it('prefers the commune with the same accents, and falls back to the folded name', () => {
    const rows = ['Xã Văn Lăng', 'Xã Văn Lang'];
    expect(matchCommune(rows, (r) => r, 'văn lăng')).toEqual(['Xã Văn Lăng']);
    expect(matchCommune(rows, (r) => r, 'van lang')).toEqual(rows);
    expect(matchCommune(rows, (r) => r, '')).toEqual([]);
  });

  it('understands provinces by code, and by the names the shared province table knows', () => {
    expect(provinceByCodeOrName('1')?.province.code).toBe('01');
    expect(provinceByCodeOrName('tp hcm')?.province.code).toBe('79');
    expect(provinceByCodeOrName('Thành phố Hồ Chí Minh')?.province.code).toBe('79');
    expect(provinceByCodeOrName('Hanoi')?.province.code).toBe('01');
    expect(provinceByCodeOrName('bac giang')).toMatchObject({ province: { code: '24' }, formerName: 'Bắc Giang' });
    expect(provinceByCodeOrName('Thừa Thiên Huế')).toMatchObject({ province: { code: '46' }, formerName: 'Thừa Thiên Huế' });
    expect(provinceByCodeOrName('Thái Nguyên')).toEqual({ province: expect.objectContaining({ code: '19' }) });
    expect(provinceByCodeOrName('19')).toEqual({ province: expect.objectContaining({ code: '19', name: 'Thái Nguyên' }) });
    expect(provinceByCodeOrName('99')).toBeUndefined();
    expect(provinceByCodeOrName('Tỉnh Thanh Hoá')?.province.code).toBe(provinceByCodeOrName('thanh hóa')?.province.code);
    expect(provinceByCodeOrName('nowhere')).toBeUndefined();
  });
});

describe('distance', () => {
  it('measures great-circle distance in km (Hà Nội – TP.HCM ≈ 1,140 km)', () => {
    const d = distanceKm({ latitude: 21.0285, longitude: 105.8542 }, { latitude: 10.7769, longitude: 106.7009 });
    expect(d).toBeGreaterThan(1130);
    expect(d).toBeLessThan(1150);
    expect(distanceKm({ latitude: 21, longitude: 105 }, { latitude: 21, longitude: 105 })).toBe(0);
  });
});
