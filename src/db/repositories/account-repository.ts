// Dashboard accounts and their sessions. A session row is keyed by the SHA-256 of the cookie's random token, so a
// leaked database does not hand out live sessions.
import type { Account } from '../generated/client.js';
import type { Client } from './client.js';

export type { Account };
export type Role = 'admin' | 'counsellor';

export function accountRepository(client: Client) {
  return {
    byEmail: (email: string): Promise<Account | null> => client.account.findUnique({ where: { email: email.toLowerCase() } }),
    byId: (id: string): Promise<Account | null> => client.account.findUnique({ where: { id } }),
    list: (): Promise<Account[]> => client.account.findMany({ orderBy: { createdAt: 'asc' } }),
    count: (): Promise<number> => client.account.count(),

    create(data: { email: string; role: Role; alias: string; passwordHash: string }): Promise<Account> {
      return client.account.create({ data: { ...data, email: data.email.toLowerCase() } });
    },
    async setPassword(id: string, passwordHash: string): Promise<void> {
      await client.account.update({ where: { id }, data: { passwordHash } });
    },
    /** Disabling an account also ends its sessions. */
    async setActive(id: string, active: boolean): Promise<void> {
      await client.account.update({ where: { id }, data: { active } });
      if (!active) await client.adminSession.deleteMany({ where: { accountId: id } });
    },

    async openSession(tokenHash: string, accountId: string, lang: string, at: Date): Promise<void> {
      await client.adminSession.create({ data: { tokenHash, accountId, lang, createdAt: at, lastSeenAt: at } });
      await client.account.update({ where: { id: accountId }, data: { lastLoginAt: at } });
    },
    /** The session and its account, if the session was seen after `idleSince`; touches it. Expired: deleted. */
    async touchSession(tokenHash: string, idleSince: Date, at: Date): Promise<{ account: Account; lang: string } | null> {
      const row = await client.adminSession.findUnique({ where: { tokenHash }, include: { account: true } });
      if (!row) return null;
      if (row.lastSeenAt < idleSince || !row.account.active) {
        await client.adminSession.deleteMany({ where: { tokenHash } });
        return null;
      }
      await client.adminSession.update({ where: { tokenHash }, data: { lastSeenAt: at } });
      return { account: row.account, lang: row.lang };
    },
    async setSessionLang(tokenHash: string, lang: string): Promise<void> {
      await client.adminSession.updateMany({ where: { tokenHash }, data: { lang } });
    },
    /** Ends every session of the account but `keepTokenHash` (after a password change); how many ended. */
    async closeOtherSessions(accountId: string, keepTokenHash: string): Promise<number> {
      return (await client.adminSession.deleteMany({ where: { accountId, tokenHash: { not: keepTokenHash } } })).count;
    },
    async closeSession(tokenHash: string): Promise<void> {
      await client.adminSession.deleteMany({ where: { tokenHash } });
    },
  };
}

export type AccountRepository = ReturnType<typeof accountRepository>;
