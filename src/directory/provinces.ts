// The 34 provincial units after the 2025 reform, from the project's one table (flows/text/province-table.ts,
// codes of Quyết định 19/2025/QĐ-TTg). The directory takes a province as a code ("19", what the flows pass) or as
// typed text, old pre-2025 names included ("Bắc Kạn" → Thái Nguyên), read by the flows' own resolver.
import { listProvinces, resolveProvince, type Province, type ResolvedProvince } from '../../flows/text/index.js';

export type { Province, ResolvedProvince };

const byCode = new Map(listProvinces().map((p) => [p.code, p]));

export function provinceByCode(code: string): Province | undefined {
  return byCode.get(code);
}

/** A code ("19", "1" → "01"), or a name as typed: current, English, abbreviated or pre-2025 (flows/text's resolver). */
export function provinceByCodeOrName(text: string): ResolvedProvince | undefined {
  const trimmed = text.trim();
  if (/^\d{1,2}$/.test(trimmed)) {
    const p = byCode.get(trimmed.padStart(2, '0'));
    return p ? { province: p } : undefined;
  }
  return resolveProvince(trimmed) ?? undefined;
}
