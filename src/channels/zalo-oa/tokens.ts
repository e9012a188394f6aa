// The OA access token (~25 h) and its single-use refresh token (channel-apis notes A1.5). The pair lives sealed in
// the ZaloToken row (src/db/repositories/zalo-token-repository.ts). A refresh runs inside a transaction that holds
// the repository's refresh lock (a PostgreSQL advisory lock for this app), so two instances never spend the same
// refresh token: the second waits, then finds the pair the first stored. The new pair is committed before the new
// access token is used — if the commit failed, the token would not be used.
import axios, { type AxiosInstance } from 'axios';
import type { Store, ZaloTokenRepository } from '../../db/repositories/index.js';
import type { Sealer } from '../../privacy/sealer.js';

/** Refresh this long before the access token expires. */
export const REFRESH_MARGIN_MS = 10 * 60_000;
const DEFAULT_LIFETIME_S = 90_000;

export interface TokenPair { accessToken: string; refreshToken: string }

export interface ZaloTokenOptions {
  store: Store;
  sealer: Sealer;
  appId: string;
  appSecret: string;
  /** The first refresh token (ZALO_OA_REFRESH_TOKEN): used only while the database holds none. */
  initialRefreshToken: string;
  oauthRoot: string;
  now?: () => Date;
  http?: AxiosInstance;
}

export class ZaloTokenError extends Error {
  constructor(message: string, readonly code?: string | number) {
    super(message);
    this.name = 'ZaloTokenError';
  }
}

export const tokenRowId = (appId: string) => `oa:${appId}`;
const tokenContext = (id: string) => `zalo-token:${id}`;

/** Writes a pair (the authorize command, and every refresh); inside the caller's transaction when given one. */
export async function storeTokenPair(tokens: ZaloTokenRepository, sealer: Sealer, appId: string, pair: TokenPair & { accessExpiresAt: Date | null }): Promise<void> {
  const id = tokenRowId(appId);
  const sealed = sealer.seal(JSON.stringify({ accessToken: pair.accessToken, refreshToken: pair.refreshToken }), tokenContext(id));
  await tokens.store(id, { sealed, accessExpiresAt: pair.accessExpiresAt });
}

/** One POST to v4/oa/access_token (form-encoded, `secret_key` header); also used by the authorize command. */
export async function requestTokens(http: AxiosInstance, oauthRoot: string, appSecret: string, form: Record<string, string>): Promise<TokenPair & { expiresIn: number }> {
  const res = await http.post(`${oauthRoot.replace(/\/$/, '')}/v4/oa/access_token`, new URLSearchParams(form).toString(), {
    headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: appSecret },
    timeout: 15_000, validateStatus: () => true,
  });
  const body = (res.data ?? {}) as Record<string, unknown>;
  if (res.status >= 400 || typeof body.access_token !== 'string' || typeof body.refresh_token !== 'string') {
    // Never log the body: on success it is the token itself. The error code and status only.
    throw new ZaloTokenError(`token request failed (${res.status})`, (body.error as number | undefined) ?? res.status);
  }
  const expiresIn = Number(body.expires_in);
  return { accessToken: body.access_token, refreshToken: body.refresh_token, expiresIn: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : DEFAULT_LIFETIME_S };
}

export interface ZaloTokens {
  /** A valid access token: the cached one, or a fresh one when it is near expiry. */
  accessToken(): Promise<string>;
  /** After -216/-220: refresh unless another instance already replaced `rejected`. */
  refreshAfterRejection(rejected: string): Promise<string>;
}

export function zaloTokens(opts: ZaloTokenOptions): ZaloTokens {
  const now = opts.now ?? (() => new Date());
  const http = opts.http ?? axios.create();
  const id = tokenRowId(opts.appId);
  let cached: { accessToken: string; expiresAt: Date | null } | undefined;

  const fresh = (expiresAt: Date | null) => expiresAt !== null && expiresAt.getTime() - now().getTime() > REFRESH_MARGIN_MS;

  // `rejected`: an access token Zalo refused — a stored pair holding it must be refreshed even if not yet expired.
  const refresh = async (rejected?: string): Promise<string> => {
    const result = await opts.store.transaction(async (repos) => {
      await repos.zaloTokens.lockForRefresh(id);
      const row = await repos.zaloTokens.read(id);
      const stored: TokenPair | null = row ? (JSON.parse(opts.sealer.open(row.sealed, tokenContext(id))) as TokenPair) : null;
      // Another instance refreshed while we waited for the lock: use its pair.
      if (stored && row && fresh(row.accessExpiresAt) && stored.accessToken !== rejected) {
        return { accessToken: stored.accessToken, expiresAt: row.accessExpiresAt };
      }
      const refreshToken = stored?.refreshToken ?? opts.initialRefreshToken;
      const next = await requestTokens(http, opts.oauthRoot, opts.appSecret, { refresh_token: refreshToken, app_id: opts.appId, grant_type: 'refresh_token' });
      const expiresAt = new Date(now().getTime() + next.expiresIn * 1000);
      // The old refresh token is spent now: the new pair must be stored in this same transaction.
      await storeTokenPair(repos.zaloTokens, opts.sealer, opts.appId, { ...next, accessExpiresAt: expiresAt });
      return { accessToken: next.accessToken, expiresAt };
    }, { timeoutMs: 30_000, maxWaitMs: 30_000 });
    cached = result;
    return result.accessToken;
  };

  return {
    async accessToken() {
      if (cached && fresh(cached.expiresAt)) return cached.accessToken;
      const row = await opts.store.zaloTokens.read(id);
      if (row && fresh(row.accessExpiresAt)) {
        cached = { accessToken: (JSON.parse(opts.sealer.open(row.sealed, tokenContext(id))) as TokenPair).accessToken, expiresAt: row.accessExpiresAt };
        return cached.accessToken;
      }
      return refresh();
    },
    refreshAfterRejection(rejected) {
      cached = undefined;
      return refresh(rejected);
    },
  };
}
