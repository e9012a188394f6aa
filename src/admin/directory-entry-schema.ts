// One directory entry as a form or a CSV row gives it, checked with zod. The same schema validates the add/edit
// form and every row of an import, so a row is accepted exactly when the form would accept it.
import { z } from 'zod';
import { DIRECTORY_KINDS } from '../directory/kinds.js';
import { listProvinces } from '../../flows/text/index.js';

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v);
const optText = (max: number) => z.preprocess(blank, z.string().max(max).optional());
const optNumber = (min: number, max: number, what: string) => z.preprocess(blank, z.coerce.number({ message: `${what} must be a number` }).min(min, `${what} must be ≥ ${min}`).max(max, `${what} must be ≤ ${max}`).optional());
const PROVINCE_CODES = new Set(listProvinces().map((p) => p.code));

export const ENTRY_COLUMNS = ['name', 'kind', 'province', 'commune', 'address', 'showAddress', 'phone', 'hours', 'services', 'latitude', 'longitude', 'source', 'verifiedAt'] as const;

export const entrySchema = z.object({
  name: z.preprocess(blank, z.string({ message: 'name is required' }).min(2, 'name is too short').max(200)),
  kind: z.preprocess(blank, z.enum(DIRECTORY_KINDS, { message: `kind must be one of ${DIRECTORY_KINDS.join(', ')}` })),
  province: z.preprocess(blank, z.string({ message: 'province is required' }).refine((c) => PROVINCE_CODES.has(c), 'province must be a province code (01, 79, …)')),
  commune: optText(120),
  address: optText(300),
  showAddress: z.preprocess(blank, z.enum(['yes', 'no', 'true', 'false', '1', '0', 'on'], { message: 'showAddress must be yes or no' }).optional())
    .transform((v) => v === undefined || ['yes', 'true', '1', 'on'].includes(v)),
  phone: z.preprocess(blank, z.string().regex(/^[0-9+ .()-]{3,20}$/, 'phone must be 3–20 digits, spaces, + . ( ) -').optional()),
  hours: optText(120),
  services: optText(300),
  latitude: optNumber(8, 24, 'latitude'),
  longitude: optNumber(102, 118, 'longitude'),
  source: optText(300),
  verifiedAt: z.preprocess(blank, z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'verifiedAt must be YYYY-MM-DD').optional()).transform((v) => (v ? new Date(`${v}T00:00:00Z`) : undefined)),
}).refine((e) => (e.latitude === undefined) === (e.longitude === undefined), { message: 'latitude and longitude go together', path: ['latitude'] });

export type EntryInput = z.output<typeof entrySchema>;

export const toEntryData = (e: EntryInput) => ({
  name: e.name, kind: e.kind, province: e.province, commune: e.commune ?? null, address: e.address ?? null, showAddress: e.showAddress,
  phone: e.phone ?? null, hours: e.hours ?? null, services: e.services ?? null, latitude: e.latitude ?? null, longitude: e.longitude ?? null,
  source: e.source ?? null, verifiedAt: e.verifiedAt ?? null,
});

export const describeIssues = (issues: z.core.$ZodIssue[]) => issues.map((i) => (i.message.startsWith(String(i.path[0] ?? '')) ? i.message : `${i.path.join('.')}: ${i.message}`)).join('; ');
