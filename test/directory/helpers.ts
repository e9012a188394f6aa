// Shared helpers for the directory tests: run the module's effect handlers against the real database.
import { loadConfig, textGlobals } from '../../src/config.js';
import type { Lang } from '../../flows/contract.js';
import type { EffectContext } from '../../src/core/effects.js';
import { loadTranslator } from '../../src/core/i18n.js';
import type { Tx } from '../../src/db/database.js';
import { repositoriesOn } from '../../src/db/repositories/index.js';

export const i18n = loadTranslator(textGlobals(loadConfig({})));

export function effectContext(tx: Tx, lang: Lang): EffectContext {
  return {
    repos: repositoriesOn(tx), i18n, channel: 'web', chatKey: 'test-chat', conversationId: 'test-conversation', at: new Date(), lang,
    out: [], extraOutbox: [],
    // The directory handlers never read the conversation flags; a cast keeps this helper independent of them.
    conversation: { relayAllowed: false, delete: false } as EffectContext['conversation'],
  };
}

/** Keys that leaked into a text because no translation was found. */
export function rawKeys(text: string): string[] {
  return text.match(/\b(directory|hotlines?|rights)-[a-z0-9-]+\b/g) ?? [];
}
