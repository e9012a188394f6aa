// The Zalo OA token pair, sealed, one row per OA app. The refresh lock lives here too: a PostgreSQL advisory lock
// held until the caller's transaction ends, so two instances never spend the same single-use refresh token.
import type { Client } from './client.js';

export interface StoredZaloToken { sealed: string; accessExpiresAt: Date | null }

export function zaloTokenRepository(client: Client) {
  return {
    async read(id: string): Promise<StoredZaloToken | null> {
      const row = await client.zaloToken.findUnique({ where: { id } });
      return row ? { sealed: row.sealed, accessExpiresAt: row.accessExpiresAt } : null;
    },

    async store(id: string, token: StoredZaloToken): Promise<void> {
      await client.zaloToken.upsert({ where: { id }, create: { id, ...token }, update: token });
    },

    /** Waits for, then holds until the transaction ends, the refresh lock of this token row. Only meaningful
     * inside `Store.transaction`: outside one, the lock would be released at once. */
    async lockForRefresh(id: string): Promise<void> {
      await client.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${'zalo-oa-token:' + id}))`;
    },
  };
}

export type ZaloTokenRepository = ReturnType<typeof zaloTokenRepository>;
