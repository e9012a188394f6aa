// The commune list, so that a typed commune can be recognised ("p. ba dinh" → "Phường Ba Đình", Hà Nội) and an
// unknown one reported honestly. The 2025 list ships with the project (data/README.md: source, licence), so the bot
// knows every commune out of the box; an admin's import (import-communes-cli.ts, a small JSON file under DATA_DIR)
// replaces it for corrections and later reforms.
import { readFile, rename, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { matchCommune } from './fold.js';
import { provinceByCode } from './provinces.js';

export const COMMUNES_FILE = 'communes.json';
/** The list shipped in the repository (34 provinces, 3 321 communes), in the admin's layout. */
export const SHIPPED_COMMUNES = fileURLToPath(new URL('./data/vn-admin-units-2025.json', import.meta.url));
export const communesPath = (dataDir: string) => join(dataDir, COMMUNES_FILE);

export interface Commune { code: string; provinceCode: string; name: string; nameEn?: string; fullName: string; type: string }

/** The admin's input: the layout of vn-admin-units-2025.json (provinces with their "Wards"). Extra fields are ignored. */
const adminUnit = z.object({
  Code: z.string().regex(/^\d{5}$/, 'a commune code has 5 digits'),
  Name: z.string().min(1),
  NameEn: z.string().optional(),
  FullName: z.string().min(1),
  Type: z.string().optional(),
  AdministrativeUnitShortName: z.string().optional(),
  ProvinceCode: z.string().optional(),
});
const adminProvince = z.object({
  Code: z.string().regex(/^\d{2}$/, 'a province code has 2 digits'),
  Name: z.string().min(1),
  NameEn: z.string().optional(),
  FullName: z.string().optional(),
  Wards: z.array(adminUnit),
});
export const adminUnitsFile = z.array(adminProvince).min(1);

/** What the importer writes and the app reads. */
const storedFile = z.object({
  version: z.literal(1),
  importedAt: z.string(),
  source: z.string(),
  communes: z.array(z.object({
    code: z.string(), provinceCode: z.string(), name: z.string(), nameEn: z.string().optional(), fullName: z.string(), type: z.string(),
  })),
});
export type StoredCommunes = z.infer<typeof storedFile>;

export interface ImportReport { provinces: number; communes: number; problems: string[] }

/** Validates an admin-provided list; provinces must be the 34 current units (QĐ 19/2025 codes). */
export function parseAdminUnits(json: unknown): { communes: Commune[]; report: ImportReport } {
  const parsed = adminUnitsFile.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`not a commune list in the expected format:\n  ${issues.join('\n  ')}`);
  }
  const problems: string[] = [];
  const communes: Commune[] = [];
  const seen = new Set<string>();
  for (const p of parsed.data) {
    if (!provinceByCode(p.Code)) {
      problems.push(`province ${p.Code} (${p.Name}) is not one of the 34 current provincial units: skipped`);
      continue;
    }
    for (const w of p.Wards) {
      if (seen.has(w.Code)) { problems.push(`commune code ${w.Code} appears twice: kept the first`); continue; }
      if (w.ProvinceCode && w.ProvinceCode !== p.Code) problems.push(`commune ${w.Code} says province ${w.ProvinceCode} but is listed under ${p.Code}`);
      seen.add(w.Code);
      communes.push({ code: w.Code, provinceCode: p.Code, name: w.Name, nameEn: w.NameEn, fullName: w.FullName, type: w.AdministrativeUnitShortName ?? w.Type ?? 'commune' });
    }
  }
  const provinces = new Set(communes.map((c) => c.provinceCode)).size;
  return { communes, report: { provinces, communes: communes.length, problems } };
}

/** Writes the list atomically (temp file + rename), replacing any earlier import. */
export async function saveCommunes(path: string, communes: Commune[], source: string, now = new Date()): Promise<void> {
  const body: StoredCommunes = { version: 1, importedAt: now.toISOString(), source, communes };
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(body));
  await rename(tmp, path);
}

/** Reads an admin's list file, validates it and replaces the stored list. Throws when nothing usable is in it. */
export async function importCommunes(input: string, out: string): Promise<ImportReport> {
  const json: unknown = JSON.parse(await readFile(input, 'utf8'));
  const { communes, report } = parseAdminUnits(json);
  if (communes.length === 0) throw new Error('the list holds no commune of the 34 current provinces: nothing imported');
  await saveCommunes(out, communes, resolve(input));
  return report;
}

export interface CommuneIndex {
  /** How many communes are known (0 when nothing was imported). */
  readonly size: number;
  /** Whether communes of this province were imported (else a typed name cannot be judged unknown). */
  knowsProvince(provinceCode: string): boolean;
  /** The communes of this province the typed name may mean (same accented name first, else same folded name). */
  candidates(provinceCode: string, typed: string): Commune[];
}

export function createCommuneIndex(communes: readonly Commune[]): CommuneIndex {
  const byProvince = new Map<string, Commune[]>();
  for (const c of communes) {
    const list = byProvince.get(c.provinceCode) ?? [];
    list.push(c);
    byProvince.set(c.provinceCode, list);
  }
  return {
    size: communes.length,
    knowsProvince: (code) => byProvince.has(code),
    candidates: (code, typed) => matchCommune(byProvince.get(code) ?? [], (c) => c.fullName, typed),
  };
}

/**
 * Reads the admin's imported list; when there is none, the list at `fallback` (by default the shipped one, in the
 * admin's layout; `null` for none: an empty index). A broken file is an error either way (an admin should know).
 */
export async function loadCommuneIndex(path: string, fallback: string | null = SHIPPED_COMMUNES): Promise<CommuneIndex> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (fallback === null) return createCommuneIndex([]);
    return createCommuneIndex(parseAdminUnits(JSON.parse(await readFile(fallback, 'utf8'))).communes);
  }
  const stored = storedFile.parse(JSON.parse(text));
  return createCommuneIndex(stored.communes);
}
