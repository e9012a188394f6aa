// The directory module: hotlines and support services as data. At start it inserts the missing seed hotlines
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
  if (!communes.size) log.info('no commune list imported (src/directory/import-communes-cli.ts): typed communes are matched against directory entries only');
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
