// Seeding at start: insert the rows that are missing, never touch a row that exists (an admin may have corrected
// it). Safe to run on every start and from several instances at once (INSERT … ON CONFLICT DO NOTHING).
import type { Config } from '../config.js';
import { asDirectory, type Client, type DirectoryRepository } from '../db/repositories/index.js';
import { HOTLINE_SEED } from './hotline-seed.js';
import { SAMPLE_ENTRIES } from './sample-entries.js';

/** Inserts the seed hotlines whose number is absent; returns how many were inserted. */
export async function seedHotlines(source: DirectoryRepository | Client): Promise<number> {
  return asDirectory(source).seedHotlines(HOTLINE_SEED);
}

/** Inserts the sample entries whose id is absent; returns how many were inserted. */
export async function seedSampleDirectory(source: DirectoryRepository | Client): Promise<number> {
  return asDirectory(source).seedEntries(SAMPLE_ENTRIES);
}

/**
 * Sample entries are for development and demos. In production they are never loaded nor shown, whatever
 * LOAD_SAMPLE_DIRECTORY says (issue 3: "sample entries never load when NODE_ENV=production"); elsewhere
 * LOAD_SAMPLE_DIRECTORY decides when set, and they load by default.
 */
export function sampleDirectoryEnabled(config: Pick<Config, 'NODE_ENV' | 'LOAD_SAMPLE_DIRECTORY'>): boolean {
  if (config.NODE_ENV === 'production') return false;
  return config.LOAD_SAMPLE_DIRECTORY ?? true;
}
