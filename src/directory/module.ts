// The directory module: hotlines and support services as data, and the sources of the rights texts. At start it inserts the missing seed hotlines
// (and, outside production, the sample entries); it performs the `show.hotlines` and `show.directory` effects.
import type { AppContext, AppModule } from '../app.js';
import { communesPath, loadCommuneIndex } from './communes.js';
import { createDirectoryEffects } from './effects.js';
import { sampleDirectoryEnabled, seedHotlines, seedSampleDirectory } from './seed.js';

export async function directoryModule(ctx: AppContext): Promise<AppModule> {
  const includeSamples = sampleDirectoryEnabled(ctx.config);
  const log = ctx.log.child({ part: 'directory' });
  if (ctx.config.NODE_ENV === 'production' && ctx.config.LOAD_SAMPLE_DIRECTORY) {
    log.warn('LOAD_SAMPLE_DIRECTORY is ignored in production: sample entries are never loaded nor shown there');
  }
  const communes = await loadCommuneIndex(communesPath(ctx.config.DATA_DIR));
  if (!communes.size) log.info('the commune list is empty: typed communes are matched against directory entries only');
  return {
    name: 'directory',
    effects: createDirectoryEffects({ includeSamples, communes }),
    async start() {
      const hotlines = await seedHotlines(ctx.database.store.directory);
      const samples = includeSamples ? await seedSampleDirectory(ctx.database.store.directory) : 0;
      if (hotlines || samples) log.info({ hotlines, samples }, 'directory seeded');
    },
  };
}

// The directory's parts other folders and tests may use (its table of contents).
export { createDirectoryEffects, type DirectoryEffectDeps } from './effects.js';
export { findDirectory, type DirectoryAnswer, type DirectoryQuery, type ListedEntry, type LookupOptions, type Place } from './lookup.js';
export { listHotlines, renderHotlines, renderHotline, formatNumber } from './hotlines.js';
export { renderDirectory } from './render-directory.js';
export { seedHotlines, seedSampleDirectory, sampleDirectoryEnabled } from './seed.js';
export { HOTLINE_SEED } from './hotline-seed.js';
export { SAMPLE_ENTRIES } from './sample-entries.js';
export { provinceByCodeOrName, provinceByCode, type Province, type ResolvedProvince } from './provinces.js';
export { fold, foldCommune, communeKey, matchCommune } from './fold.js';
export { distanceKm } from './geo.js';
export { DIRECTORY_KINDS, type DirectoryKind, type ContactVia } from './kinds.js';
export { createCommuneIndex, loadCommuneIndex, importCommunes, parseAdminUnits, communesPath, type CommuneIndex, type Commune } from './communes.js';
export { RIGHTS_TOPIC_IDS, rightsSources, type RightsSource } from './rights.js';
