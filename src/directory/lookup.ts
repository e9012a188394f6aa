// Finding directory entries for a place: a province, a commune in it, or a shared location.
// Privacy rule (README): entries with showAddress = false are never given a distance nor ordered by one. In a
// location search they are chosen by province (the one asked for, or the one of the nearest entry) and listed
// apart, alphabetically, as places to "reach through" their contact.
import { asDirectory, type Client, type DirectoryEntry, type DirectoryRepository, type EntryFilter } from '../db/repositories/index.js';
import type { CommuneIndex } from './communes.js';
import { matchCommune } from './fold.js';
import { boundingBox, distanceKm, isLatLon, type LatLon } from './geo.js';
import { DIRECTORY_KINDS } from './kinds.js';
import { provinceByCode, provinceByCodeOrName, type Province } from './provinces.js';

export interface DirectoryQuery { province?: string; commune?: string; latitude?: number; longitude?: number; kinds?: string[] }

export interface LookupOptions {
  /** Whether sample entries may be shown (never in production). */
  includeSamples: boolean;
  communes?: CommuneIndex;
  /** Entries with a shown address, at most (default 5). */
  limit?: number;
  /** Entries reached through a contact, at most (default 3). */
  privateLimit?: number;
  /** A location search looks this far (default 100 km). */
  radiusKm?: number;
}

export interface ListedEntry { entry: DirectoryEntry; distanceKm?: number }

export type Place =
  | { by: 'location'; province?: Province }
  | { by: 'province'; province: Province; formerName?: string }
  | { by: 'commune'; province?: Province; formerName?: string; commune: string; known?: boolean };

export type DirectoryAnswer =
  | {
    found: true;
    place: Place;
    /** Entries whose address may be shown: nearest first (location) or a mix of kinds (province, commune). */
    listed: ListedEntry[];
    /** Entries whose address is not shown, never with a distance. */
    reachThrough: DirectoryEntry[];
    /** Nothing in the commune asked for: these are the province's entries. */
    widened: boolean;
  }
  | { found: false; place?: Place; reason: 'no-place' | 'unknown-province' | 'empty'; typed?: string };

export const DEFAULT_LIMIT = 5;
export const DEFAULT_PRIVATE_LIMIT = 3;
export const DEFAULT_RADIUS_KM = 100;

export async function findDirectory(source: DirectoryRepository | Client, query: DirectoryQuery, opts: LookupOptions): Promise<DirectoryAnswer> {
  const tx = asDirectory(source);
  const base: EntryFilter = { includeSamples: opts.includeSamples, kinds: query.kinds };
  const limits = { limit: opts.limit ?? DEFAULT_LIMIT, privateLimit: opts.privateLimit ?? DEFAULT_PRIVATE_LIMIT };
  const typedProvince = query.province?.trim();
  const resolved = typedProvince ? provinceByCodeOrName(typedProvince) : undefined;
  if (typedProvince && !resolved) return { found: false, reason: 'unknown-province', typed: typedProvince };

  if (isLatLon(query.latitude, query.longitude)) {
    const centre = { latitude: query.latitude!, longitude: query.longitude! };
    return near(tx, base, centre, resolved?.province, { ...limits, radiusKm: opts.radiusKm ?? DEFAULT_RADIUS_KM });
  }
  const commune = query.commune?.trim();
  if (resolved && commune) return inCommune(tx, base, resolved.province, resolved.formerName, commune, opts.communes, limits);
  if (resolved) {
    const place: Place = { by: 'province', province: resolved.province, formerName: resolved.formerName };
    const rows = await tx.entries({ ...base, province: resolved.province.code });
    return answer(place, rows, false, limits);
  }
  if (commune) {
    // No province: any province's commune of that name (the listing names the province of each).
    const rows = matchCommune(await tx.entries({ ...base, withCommune: true }), (e) => e.commune, commune);
    return answer({ by: 'commune', commune: shortText(commune) }, rows, false, limits);
  }
  return { found: false, reason: 'no-place' };
}

async function inCommune(tx: DirectoryRepository, base: EntryFilter, province: Province, formerName: string | undefined,
  typed: string, communes: CommuneIndex | undefined, limits: Limits): Promise<DirectoryAnswer> {
  const known = communes?.candidates(province.code, typed) ?? [];
  const rows = await tx.entries({ ...base, province: province.code });
  const inIt = matchCommune(rows, (e) => e.commune, typed);
  const names = new Set(inIt.map((e) => e.commune));
  const place: Place = {
    by: 'commune', province, formerName,
    // The official name when the typed one means exactly one commune, else what the person typed.
    commune: known.length === 1 ? known[0]!.fullName : names.size === 1 && !known.length ? [...names][0]! : shortText(typed),
    known: communes?.knowsProvince(province.code) ? known.length > 0 : undefined,
  };
  if (inIt.length) return answer(place, inIt, false, limits);
  return answer(place, rows, true, limits);
}

async function near(tx: DirectoryRepository, base: EntryFilter, centre: LatLon, asked: Province | undefined,
  limits: Limits & { radiusKm: number }): Promise<DirectoryAnswer> {
  const box = boundingBox(centre, limits.radiusKm);
  const rows = await tx.entries({ ...base, box });
  const measured = rows
    .map((entry) => ({ entry, distanceKm: distanceKm(centre, { latitude: entry.latitude!, longitude: entry.longitude! }) }))
    .filter((m) => m.distanceKm <= limits.radiusKm)
    .sort((a, b) => a.distanceKm - b.distanceKm);
  const listed = measured.filter((m) => m.entry.showAddress).slice(0, limits.limit);
  // The province whose private entries to offer: the one asked for, else the nearest entry's. Only the province
  // is learned from a position, so the list says nothing about how near any private entry is.
  const province = asked ?? (measured[0] ? provinceByCode(measured[0].entry.province) : undefined);
  const reachThrough = province
    ? byCommuneThenName(await tx.entries({ ...base, province: province.code, showAddress: false })).slice(0, limits.privateLimit)
    : [];
  const place: Place = { by: 'location', province };
  if (!listed.length && !reachThrough.length) return { found: false, place, reason: 'empty' };
  return { found: true, place, listed, reachThrough, widened: false };
}

interface Limits { limit: number; privateLimit: number }

function answer(place: Place, rows: DirectoryEntry[], widened: boolean, limits: Limits): DirectoryAnswer {
  if (!rows.length) return { found: false, place, reason: 'empty' };
  const listed = mixKinds(rows.filter((e) => e.showAddress), limits.limit).map((entry) => ({ entry }));
  const reachThrough = byCommuneThenName(rows.filter((e) => !e.showAddress)).slice(0, limits.privateLimit);
  return { found: true, place, listed, reachThrough, widened };
}

/** One of each kind in turn (trusted address, shelter, social work centre, …), so a short list shows the range. */
function mixKinds(rows: DirectoryEntry[], limit: number): DirectoryEntry[] {
  const rank = (kind: string) => {
    const i = (DIRECTORY_KINDS as readonly string[]).indexOf(kind);
    return i < 0 ? DIRECTORY_KINDS.length : i;
  };
  const groups = new Map<string, DirectoryEntry[]>();
  for (const e of byCommuneThenName(rows)) {
    const group = groups.get(e.kind) ?? [];
    group.push(e);
    groups.set(e.kind, group);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)).map(([, g]) => g);
  const out: DirectoryEntry[] = [];
  for (let round = 0; out.length < limit && ordered.some((g) => g.length > round); round++) {
    for (const g of ordered) if (g[round] && out.length < limit) out.push(g[round]!);
  }
  return out;
}

function byCommuneThenName(rows: DirectoryEntry[]): DirectoryEntry[] {
  return [...rows].sort((a, b) => (a.commune ?? '').localeCompare(b.commune ?? '', 'vi') || a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id));
}

function shortText(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
}
