// Typed Zalo text: commands go through the core's one parser (the same meaning as on every channel), the Zalo-only
// typed answers ("0", "thoát") become the universal choices, and anything else stays the person's text as typed.
import { describe, expect, it } from 'vitest';
import { textContent } from '../../../src/channels/zalo-common/text-content.js';
import { typedContent } from '../../../src/core/commands.js';
import { EXIT_CHOICE, SOS_CHOICE } from '../../../src/core/render.js';

describe('Zalo typed text', () => {
  it('reads commands exactly as the core parser does, around stray spaces too', () => {
    for (const text of ['/khancap', '/menu', '/LANG en', '/xoa\nngay', '/unknown']) expect(textContent(text)).toEqual(typedContent(text));
    expect(textContent('  /thoat ')).toEqual({ kind: 'command', command: 'thoat' });
  });

  it('turns the typed universal answers into the choices a button would send', () => {
    expect(textContent('0')).toEqual({ kind: 'choice', id: SOS_CHOICE });
    expect(textContent('Thoát!')).toEqual({ kind: 'choice', id: EXIT_CHOICE });
  });

  it('keeps other text as typed', () => {
    expect(textContent(' chồng tôi đánh tôi ')).toEqual({ kind: 'text', text: ' chồng tôi đánh tôi ' });
  });
});
