import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fold, listProvinces, resolveProvince } from '../../../flows/text/index.js';

/** The 63 pre-2025 provinces and the unit code each belongs to now (domain.md §4), kept apart from the module's table. */
const FORMER: readonly (readonly [string, string])[] = [
  ['Hà Nội', '01'], ['Hồ Chí Minh', '79'], ['Bình Dương', '79'], ['Bà Rịa – Vũng Tàu', '79'], ['Hải Phòng', '31'],
  ['Hải Dương', '31'], ['Đà Nẵng', '48'], ['Quảng Nam', '48'], ['Thừa Thiên Huế', '46'], ['Cần Thơ', '92'],
  ['Sóc Trăng', '92'], ['Hậu Giang', '92'], ['Cao Bằng', '04'], ['Điện Biên', '11'], ['Lai Châu', '12'],
  ['Lạng Sơn', '20'], ['Sơn La', '14'], ['Quảng Ninh', '22'], ['Thanh Hóa', '38'], ['Nghệ An', '40'], ['Hà Tĩnh', '42'],
  ['Tuyên Quang', '08'], ['Hà Giang', '08'], ['Lào Cai', '15'], ['Yên Bái', '15'], ['Thái Nguyên', '19'],
  ['Bắc Kạn', '19'], ['Phú Thọ', '25'], ['Vĩnh Phúc', '25'], ['Hòa Bình', '25'], ['Bắc Ninh', '24'], ['Bắc Giang', '24'],
  ['Hưng Yên', '33'], ['Thái Bình', '33'], ['Ninh Bình', '37'], ['Hà Nam', '37'], ['Nam Định', '37'], ['Quảng Trị', '44'],
  ['Quảng Bình', '44'], ['Quảng Ngãi', '51'], ['Kon Tum', '51'], ['Gia Lai', '52'], ['Bình Định', '52'],
  ['Khánh Hòa', '56'], ['Ninh Thuận', '56'], ['Lâm Đồng', '68'], ['Đắk Nông', '68'], ['Bình Thuận', '68'],
  ['Đắk Lắk', '66'], ['Phú Yên', '66'], ['Đồng Nai', '75'], ['Bình Phước', '75'], ['Tây Ninh', '80'], ['Long An', '80'],
  ['Đồng Tháp', '82'], ['Tiền Giang', '82'], ['Vĩnh Long', '86'], ['Bến Tre', '86'], ['Trà Vinh', '86'],
  ['An Giang', '91'], ['Kiên Giang', '91'], ['Cà Mau', '96'], ['Bạc Liêu', '96'],
];

// The official list shipped in the repository (src/directory/data/README.md: its source and licence).
const DATA = new URL('../../../src/directory/data/vn-admin-units-2025.json', import.meta.url);

describe('listProvinces', () => {
  it('lists the 34 units once each, cities first, starting with Hà Nội and Hồ Chí Minh', () => {
    const list = listProvinces();
    expect(list).toHaveLength(34);
    expect(new Set(list.map((p) => p.code)).size).toBe(34);
    expect(list.slice(0, 2).map((p) => p.name)).toEqual(['Hà Nội', 'Hồ Chí Minh']);
  });

  it('names 63 pre-2025 provinces in all, each once', () => {
    const formerly = listProvinces().flatMap((p) => p.formerly.map((f) => fold(f.name)));
    expect(formerly).toHaveLength(63);
    expect(new Set(formerly).size).toBe(63);
    expect(new Set(formerly)).toEqual(new Set(FORMER.map(([name]) => fold(name))));
  });

  it('carries the codes, names and English names of the official list (src/directory/data/vn-admin-units-2025.json)', () => {
    const units = JSON.parse(readFileSync(DATA, 'utf8')) as { Code: string; Name: string; FullName: string; NameEn: string }[];
    const official = units.map((u) => ({ code: u.Code, name: u.Name, fullName: u.FullName, nameEn: u.NameEn }));
    const ours = listProvinces().map(({ code, name, fullName, nameEn }) => ({ code, name, fullName, nameEn }));
    expect([...ours].sort((a, b) => a.code.localeCompare(b.code))).toEqual(official.sort((a, b) => a.code.localeCompare(b.code)));
  });

  it('gives no name or alias to two different units', () => {
    const owner = new Map<string, string>();
    for (const p of listProvinces()) {
      for (const name of [p.name, p.fullName, p.nameEn, ...p.formerly.flatMap((f) => [f.name, ...(f.aliases ?? [])])]) {
        const key = fold(name);
        expect(owner.get(key) ?? p.code, `"${name}"`).toBe(p.code);
        owner.set(key, p.code);
      }
    }
  });
});

describe('resolveProvince', () => {
  const current = new Map(listProvinces().map((p) => [p.code, p.name]));
  // The resolver returns the unit's table entry; these assertions read its code and name.
  const brief = (text: string) => {
    const found = resolveProvince(text);
    return found && { code: found.province.code, name: found.province.name, ...(found.formerName === undefined ? {} : { formerName: found.formerName }) };
  };

  it.each(FORMER.map(([name, code]) => [name, code]))('maps the pre-2025 province "%s" to unit %s', (name, code) => {
    for (const typed of [name, fold(name), name.toUpperCase()]) {
      const found = resolveProvince(typed);
      expect(found?.province.code, typed).toBe(code);
      expect(found?.province.name).toBe(current.get(code));
      const renamed = fold(name) !== fold(current.get(code) ?? '');
      expect(found?.formerName, typed).toBe(renamed ? name : undefined);
    }
  });

  it.each([
    ['thai nguyen', '19'], ['TP HCM', '79'], ['tp.hcm', '79'], ['tphcm', '79'], ['sai gon', '79'], ['hcm', '79'],
    ['thành phố Hồ Chí Minh', '79'], ['hochiminh', '79'], ['ha noi', '01'], ['hn', '01'], ['Hanoi', '01'], ['Huế', '46'],
    ['da nang', '48'], ['daklak', '66'], ['kontum', '51'], ['nha trang', '56'], ['da lat', '68'], ['phu quoc', '91'],
    ['em ở tỉnh Bắc Giang ạ', '24'],
  ])('understands "%s" as unit %s', (text, code) => {
    expect(resolveProvince(text)?.province.code).toBe(code);
  });

  it('returns the old name the person typed when it differs from the unit\'s name', () => {
    expect(brief('Bắc Giang')).toEqual({ code: '24', name: 'Bắc Ninh', formerName: 'Bắc Giang' });
    expect(brief('binh duong')).toEqual({ code: '79', name: 'Hồ Chí Minh', formerName: 'Bình Dương' });
    expect(brief('vung tau')).toEqual({ code: '79', name: 'Hồ Chí Minh', formerName: 'Bà Rịa – Vũng Tàu' });
    expect(brief('thua thien hue')).toEqual({ code: '46', name: 'Huế', formerName: 'Thừa Thiên Huế' });
    expect(brief('quang nam')).toEqual({ code: '48', name: 'Đà Nẵng', formerName: 'Quảng Nam' });
    expect(brief('Thanh Hóa')).toEqual({ code: '38', name: 'Thanh Hoá' });
    expect(resolveProvince('Bắc Giang')?.province).toBe(listProvinces().find((p) => p.code === '24'));
  });

  it.each(['xyz', '', 'vinh', 'bac giang hay ha noi'])('returns null for the unknown or ambiguous "%s"', (text) => {
    expect(resolveProvince(text)).toBeNull();
  });
});
