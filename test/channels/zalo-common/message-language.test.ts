// The texts the Zalo channels add of their own (how to delete the chat after a quick exit, how to type the
// universal choices, how to share a location) follow the person's language, carried on the outbound message.
import { describe, expect, it } from 'vitest';
import { botText } from '../../../src/channels/zalo-bot/outbound.js';
import { layout } from '../../../src/channels/zalo-oa/outbound.js';
import { loadConfig, textGlobals } from '../../../src/config.js';
import { loadTranslator } from '../../../src/core/i18n.js';
import { renderPrompt } from '../../../src/core/render.js';

const i18n = loadTranslator(textGlobals(loadConfig({})));

describe("the Zalo channels' own texts", () => {
  it('tell a person who chose English how to delete the Zalo chat after a quick exit, in English', () => {
    const cleared = { text: '', clearChat: true, lang: 'en' as const };
    expect(layout(cleared, i18n).text).toContain(i18n.t('en', 'zalo-quick-exit'));
    expect(botText(cleared, i18n)).toContain(i18n.t('en', 'zalo-quick-exit'));
    expect(i18n.t('en', 'zalo-quick-exit')).not.toBe(i18n.t('vi', 'zalo-quick-exit'));
  });

  it('write the typed universal choices and the location hint in the language the screen was rendered in', () => {
    const english = renderPrompt(i18n, 'en', { key: 'menu-prompt', choices: [{ id: 'a', key: 'menu-prompt' }], askLocation: true });
    expect(botText(english, i18n)).toContain(i18n.t('en', 'zalo-typed-sos'));
    expect(layout(english, i18n).text).toContain(i18n.t('en', 'zalo-share-location'));
    const vietnamese = renderPrompt(i18n, 'vi', { key: 'menu-prompt', choices: [{ id: 'a', key: 'menu-prompt' }] });
    expect(botText(vietnamese, i18n)).toContain(i18n.t('vi', 'zalo-typed-sos'));
  });

  it('fall back to Vietnamese for a message that carries no language (rows written before it was recorded)', () => {
    expect(botText({ text: '', clearChat: true }, i18n)).toContain(i18n.t('vi', 'zalo-quick-exit'));
  });
});
