// Zalo Bot long polling: one update per getUpdates, 408 means nothing new, and a conflict (a webhook still set) is
// logged and retried with back-off — the channel never stops.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotTestApp, until, type BotTestApp } from './support/bot-test-app.js';

let z: BotTestApp;
beforeAll(async () => { z = await startBotTestApp({ mode: 'polling' }); });
afterAll(async () => { await z?.close(); });

describe('Zalo Bot polling', () => {
  it('answers messages taken with getUpdates, through empty polls (408)', async () => {
    await new Promise((r) => setTimeout(r, 800)); // at least one empty long poll
    const an = z.person('p0000000000000000001');
    const welcome = await an.says('xin chào');
    expect(welcome.text).toContain(z.i18n.t('vi', 'menu-report'));
    const next = await an.chooses('menu-report');
    expect(next.text).not.toContain(z.i18n.t('vi', 'reprompt-unknown'));
  });

  it('keeps polling after conflicts (400 while a webhook is set)', async () => {
    z.stub.conflictNext(2);
    const calls = z.stub.getUpdatesCalls;
    await until(() => z.stub.getUpdatesCalls >= calls + 3, 15_000);
    const binh = z.person('p0000000000000000002');
    expect((await binh.says('xin chào')).text).toContain(z.i18n.t('vi', 'menu-report'));
  }, 30_000);
});
