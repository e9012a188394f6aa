// What every keyboard the bot sends must satisfy, checked over the stub's call log.
import { expect } from 'vitest';
import type { InlineKeyboardButton } from 'grammy/types';
import type { StubCall } from '../../../support/telegram-stub/index.js';

/** Every sendMessage with buttons uses an inline keyboard whose buttons carry 1–64 bytes of callback data. */
export function expectValidKeyboards(calls: readonly StubCall[]): void {
  const sends = calls.filter((c) => c.method === 'sendMessage' && c.body.reply_markup !== undefined);
  for (const call of sends) {
    const markup = (typeof call.body.reply_markup === 'string' ? JSON.parse(call.body.reply_markup) : call.body.reply_markup) as {
      inline_keyboard?: InlineKeyboardButton[][]; keyboard?: { request_location?: boolean }[][]; remove_keyboard?: boolean;
    };
    if (markup.inline_keyboard) {
      expect(markup.inline_keyboard.every((row) => row.length > 0), 'no empty keyboard rows').toBe(true);
      for (const button of markup.inline_keyboard.flat()) {
        expect(button.text.trim(), 'button label').not.toBe('');
        expect('callback_data' in button, `button "${button.text}" has callback data`).toBe(true);
        const data = (button as { callback_data: string }).callback_data;
        expect(Buffer.byteLength(data), `callback data "${data}"`).toBeGreaterThan(0);
        expect(Buffer.byteLength(data), `callback data "${data}"`).toBeLessThanOrEqual(64);
      }
    } else if (markup.keyboard) {
      // The only reply keyboard the bot uses: one "share my location" button.
      expect(markup.keyboard.flat().every((b) => b.request_location === true)).toBe(true);
    } else {
      expect(markup).toEqual({ remove_keyboard: true });
    }
  }
  // …and Telegram accepted all of them (the stub answers BUTTON_DATA_INVALID like Telegram otherwise).
  expect(sends.filter((c) => !c.response.ok && /BUTTON|reply markup/i.test(c.response.description))).toEqual([]);
}
