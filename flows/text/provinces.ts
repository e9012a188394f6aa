// Finds the provincial unit a person names, under its 2025 name, an old (pre-2025) name, an abbreviation or a
// well-known city: "tp.hcm", "sai gon", "Bắc Giang" (now part of Bắc Ninh), "vung tau" (now TP Hồ Chí Minh).
// The old name is returned too, because the case log keeps what the person typed and the person is told the new one.
// The project's one province resolver: the flows call it on typed text, the directory (src/directory/provinces.ts)
// on what a flow passed — a code, or text it reads the same way.
import { fold, wordKey } from './normalise.js';
import { PROVINCES, type Province } from './province-table.js';

export type { FormerProvince, Province } from './province-table.js';

export interface ResolvedProvince {
  /** The 2025 unit (its code, current names and the provinces it absorbed). */
  province: Province;
  /** The pre-2025 province the person named, when its name differs from the unit's current name. */
  formerName?: string;
}

const keys = (s: string): string[] => {
  const f = fold(s);
  return f === '' ? [] : f.split(' ').map(wordKey);
};

interface Alias {
  province: Province;
  oldName?: string;
}

/** Every name, by its words joined with spaces and, for names typed run together ("hochiminh"), without. */
const BY_WORDS = new Map<string, Alias>();
const BY_LETTERS = new Map<string, Alias>();

for (const province of PROVINCES) {
  const current = keys(province.name).join(' ');
  const add = (name: string, alias: Alias): void => {
    const k = keys(name);
    if (!BY_WORDS.has(k.join(' '))) BY_WORDS.set(k.join(' '), alias);
    if (k.length > 1 && !BY_LETTERS.has(k.join(''))) BY_LETTERS.set(k.join(''), alias);
  };
  for (const former of province.formerly) {
    const alias: Alias = keys(former.name).join(' ') === current ? { province } : { province, oldName: former.name };
    add(former.name, alias);
    for (const a of former.aliases ?? []) add(a, alias);
  }
  for (const name of [province.name, province.fullName, province.nameEn]) add(name, { province });
}

const LONGEST = 5;

export function resolveProvince(text: string): ResolvedProvince | null {
  const words = keys(text);
  const found: { start: number; end: number; alias: Alias }[] = [];
  for (let start = 0; start < words.length; start++) {
    for (let end = Math.min(words.length, start + LONGEST); end > start; end--) {
      const span = words.slice(start, end);
      const alias = BY_WORDS.get(span.join(' ')) ?? BY_LETTERS.get(span.join(''));
      if (alias) found.push({ start, end, alias });
    }
  }
  // A name inside a longer one ("huế" in "thừa thiên huế") does not count on its own.
  const outer = found.filter((f) => !found.some((g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start));
  const codes = new Set(outer.map((f) => f.alias.province.code));
  if (codes.size !== 1) return null;
  const best = outer.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  const { province, oldName } = outer.find((f) => f.alias.oldName)?.alias ?? best.alias;
  return oldName ? { province, formerName: oldName } : { province };
}

/** The 34 units in display order. */
export function listProvinces(): readonly Province[] {
  return PROVINCES;
}
