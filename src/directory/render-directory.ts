// Turning a DirectoryAnswer into text in the person's language. Entries whose address is hidden get neither an
// address nor a distance, only the way to reach them.
import type { Lang } from '../../flows/contract.js';
import type { Translator } from '../core/i18n.js';
import type { DirectoryEntry, Hotline } from '../db/repositories/index.js';
import { formatNumber, renderHotlines } from './hotlines.js';
import type { DirectoryAnswer, ListedEntry, Place } from './lookup.js';
import { DEFAULT_RADIUS_KM } from './lookup.js';
import { provinceByCode } from './provinces.js';

export function renderDirectory(i18n: Translator, lang: Lang, answer: DirectoryAnswer, hotlines: Hotline[]): string {
  const t = (key: string, args?: Record<string, string | number>) => i18n.t(lang, key, args);
  if (!answer.found) {
    const lead = answer.reason === 'unknown-province' ? t('directory-unknown-province', { typed: answer.typed ?? '' })
      : answer.reason === 'no-place' ? t('directory-no-place')
      : answer.place?.by === 'location' ? t('directory-none-near', { km: DEFAULT_RADIUS_KM })
      : t('directory-none', { place: placeName(lang, answer.place) });
    return [...former(t, lang, answer.place), lead, renderHotlines(i18n, lang, hotlines)].join('\n\n');
  }
  const { place } = answer;
  const blocks: string[] = [...former(t, lang, place)];
  const unknownCommune = place.by === 'commune' && place.known === false && place.province;
  if (unknownCommune) {
    // A commune the imported list does not know: say so, then show the province.
    blocks.push(t('directory-commune-unknown', { commune: place.commune, province: provinceLabel(lang, place.province!.code) }));
    blocks.push(t('directory-header-place', { place: provinceLabel(lang, place.province!.code) }));
  } else if (answer.widened && place.by === 'commune' && place.province) {
    blocks.push(t('directory-widened', { commune: place.commune, province: provinceLabel(lang, place.province.code) }));
  } else if (place.by === 'location') {
    blocks.push(t(answer.listed.length ? 'directory-header-near' : 'directory-header-near-none'));
  } else {
    blocks.push(t('directory-header-place', { place: placeName(lang, place) }));
  }
  if (answer.listed.length) blocks.push(answer.listed.map((l) => renderListed(t, lang, l)).join('\n\n'));
  if (answer.reachThrough.length) {
    blocks.push([t('directory-private-header'), ...answer.reachThrough.map((e) => renderPrivate(t, lang, e))].join('\n'));
  }
  if ([...answer.listed.map((l) => l.entry), ...answer.reachThrough].some((e) => e.sample)) blocks.push(t('directory-sample-note'));
  blocks.push(t('directory-footer'));
  return blocks.join('\n\n');
}

type T = (key: string, args?: Record<string, string | number>) => string;

function renderListed(t: T, lang: Lang, { entry, distanceKm }: ListedEntry): string {
  const lines = [t('directory-entry', { kind: kindLabel(t, entry.kind), name: entryName(lang, entry) })];
  lines.push(entry.address ? t('directory-entry-address', { address: entry.address }) : t('directory-entry-where', { where: where(lang, entry) }));
  if (entry.phone) lines.push(t('directory-entry-phone', { phone: entry.phone }));
  if (entry.hours) lines.push(t('directory-entry-hours', { hours: entry.hours }));
  if (distanceKm !== undefined) lines.push(t('directory-entry-distance', { km: roundKm(distanceKm) }));
  return lines.join('\n');
}

function renderPrivate(t: T, lang: Lang, entry: DirectoryEntry): string {
  return t('directory-entry-private', { kind: kindLabel(t, entry.kind), name: entryName(lang, entry), where: where(lang, entry), via: via(t, entry) });
}

/** How to reach a hidden entry: its contactVia, or the commune People's Committee by default. */
function via(t: T, entry: DirectoryEntry): string {
  const contact = entry.contactVia?.trim() || 'commune_committee';
  const hotline = /^hotline:(.+)$/.exec(contact);
  if (hotline) return t('directory-via-hotline', { number: formatNumber(hotline[1]!.trim()) });
  if (contact === 'womens_union' || contact === 'commune_committee') {
    const key = contact === 'womens_union' ? 'directory-via-womens-union' : 'directory-via-commune-committee';
    return entry.commune ? t(key, { commune: entry.commune }) : t(`${key}-generic`);
  }
  return contact;
}

function kindLabel(t: T, kind: string): string {
  const key = `directory-kind-${kind.replace(/_/g, '-')}`;
  const label = t(key);
  return label === key ? t('directory-kind-other') : label;
}

function entryName(lang: Lang, e: DirectoryEntry): string {
  return lang === 'en' && e.nameEn ? e.nameEn : e.name;
}

function where(lang: Lang, e: DirectoryEntry): string {
  return [e.commune, provinceLabel(lang, e.province)].filter(Boolean).join(', ');
}

function provinceLabel(lang: Lang, code: string): string {
  const p = provinceByCode(code);
  if (!p) return code;
  return lang === 'en' ? p.nameEn : p.name;
}

function placeName(lang: Lang, place: Place | undefined): string {
  if (!place) return '';
  if (place.by === 'commune') return place.province ? `${place.commune}, ${provinceLabel(lang, place.province.code)}` : place.commune;
  if (place.by === 'province') return provinceLabel(lang, place.province.code);
  return place.province ? provinceLabel(lang, place.province.code) : '';
}

/** Tells a person who typed a pre-2025 province name what it is called now. */
function former(t: T, lang: Lang, place: Place | undefined): string[] {
  if (!place || place.by === 'location' || !place.formerName || !place.province) return [];
  return [t('directory-former-name', { former: place.formerName, current: provinceLabel(lang, place.province.code) })];
}

/** 0.43 → 0.4, 3.46 → 3.5, 12.6 → 13: enough to choose, no false precision. */
function roundKm(km: number): number {
  return km < 10 ? Math.round(km * 10) / 10 : Math.round(km);
}
