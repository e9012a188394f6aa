import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from '../../src/db/database.js';
import { createCommuneIndex, parseAdminUnits, SHIPPED_COMMUNES } from '../../src/directory/communes.js';
import { distanceKm } from '../../src/directory/geo.js';
import { findDirectory, type DirectoryAnswer, type LookupOptions } from '../../src/directory/lookup.js';
import { directoryModule } from '../../src/directory/module.js';
import { SAMPLE_ENTRIES } from '../../src/directory/sample-entries.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { readFileSync } from 'node:fs';

// The ≥30-entry sample seed, loaded by the module at start, is the data these lookups run against.
let running: TestApp;
let db: Tx;
const opts: LookupOptions = { includeSamples: true };
beforeAll(async () => {
  running = await startTestApp({ modules: [directoryModule] });
  db = running.app.database.db;
});
afterAll(async () => { await running?.close(); });

function found(answer: DirectoryAnswer) {
  if (!answer.found) throw new Error(`expected entries, got ${answer.reason}`);
  return answer;
}
const ids = (a: ReturnType<typeof found>) => [...a.listed.map((l) => l.entry.id), ...a.reachThrough.map((e) => e.id)];

describe('directory lookup by province', () => {
  it('finds entries by the province code of Quyết định 19/2025', async () => {
    const a = found(await findDirectory(db, { province: '19' }, opts));
    expect(a.place).toMatchObject({ by: 'province', province: { code: '19', name: 'Thái Nguyên' } });
    for (const e of [...a.listed.map((l) => l.entry), ...a.reachThrough]) expect(e.province).toBe('19');
    expect(a.listed.length).toBeLessThanOrEqual(5);
    expect(a.reachThrough.length).toBeGreaterThan(0);
  });

  it('finds the same entries by the name typed with or without diacritics, or as a pre-2025 province', async () => {
    const byCode = ids(found(await findDirectory(db, { province: '19' }, opts)));
    for (const typed of ['Thái Nguyên', 'thai nguyen', 'Tỉnh Thái Nguyên', 'THAI NGUYEN']) {
      expect(ids(found(await findDirectory(db, { province: typed }, opts)))).toEqual(byCode);
    }
    const old = found(await findDirectory(db, { province: 'Bắc Kạn' }, opts));
    expect(old.place).toMatchObject({ by: 'province', province: { code: '19' }, formerName: 'Bắc Kạn' });
    expect(found(await findDirectory(db, { province: 'tp hcm' }, opts)).place).toMatchObject({ province: { code: '79' } });
    expect(found(await findDirectory(db, { province: 'Bình Dương' }, opts)).place).toMatchObject({ province: { code: '79' }, formerName: 'Bình Dương' });
  });

  it('shows a mix of kinds first, at most five with an address, and never a hidden address among them', async () => {
    const a = found(await findDirectory(db, { province: '01' }, opts));
    expect(a.listed).toHaveLength(5);
    expect(new Set(a.listed.map((l) => l.entry.kind)).size).toBeGreaterThanOrEqual(4);
    for (const l of a.listed) { expect(l.entry.showAddress).toBe(true); expect(l.distanceKm).toBeUndefined(); }
    for (const e of a.reachThrough) expect(e.showAddress).toBe(false);
  });

  it('keeps to the kinds asked for', async () => {
    const a = found(await findDirectory(db, { province: '01', kinds: ['health_station'] }, opts));
    expect(a.listed.map((l) => l.entry.kind)).toEqual(['health_station', 'health_station']);
    expect(a.reachThrough).toEqual([]);
  });

  it('says it does not know a province it cannot recognise, and has nothing for a province without entries', async () => {
    expect(await findDirectory(db, { province: 'Atlantis' }, opts)).toMatchObject({ found: false, reason: 'unknown-province', typed: 'Atlantis' });
    expect(await findDirectory(db, { province: 'Cao Bằng' }, opts)).toMatchObject({ found: false, reason: 'empty', place: { by: 'province', province: { code: '04' } } });
    expect(await findDirectory(db, {}, opts)).toMatchObject({ found: false, reason: 'no-place' });
  });
});

describe('directory lookup by commune', () => {
  it.each(['Phường Ba Đình', 'phuong ba dinh', 'P. Ba Đình', 'p.ba dinh', 'ba đình', 'BA DINH', '  Ba   Dinh '])(
    'finds the Ba Đình entries in Hà Nội when the commune is typed %j', async (typed) => {
      const a = found(await findDirectory(db, { province: 'Hà Nội', commune: typed }, opts));
      expect(a.widened).toBe(false);
      expect(ids(a)).toEqual(['sample-01']);
      expect(a.place).toMatchObject({ by: 'commune', commune: 'Phường Ba Đình' });
    });

  it.each(['Xã Sóc Sơn', 'x. soc son', 'xa soc son', 'sóc sơn'])('finds a rural commune typed %j', async (typed) => {
    const a = found(await findDirectory(db, { province: '01', commune: typed }, opts));
    expect(a.listed.map((l) => l.entry.id)).toEqual(['sample-08']);
  });

  it('finds a commune in a province typed by its old name ("Bình Dương", "Thủ Dầu Một")', async () => {
    const a = found(await findDirectory(db, { province: 'binh duong', commune: 'thu dau mot' }, opts));
    expect(a.widened).toBe(false);
    expect(a.reachThrough.map((e) => e.commune)).toEqual(['Phường Thủ Dầu Một']);
  });

  it('offers the rest of the province, saying so, when the commune has no entry', async () => {
    const a = found(await findDirectory(db, { province: '01', commune: 'Phường Tây Hồ' }, opts));
    expect(a.widened).toBe(true);
    expect(a.listed.length).toBeGreaterThan(0);
    for (const l of a.listed) expect(l.entry.province).toBe('01');
  });

  it('tells an unknown commune apart from a known one once a commune list is imported', async () => {
    const units = parseAdminUnits(JSON.parse(readFileSync(SHIPPED_COMMUNES, 'utf8')));
    const communes = createCommuneIndex(units.communes);
    const known = found(await findDirectory(db, { province: '01', commune: 'tay ho' }, { ...opts, communes }));
    expect(known.place).toMatchObject({ by: 'commune', commune: 'Phường Tây Hồ', known: true });
    const unknown = found(await findDirectory(db, { province: '01', commune: 'Phường Không Có' }, { ...opts, communes }));
    expect(unknown.place).toMatchObject({ known: false });
    expect(unknown.widened).toBe(true);
  });

  it('finds a commune typed without a province in whichever province has it', async () => {
    const a = found(await findDirectory(db, { commune: 'p. Hải Châu' }, opts));
    expect(ids(a)).toEqual(['sample-23']);
  });
});

describe('directory lookup by location', () => {
  const hoanKiem = { latitude: 21.0285, longitude: 105.8542 };

  it('lists the entries with a shown address nearest first, each with its distance', async () => {
    const a = found(await findDirectory(db, hoanKiem, opts));
    expect(a.listed.length).toBe(5);
    const distances = a.listed.map((l) => l.distanceKm!);
    expect(distances).toEqual([...distances].sort((x, y) => x - y));
    expect(a.listed[0]!.entry.id).toBe('sample-05'); // the Hoàn Kiếm legal aid sample
    for (const l of a.listed) {
      expect(l.entry.showAddress).toBe(true);
      expect(l.distanceKm).toBeCloseTo(distanceKm(hoanKiem, { latitude: l.entry.latitude!, longitude: l.entry.longitude! }), 6);
    }
  });

  it('lists hidden-address entries apart, by province and name, never by distance', async () => {
    const a = found(await findDirectory(db, hoanKiem, opts));
    expect(a.reachThrough.map((e) => e.id)).toEqual(['sample-01', 'sample-03', 'sample-02']); // Ba Đình, Cửa Nam, Long Biên
    for (const e of a.reachThrough) expect(e.showAddress).toBe(false);
    // From the far side of Hà Nội the same private entries come in the same order: their order tells no distance.
    const socSon = found(await findDirectory(db, { latitude: 21.2560, longitude: 105.8480 }, opts));
    expect(socSon.reachThrough.map((e) => e.id)).toEqual(a.reachThrough.map((e) => e.id));
    expect(socSon.listed[0]!.entry.id).toBe('sample-08');
  });

  it('reaches across a province border when that is nearest', async () => {
    // A point in former Bắc Giang (now Bắc Ninh), nearer Thái Nguyên's Phổ Yên/Sông Công samples than Hà Nội's.
    const a = found(await findDirectory(db, { latitude: 21.45, longitude: 105.90 }, opts));
    expect(a.listed[0]!.entry.province).toBe('19');
  });

  it('finds nothing far from every entry', async () => {
    expect(await findDirectory(db, { latitude: 8.6, longitude: 111.9 }, opts)).toMatchObject({ found: false, reason: 'empty', place: { by: 'location' } });
  });

  it('covers every sample entry with some lookup (the seed is consistent with the provinces)', async () => {
    const seen = new Set<string>();
    for (const p of new Set(SAMPLE_ENTRIES.map((e) => e.province))) {
      const a = found(await findDirectory(db, { province: p }, { ...opts, limit: 50, privateLimit: 50 }));
      for (const id of ids(a)) seen.add(id);
    }
    expect(seen.size).toBe(SAMPLE_ENTRIES.length);
  });
});
