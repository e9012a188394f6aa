// Reading and rendering the hotlines table in the person's language.
import type { Lang } from '../../flows/contract.js';
import type { Translator } from '../core/i18n.js';
import { asDirectory, type Client, type DirectoryRepository, type Hotline } from '../db/repositories/index.js';

/** All hotlines, or the short list for a person in danger (`emergency`), in `sort` order. */
export function listHotlines(source: DirectoryRepository | Client, emergencyOnly = false): Promise<Hotline[]> {
  return asDirectory(source).hotlines(emergencyOnly);
}

/** "18008080" → "1800 8080", "1900969680" → "1900 969 680"; anything else as stored. */
export function formatNumber(number: string): string {
  const m = /^(1[89]00)(\d{4})$/.exec(number) ?? /^(1[89]00)(\d{3})(\d{3})$/.exec(number);
  return m ? m.slice(1).join(' ') : number;
}

/** A column holding a translation key is translated; plain text an admin typed is shown as is. */
export function textOrKey(i18n: Translator, lang: Lang, value: string): string {
  return /^[a-z][a-z0-9-]*$/.test(value) && i18n.has(lang, value) ? i18n.t(lang, value) : value;
}

const NATIONWIDE = 'hotline-area-national';

/** One number with what it is for; then who runs it, the area, hours and cost where known. `brief` keeps only
 *  an area that is not nationwide (a person in danger needs the numbers, not the details). */
export function renderHotline(i18n: Translator, lang: Lang, h: Hotline, opts: { brief?: boolean } = {}): string {
  const lines = [i18n.t(lang, 'hotline-entry', {
    number: formatNumber(h.number), name: lang === 'en' ? h.nameEn : h.nameVi, purpose: lang === 'en' ? h.purposeEn : h.purposeVi,
  })];
  const details: [key: string, value: string | null][] = opts.brief
    ? [['hotline-area', h.area === NATIONWIDE ? null : h.area]]
    : [['hotline-operator', h.operator], ['hotline-area', h.area], ['hotline-hours', h.hours], ['hotline-cost', h.cost]];
  for (const [key, value] of details) if (value) lines.push(i18n.t(lang, key, { value: textOrKey(i18n, lang, value) }));
  return lines.join('\n');
}

export function renderHotlines(i18n: Translator, lang: Lang, rows: Hotline[], opts: { emergencyOnly?: boolean } = {}): string {
  if (!rows.length) return i18n.t(lang, 'hotlines-none');
  const header = i18n.t(lang, opts.emergencyOnly ? 'hotlines-header-emergency' : 'hotlines-header');
  return [header, ...rows.map((h) => renderHotline(i18n, lang, h, { brief: opts.emergencyOnly }))].join('\n\n');
}
