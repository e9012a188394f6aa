// The campaign line reaches Telegram's welcome like every channel's: the core renders it under the welcome.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVERYONE } from '../../support/test-app.js';
import { startTelegramTestApp, type TelegramTestApp } from './support/telegram-test-app.js';

let t: TelegramTestApp;
beforeAll(async () => {
  t = await startTelegramTestApp({ people: EVERYONE, campaign: () => ({ kind: 'custom', vi: 'Tuần lễ 8/3: bạn không một mình', en: 'Women’s Day week' }) });
});
afterAll(async () => { await t?.close(); });

describe('Telegram: the campaign line', () => {
  it('shows the line under the welcome on /start, above the question and the menu', async () => {
    const lan = t.person({ id: 700_100_001, languageCode: 'vi' });
    const answer = await lan.command('/start');
    expect(answer.text).toMatch(/bất cứ lúc nào\.\n📣 Tuần lễ 8\/3: bạn không một mình\nBạn cần gì\?/);
    expect(answer.choices).toEqual(expect.arrayContaining(['report', '_sos', '_exit']));
  });
});
