// The directory: hotlines, support services near a place, and the sources of the rights texts.
export { directoryModule } from './directory-module.js';
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
