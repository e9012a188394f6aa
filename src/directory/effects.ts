// The flow effects this module performs: `show.hotlines` and `show.directory`.
import type { EffectHandlers } from '../core/effects.js';
import type { CommuneIndex } from './communes.js';
import { listHotlines, renderHotlines } from './hotlines.js';
import { findDirectory, type LookupOptions } from './lookup.js';
import { renderDirectory } from './render-directory.js';

export interface DirectoryEffectDeps {
  includeSamples: boolean;
  communes: CommuneIndex;
  limits?: Pick<LookupOptions, 'limit' | 'privateLimit' | 'radiusKm'>;
}

export function createDirectoryEffects(deps: DirectoryEffectDeps): EffectHandlers {
  return {
    async 'show.hotlines'(ctx, e) {
      const rows = await listHotlines(ctx.repos.directory, e.emergencyOnly);
      ctx.out.push({ text: renderHotlines(ctx.i18n, ctx.lang, rows, { emergencyOnly: e.emergencyOnly }) });
    },
    async 'show.directory'(ctx, e) {
      const answer = await findDirectory(ctx.repos.directory, e, { includeSamples: deps.includeSamples, communes: deps.communes, ...deps.limits });
      // No entry for the place: say so honestly and give every hotline.
      const hotlines = answer.found ? [] : await listHotlines(ctx.repos.directory);
      ctx.out.push({ text: renderDirectory(ctx.i18n, ctx.lang, answer, hotlines) });
    },
  };
}
