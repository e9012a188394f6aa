import { afterEach, describe, expect, it } from 'vitest';
import { HOTLINE_SEED } from '../../src/directory/hotline-seed.js';
import { directoryModule } from '../../src/directory/module.js';
import { SAMPLE_ENTRIES } from '../../src/directory/sample-entries.js';
import { sampleDirectoryEnabled } from '../../src/directory/seed.js';
import { findDirectory } from '../../src/directory/lookup.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let running: TestApp | undefined;
afterEach(async () => { await running?.close(); running = undefined; });

describe('directory seeding', () => {
  it('seeds the hotlines and the sample entries at start, and a restart adds nothing and keeps an admin\'s corrections', async () => {
    running = await startTestApp({ modules: [directoryModule] });
    const db = running.app.database.db;
    expect(await db.hotline.count()).toBe(HOTLINE_SEED.length);
    expect(await db.directoryEntry.count({ where: { sample: true } })).toBe(SAMPLE_ENTRIES.length);

    // An admin corrects a hotline and a sample entry, deletes nothing, and adds a number of their own.
    await db.hotline.update({ where: { number: '18008080' }, data: { hours: '07:00–21:00', purposeVi: 'Sửa bởi quản trị viên' } });
    await db.directoryEntry.update({ where: { id: 'sample-01' }, data: { name: '[Mẫu] Đã sửa' } });
    await db.hotline.create({ data: { number: '0000', nameVi: 'Số thử', nameEn: 'Test line', purposeVi: 'thử', purposeEn: 'test', source: 'admin' } });

    running = await running.restart();
    const again = running.app.database.db;
    expect(await again.hotline.count()).toBe(HOTLINE_SEED.length + 1);
    expect(await again.directoryEntry.count()).toBe(SAMPLE_ENTRIES.length);
    expect(await again.hotline.findUniqueOrThrow({ where: { number: '18008080' } })).toMatchObject({ hours: '07:00–21:00', purposeVi: 'Sửa bởi quản trị viên' });
    expect((await again.directoryEntry.findUniqueOrThrow({ where: { id: 'sample-01' } })).name).toBe('[Mẫu] Đã sửa');
  });

  it('puts back a seed hotline that is missing, without touching the others', async () => {
    running = await startTestApp({ modules: [directoryModule] });
    await running.app.database.db.hotline.delete({ where: { number: '115' } });
    await running.app.database.db.hotline.update({ where: { number: '113' }, data: { sort: 1 } });
    running = await running.restart();
    const rows = await running.app.database.db.hotline.findMany();
    expect(rows.map((r) => r.number).sort()).toEqual(HOTLINE_SEED.map((h) => h.number).sort());
    expect(rows.find((r) => r.number === '113')!.sort).toBe(1);
  });

  it('never loads sample entries in production, even when LOAD_SAMPLE_DIRECTORY=true', async () => {
    running = await startTestApp({ modules: [directoryModule], env: { NODE_ENV: 'production', LOAD_SAMPLE_DIRECTORY: 'true' } });
    const db = running.app.database.db;
    expect(await db.directoryEntry.count()).toBe(0);
    expect(await db.hotline.count()).toBe(HOTLINE_SEED.length);
  });

  it('leaves sample entries out in development when LOAD_SAMPLE_DIRECTORY=false', async () => {
    running = await startTestApp({ modules: [directoryModule], env: { LOAD_SAMPLE_DIRECTORY: 'false' } });
    expect(await running.app.database.db.directoryEntry.count()).toBe(0);
  });

  it('does not show sample entries left in a database that later runs in production', async () => {
    running = await startTestApp({ modules: [directoryModule] });
    const target = running.target;
    await running.app.stop();
    running = await startTestApp({ modules: [directoryModule], target, ownsTarget: true, env: { NODE_ENV: 'production' } });
    const db = running.app.database.db;
    expect(await db.directoryEntry.count({ where: { sample: true } })).toBe(SAMPLE_ENTRIES.length);
    const answer = await findDirectory(db, { province: '01' }, { includeSamples: sampleDirectoryEnabled({ NODE_ENV: 'production', LOAD_SAMPLE_DIRECTORY: undefined }) });
    expect(answer.found).toBe(false);
  });

  it('decides whether samples load from NODE_ENV and LOAD_SAMPLE_DIRECTORY', () => {
    expect(sampleDirectoryEnabled({ NODE_ENV: 'development', LOAD_SAMPLE_DIRECTORY: undefined })).toBe(true);
    expect(sampleDirectoryEnabled({ NODE_ENV: 'test', LOAD_SAMPLE_DIRECTORY: false })).toBe(false);
    expect(sampleDirectoryEnabled({ NODE_ENV: 'production', LOAD_SAMPLE_DIRECTORY: undefined })).toBe(false);
    expect(sampleDirectoryEnabled({ NODE_ENV: 'production', LOAD_SAMPLE_DIRECTORY: true })).toBe(false);
  });
});

describe('the sample seed', () => {
  it('holds at least 30 clearly marked entries, with no phone number, across several provinces and communes', () => {
    expect(SAMPLE_ENTRIES.length).toBeGreaterThanOrEqual(30);
    for (const e of SAMPLE_ENTRIES) {
      expect(e.sample).toBe(true);
      expect(e.name.startsWith('[Mẫu] ')).toBe(true);
      expect(e.nameEn?.startsWith('[Sample] ')).toBe(true);
      expect(e.phone).toBeNull();
      if (!e.showAddress) expect(e.address).toBeNull();
      if (!e.showAddress) expect(e.contactVia).toBeTruthy();
    }
    const provinces = new Set(SAMPLE_ENTRIES.map((e) => e.province));
    expect(provinces.size).toBeGreaterThanOrEqual(6);
    for (const p of ['01', '79', '19']) expect(new Set(SAMPLE_ENTRIES.filter((e) => e.province === p).map((e) => e.commune)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(SAMPLE_ENTRIES.map((e) => e.kind))).toEqual(new Set(['trusted_address', 'shelter', 'social_work_centre', 'legal_aid', 'health_station', 'police']));
  });
});
