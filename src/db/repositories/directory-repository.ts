// Hotlines and directory entries. Seeding inserts only what is missing (an admin's correction survives).
import type { DirectoryEntry, Hotline, Prisma } from '../generated/client.js';
import type { Client } from './client.js';

export type HotlineSeed = Prisma.HotlineCreateManyInput;
export type DirectoryEntrySeed = Prisma.DirectoryEntryCreateManyInput;

/** Which entries to read; every field narrows. */
export interface EntryFilter {
  includeSamples: boolean;
  kinds?: string[];
  province?: string;
  withCommune?: boolean;
  showAddress?: boolean;
  box?: { minLat: number; maxLat: number; minLon: number; maxLon: number };
}

export function directoryRepository(client: Client) {
  return {
    /** All hotlines, or the short list for a person in danger, in `sort` order. */
    hotlines(emergencyOnly = false): Promise<Hotline[]> {
      return client.hotline.findMany({ where: { active: true, ...(emergencyOnly ? { emergency: true } : {}) }, orderBy: [{ sort: 'asc' }, { number: 'asc' }] });
    },

    entries(f: EntryFilter): Promise<DirectoryEntry[]> {
      return client.directoryEntry.findMany({
        where: {
          active: true,
          ...(f.includeSamples ? {} : { sample: false }),
          ...(f.kinds?.length ? { kind: { in: f.kinds } } : {}),
          ...(f.province ? { province: f.province } : {}),
          ...(f.withCommune ? { commune: { not: null } } : {}),
          ...(f.showAddress !== undefined ? { showAddress: f.showAddress } : {}),
          ...(f.box ? { latitude: { gte: f.box.minLat, lte: f.box.maxLat }, longitude: { gte: f.box.minLon, lte: f.box.maxLon } } : {}),
        },
      });
    },

    // ---- the dashboard's management (every entry and hotline, active or not) ----
    allEntries: (): Promise<DirectoryEntry[]> => client.directoryEntry.findMany({ orderBy: [{ active: 'desc' }, { province: 'asc' }, { name: 'asc' }] }),
    entryById: (id: string): Promise<DirectoryEntry | null> => client.directoryEntry.findUnique({ where: { id } }),
    createEntry: (data: Prisma.DirectoryEntryCreateInput): Promise<DirectoryEntry> => client.directoryEntry.create({ data }),
    /** Creates many entries at once (a confirmed import): all or none. */
    async createEntries(rows: Prisma.DirectoryEntryCreateManyInput[]): Promise<number> {
      return (await client.directoryEntry.createMany({ data: rows })).count;
    },
    updateEntry: (id: string, data: Prisma.DirectoryEntryUpdateInput): Promise<DirectoryEntry> => client.directoryEntry.update({ where: { id }, data }),
    allHotlines: (): Promise<Hotline[]> => client.hotline.findMany({ orderBy: [{ active: 'desc' }, { sort: 'asc' }, { number: 'asc' }] }),
    hotlineByNumber: (number: string): Promise<Hotline | null> => client.hotline.findUnique({ where: { number } }),
    createHotline: (data: Prisma.HotlineCreateInput): Promise<Hotline> => client.hotline.create({ data }),
    updateHotline: (number: string, data: Prisma.HotlineUpdateInput): Promise<Hotline> => client.hotline.update({ where: { number }, data }),

    async seedHotlines(rows: readonly HotlineSeed[]): Promise<number> {
      return (await client.hotline.createMany({ data: [...rows], skipDuplicates: true })).count;
    },

    async seedEntries(rows: readonly DirectoryEntrySeed[]): Promise<number> {
      return (await client.directoryEntry.createMany({ data: [...rows], skipDuplicates: true })).count;
    },
  };
}

export type DirectoryRepository = ReturnType<typeof directoryRepository>;

/** A directory repository, or one made on a bare client (tests and scripts that hold only the client). */
export function asDirectory(source: DirectoryRepository | Client): DirectoryRepository {
  return 'entries' in source && typeof source.entries === 'function' ? source : directoryRepository(source as Client);
}
