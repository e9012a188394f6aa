import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communesPath, createCommuneIndex, loadCommuneIndex, parseAdminUnits, SHIPPED_COMMUNES } from '../../src/directory/communes.js';
import { listProvinces } from '../../flows/text/index.js';
import { SAMPLE_ENTRIES } from '../../src/directory/sample-entries.js';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
// The list shipped in the repository (src/directory/data/README.md): what an admin's file looks like, trimmed.
const dataFile = SHIPPED_COMMUNES;
const cli = join(root, 'src/directory/import-communes-cli.ts');
const importCli = (...args: string[]) => run(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: root, env: { ...process.env, NODE_ENV: 'test' } });

let data: { Code: string; Name: string; Wards: { Code: string; FullName: string }[] }[];
let dir: string;
beforeAll(async () => {
  data = JSON.parse(await readFile(dataFile, 'utf8'));
  dir = await mkdtemp(join(tmpdir(), 'tincay-communes-'));
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('the sample seed', () => {
  it('holds sample entries only in real communes of their province, at points inside Vietnam', () => {
    for (const e of SAMPLE_ENTRIES) {
      const province = data.find((p) => p.Code === e.province)!;
      expect(province.Wards.map((w) => w.FullName), `${e.id} ${e.commune}`).toContain(e.commune);
      expect(e.latitude).toBeGreaterThan(8.4);
      expect(e.latitude).toBeLessThan(23.4);
      expect(e.longitude).toBeGreaterThan(102.1);
      expect(e.longitude).toBeLessThan(109.5);
    }
  });
});

describe('the commune list', () => {
  it('reads the admin format: 34 provinces and 3,321 communes, with nothing to complain about', () => {
    const { communes, report } = parseAdminUnits(data);
    expect(report).toEqual({ provinces: 34, communes: 3321, problems: [] });
    expect(communes.find((c) => c.code === '00004')).toMatchObject({ provinceCode: '01', name: 'Ba Đình', fullName: 'Phường Ba Đình', type: 'Phường' });
  });

  it('recognises a typed commune with or without diacritics and prefixes, and keeps folded look-alikes apart', () => {
    const index = createCommuneIndex(parseAdminUnits(data).communes);
    for (const typed of ['p. ba dinh', 'Phường Ba Đình', 'BA ĐÌNH', 'phuong ba dinh']) {
      expect(index.candidates('01', typed).map((c) => c.fullName)).toEqual(['Phường Ba Đình']);
    }
    expect(index.candidates('19', 'Văn Lăng').map((c) => c.fullName)).toEqual(['Xã Văn Lăng']);
    expect(index.candidates('19', 'xa van lang').map((c) => c.fullName).sort()).toEqual(['Xã Văn Lang', 'Xã Văn Lăng']);
    expect(index.candidates('01', 'Phường Không Có')).toEqual([]);
    expect(index.knowsProvince('01')).toBe(true);
  });

  it('skips provinces that are not among the 34 and rejects a file in another format', () => {
    const { report } = parseAdminUnits([...data.slice(0, 1), { Code: '06', Name: 'Bắc Kạn', Wards: [] }]);
    expect(report.provinces).toBe(1);
    expect(report.problems).toEqual(['province 06 (Bắc Kạn) is not one of the 34 current provincial units: skipped']);
    expect(() => parseAdminUnits({ provinces: [] })).toThrow(/expected format/);
  });
});

describe('import-communes-cli', () => {
  it('imports the admin\'s list into a file the app reads', async () => {
    const out = join(dir, 'communes.json');
    const { stdout } = await importCli(dataFile, '--out', out);
    expect(stdout).toContain('imported 3321 communes of 34 provinces');
    const index = await loadCommuneIndex(out);
    expect(index.size).toBe(3321);
    expect(index.candidates('79', 'thu dau mot').map((c) => c.fullName)).toEqual(['Phường Thủ Dầu Một']);
  });

  it('fails with a message, and keeps the previous import, when the list is not in the expected format', async () => {
    const out = join(dir, 'kept.json');
    await importCli(dataFile, '--out', out);
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ hello: 'world' }));
    const failure = await importCli(bad, '--out', out).then(() => undefined, (e: { code: number; stderr: string }) => e);
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('not a commune list in the expected format');
    expect((await loadCommuneIndex(out)).size).toBe(3321);
  });

  it('reads as empty when nothing was imported and no fallback list is given', async () => {
    expect((await loadCommuneIndex(join(dir, 'absent.json'), null)).size).toBe(0);
  });

  it('lets an admin\'s import replace the shipped list (a correction shows, the shipped names no longer count)', async () => {
    const corrected = [{ Code: '01', Name: 'Hà Nội', Wards: [{ Code: '99999', Name: 'Thử Nghiệm', FullName: 'Phường Thử Nghiệm', AdministrativeUnitShortName: 'Phường' }] }];
    const file = join(dir, 'corrected.json');
    await writeFile(file, JSON.stringify(corrected));
    const out = join(dir, 'corrected-import.json');
    await importCli(file, '--out', out);
    const index = await loadCommuneIndex(out);
    expect(index.size).toBe(1);
    expect(index.candidates('01', 'p thu nghiem').map((c) => c.code)).toEqual(['99999']);
    expect(index.candidates('01', 'ba dinh')).toEqual([]);
  });
});

describe('the shipped commune list', () => {
  it('is what a fresh data directory knows: every commune of the 34 provinces, with no import', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'tincay-fresh-'));
    try {
      const index = await loadCommuneIndex(communesPath(fresh));
      expect(index.size).toBe(3321);
      const provinces = listProvinces();
      expect(provinces).toHaveLength(34);
      for (const p of provinces) expect(index.knowsProvince(p.code), p.name).toBe(true);
      expect(index.candidates('01', 'p. ba dinh').map((c) => c.fullName)).toEqual(['Phường Ba Đình']);
      expect(index.candidates('79', 'thu dau mot').map((c) => c.fullName)).toEqual(['Phường Thủ Dầu Một']);
      expect(index.candidates('01', 'Phường Không Có')).toEqual([]);
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  });

  it('carries its source and licence, and stays small', async () => {
    const readme = await readFile(join(root, 'src/directory/data/README.md'), 'utf8');
    expect(readme).toContain('thanglequoc/vietnamese-provinces-database');
    expect(readme).toContain('cd58063299585146ded3981f2272946ef19ced54');
    expect(await readFile(join(root, 'src/directory/data/vn-admin-units-2025.LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2021 Thang Le Quoc/);
    expect((await readFile(SHIPPED_COMMUNES)).byteLength).toBeLessThan(1_000_000);
  });
});
