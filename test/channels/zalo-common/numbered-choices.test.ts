import { describe, expect, it } from 'vitest';
import { typedUniversalChoice, withNumberedChoices } from '../../../src/channels/zalo-common/numbered-choices.js';
import { textContent } from '../../../src/channels/zalo-common/text-content.js';
import { loadConfig, textGlobals } from '../../../src/config.js';
import { loadTranslator } from '../../../src/core/i18n.js';
import { EXIT_CHOICE, SOS_CHOICE } from '../../../src/core/render.js';

const i18n = loadTranslator(textGlobals(loadConfig({})));

describe('choices on a screen without buttons', () => {
  it('lists the numbered choices, then how to reach the two universal options', () => {
    const text = withNumberedChoices('Bạn cần gì?', [
      { id: 'a', label: '1. Một' }, { id: 'b', label: '2. Hai' }, { id: SOS_CHOICE, label: 'SOS' }, { id: EXIT_CHOICE, label: 'Exit' },
    ], i18n);
    expect(text).toBe(['Bạn cần gì?', '', '1. Một', '2. Hai', '', i18n.t('vi', 'zalo-typed-sos'), i18n.t('vi', 'zalo-typed-exit')].join('\n'));
  });

  it('turns the typed universal answers into the same choices a button sends, and leaves other text alone', () => {
    expect(typedUniversalChoice(' 0 ')).toBe(SOS_CHOICE);
    expect(typedUniversalChoice('Thoát')).toBe(EXIT_CHOICE);
    expect(typedUniversalChoice('thoat')).toBe(EXIT_CHOICE);
    expect(typedUniversalChoice('10')).toBeNull();
    expect(textContent('0')).toEqual({ kind: 'choice', id: SOS_CHOICE });
    expect(textContent('/khancap')).toEqual({ kind: 'command', command: 'khancap', args: undefined });
    expect(textContent('2')).toEqual({ kind: 'text', text: '2' });
  });
});
