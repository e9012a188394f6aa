// OA tokens: an expired access token (-216) is refreshed once and the message delivered; the rotated refresh token
// is stored sealed before the new access token is used; two instances refreshing at the same moment refresh once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../src/db/database.js';
import { createSealer } from '../../../src/privacy/sealer.js';
import { tokenRowId, zaloTokens } from '../../../src/channels/zalo-oa/tokens.js';
import { tablesContaining } from '../../support/scan-tables.js';
import { OA, startOaTestApp, type OaTestApp } from './support/oa-test-app.js';

let z: OaTestApp;
beforeAll(async () => { z = await startOaTestApp(); });
afterAll(async () => { await z?.close(); });

const db = () => z.t.app.database.db;
const sealer = () => createSealer(Buffer.from(z.t.target.env.ENCRYPTION_KEY!, 'hex'));
const storedPair = async () => {
  const row = await db().zaloToken.findUniqueOrThrow({ where: { id: tokenRowId(OA.appId) } });
  return JSON.parse(sealer().open(row.sealed, `zalo-token:${tokenRowId(OA.appId)}`)) as { accessToken: string; refreshToken: string };
};

describe('Zalo OA tokens', () => {
  it('refreshes with the first refresh token, stores the rotated one sealed, and never in clear', async () => {
    const an = z.person('8000000000000000001');
    const welcome = await an.says('xin chào');
    expect(welcome.messages.length).toBeGreaterThan(0);
    expect(z.stub.refreshes).toBe(1);
    // The first token was spent; the database holds the one Zalo issued in exchange.
    expect((await storedPair()).refreshToken).toBe(z.stub.currentRefreshToken);
    expect(await tablesContaining(db(), z.stub.currentRefreshToken)).toEqual([]);
    expect(await tablesContaining(db(), (await storedPair()).accessToken)).toEqual([]);
  });

  it('refreshes an access token Zalo rejects (-216) once, and delivers the message', async () => {
    const binh = z.person('8000000000000000002');
    z.stub.expireAccessTokens();
    const refreshes = z.stub.refreshes;
    const before = (await storedPair()).refreshToken;
    const answer = await binh.says('xin chào');
    expect(answer.messages.length).toBeGreaterThan(0);
    expect(answer.text).toContain(z.i18n.t('vi', 'menu-report'));
    expect(z.stub.refreshes).toBe(refreshes + 1);
    const after = await storedPair();
    expect(after.refreshToken).not.toBe(before);
    expect(after.refreshToken).toBe(z.stub.currentRefreshToken);
  });

  it('refreshes once when two instances refresh at the same moment (the second uses the pair the first stored)', async () => {
    z.stub.expireAccessTokens();
    z.stub.refreshDelayMs = 300;
    // A second handle on the same database, as a second instance would have (its own connection pool on PostgreSQL).
    const other: Database | undefined = z.t.target.env.DATABASE_URL ? await openDatabase({ url: z.t.target.env.DATABASE_URL, dataDir: z.t.target.env.DATA_DIR! }) : undefined;
    try {
      const common = { sealer: sealer(), appId: OA.appId, appSecret: OA.appSecret, initialRefreshToken: OA.refreshToken, oauthRoot: z.stub.url };
      const one = zaloTokens({ ...common, store: z.t.app.database.store });
      const two = zaloTokens({ ...common, store: other?.store ?? z.t.app.database.store });
      const rejected = (await storedPair()).accessToken;
      const refreshes = z.stub.refreshes;
      const [a, b] = await Promise.all([one.refreshAfterRejection(rejected), two.refreshAfterRejection(rejected)]);
      expect(z.stub.refreshes).toBe(refreshes + 1);
      expect(a).toBe(b);
      expect((await storedPair()).refreshToken).toBe(z.stub.currentRefreshToken);
    } finally {
      z.stub.refreshDelayMs = 0;
      await other?.close();
    }
  });
});
