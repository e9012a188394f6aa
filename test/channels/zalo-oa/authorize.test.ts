// `npm run zalo:authorize`: the PKCE grant and a pasted refresh token both end with the token pair stored sealed,
// and the channel then sends with it without another refresh.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizeWithCode, authorizeWithRefreshToken, codeFrom, permissionUrl, pkce } from '../../../src/channels/zalo-oa/authorize.js';
import { tokenRowId } from '../../../src/channels/zalo-oa/tokens.js';
import { createSealer } from '../../../src/privacy/sealer.js';
import { tablesContaining } from '../../support/scan-tables.js';
import { OA, startOaTestApp, type OaTestApp } from './support/oa-test-app.js';

let z: OaTestApp;
beforeAll(async () => { z = await startOaTestApp(); });
afterAll(async () => { await z?.close(); });

const app = () => ({ appId: OA.appId, appSecret: OA.appSecret, oauthRoot: z.stub.url });
const sealer = () => createSealer(Buffer.from(z.t.target.env.ENCRYPTION_KEY!, 'hex'));

describe('zalo:authorize', () => {
  it('completes the PKCE grant from a pasted callback URL and stores the pair sealed', async () => {
    const { verifier, challenge, state } = pkce();
    expect(verifier).toHaveLength(43);
    const res = await fetch(permissionUrl(app(), 'https://tincay.example.org/zalo/callback', challenge, state), { redirect: 'manual' });
    expect(res.status).toBe(302);
    const callback = res.headers.get('location')!;
    expect(() => codeFrom(callback, 'another-state')).toThrow();
    await authorizeWithCode(z.t.app.database.store, sealer(), app(), codeFrom(callback, state), verifier);
    expect(await z.t.app.database.db.zaloToken.count({ where: { id: tokenRowId(OA.appId) } })).toBe(1);
    expect(await tablesContaining(z.t.app.database.db, z.stub.currentRefreshToken)).toEqual([]);
    // The channel uses the stored pair: no refresh needed to answer.
    const refreshes = z.stub.refreshes;
    expect((await z.person('9300000000000000001').says('xin chào')).messages.length).toBeGreaterThan(0);
    expect(z.stub.refreshes).toBe(refreshes);
  });

  it('exchanges a pasted refresh token at once and stores the rotated one', async () => {
    await authorizeWithRefreshToken(z.t.app.database.store, sealer(), app(), z.stub.currentRefreshToken);
    const row = await z.t.app.database.db.zaloToken.findUniqueOrThrow({ where: { id: tokenRowId(OA.appId) } });
    expect(JSON.parse(sealer().open(row.sealed, `zalo-token:${tokenRowId(OA.appId)}`)).refreshToken).toBe(z.stub.currentRefreshToken);
    await expect(authorizeWithRefreshToken(z.t.app.database.store, sealer(), app(), 'rt-already-spent')).rejects.toThrow(/token request failed/);
  });
});
