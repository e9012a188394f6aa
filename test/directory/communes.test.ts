import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommuneIndex, loadCommuneIndex, parseAdminUnits } from '../../src/directory/communes.js';
import { SAMPLE_ENTRIES } from '../../src/directory/sample-entries.js';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const dataFile = new URL('../../../shared/data/vn-admin-units-2025.json', import.meta.url).pathname;
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

  it('reads as empty when nothing was imported', async () => {
    expect((await loadCommuneIndex(join(dir, 'absent.json'))).size).toBe(0);
  });
});
