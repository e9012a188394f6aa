// The audit log: append and read, nothing else (no update, no delete: the dashboard cannot change history).
import type { AuditLog } from '../generated/client.js';
import type { Client } from './client.js';
import { toJson } from './json.js';

export type { AuditLog };

export interface AuditEntry {
  accountId: string | null;
  /** The account's email, or what was typed at a failed login. */
  actor: string;
  action: string;
  target?: string | null;
  addressHash?: string | null;
  detail?: Record<string, unknown>;
  at: Date;
}

export interface AuditFilter { action?: string; actor?: string; from?: Date; to?: Date; page: number; pageSize: number }

export function auditRepository(client: Client) {
  return {
    async write(e: AuditEntry): Promise<void> {
      await client.auditLog.create({ data: { accountId: e.accountId, actor: e.actor, action: e.action, target: e.target ?? null, addressHash: e.addressHash ?? null, detail: toJson(e.detail ?? {}), at: e.at } });
    },
    /** Failed logins since `since`, for an actor or an address (the per-account lockout counts these). */
    failedLogins(since: Date, by: { actor?: string; addressHash?: string }): Promise<number> {
      return client.auditLog.count({ where: { action: 'login.failed', at: { gte: since }, ...(by.actor ? { actor: by.actor } : {}), ...(by.addressHash ? { addressHash: by.addressHash } : {}) } });
    },
    async list(f: AuditFilter): Promise<{ rows: AuditLog[]; total: number }> {
      const where = {
        ...(f.action ? { action: { startsWith: f.action } } : {}),
        ...(f.actor ? { actor: { contains: f.actor.toLowerCase() } } : {}),
        ...(f.from || f.to ? { at: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } } : {}),
      };
      const [rows, total] = await Promise.all([
        client.auditLog.findMany({ where, orderBy: { id: 'desc' }, skip: (f.page - 1) * f.pageSize, take: f.pageSize }),
        client.auditLog.count({ where }),
      ]);
      return { rows, total };
    },
  };
}

export type AuditRepository = ReturnType<typeof auditRepository>;
