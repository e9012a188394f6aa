// A location shared over the OA (coordinates as strings inside the attachment) finds the nearest directory entries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOaTestApp, type OaTestApp } from './support/oa-test-app.js';

let z: OaTestApp;
beforeAll(async () => { z = await startOaTestApp(); });
afterAll(async () => { await z?.close(); });

describe('Zalo OA: a shared location', () => {
  it('asks for the location the Zalo way, then lists the nearest places of support', async () => {
    const an = z.person('9200000000000000001');
    await an.says('xin chào');
    const ask = await an.chooses('find-help', 'menu-find-help');
    // No location button on Zalo: the message says how to share it by hand.
    expect(ask.text).toContain(z.i18n.t('vi', 'zalo-share-location'));
    const near = await an.sendsLocation('10.776913', '106.700987');
    expect(near.text).toContain('Nơi hỗ trợ gần vị trí bạn gửi');
    expect(near.text).toContain('[Mẫu] Trung tâm công tác xã hội Phường Sài Gòn');
    // The coordinates were used, not stored.
    const { tablesContaining } = await import('../../support/scan-tables.js');
    expect(await tablesContaining(z.t.app.database.db, '106.700987')).toEqual([]);
  });
});
