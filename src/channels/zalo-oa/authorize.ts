// The first grant of the OA token pair (channel-apis notes A1.5): either the PKCE flow — the admin opens the
// permission URL, approves, and pastes the callback URL (or its `code`) — or a refresh token pasted from the Zalo
// developer console. Either way the pair is exchanged at once and stored sealed, exactly like a refresh.
import { createHash, randomBytes } from 'node:crypto';
import axios from 'axios';
import type { Store } from '../../db/repositories/index.js';
import type { Sealer } from '../../privacy/sealer.js';
import { requestTokens, storeTokenPair } from './tokens.js';

export interface OaApp { appId: string; appSecret: string; oauthRoot: string }

export function pkce(): { verifier: string; challenge: string; state: string } {
  const verifier = randomBytes(32).toString('base64url'); // 43 characters
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url'), state: randomBytes(12).toString('base64url') };
}

export function permissionUrl(app: OaApp, redirectUri: string, challenge: string, state: string): string {
  const url = new URL('/v4/oa/permission', app.oauthRoot);
  url.search = new URLSearchParams({ app_id: app.appId, redirect_uri: redirectUri, code_challenge: challenge, state }).toString();
  return url.toString();
}

/** The `code` from a pasted callback URL (checking its `state`), or the pasted code itself. */
export function codeFrom(pasted: string, state: string): string {
  const text = pasted.trim();
  if (!/^https?:\/\//.test(text)) return text;
  const params = new URL(text).searchParams;
  if (params.get('state') !== null && params.get('state') !== state) throw new Error('the state in the callback URL does not match: start again');
  const code = params.get('code');
  if (!code) throw new Error('the callback URL has no code');
  return code;
}

async function exchange(store: Store, sealer: Sealer, app: OaApp, form: Record<string, string>): Promise<Date> {
  const pair = await requestTokens(axios.create(), app.oauthRoot, app.appSecret, { app_id: app.appId, ...form });
  const accessExpiresAt = new Date(Date.now() + pair.expiresIn * 1000);
  await storeTokenPair(store.zaloTokens, sealer, app.appId, { ...pair, accessExpiresAt });
  return accessExpiresAt;
}

export const authorizeWithCode = (store: Store, sealer: Sealer, app: OaApp, code: string, verifier: string) =>
  exchange(store, sealer, app, { code, grant_type: 'authorization_code', code_verifier: verifier });

export const authorizeWithRefreshToken = (store: Store, sealer: Sealer, app: OaApp, refreshToken: string) =>
  exchange(store, sealer, app, { refresh_token: refreshToken, grant_type: 'refresh_token' });
