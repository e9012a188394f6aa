// The repositories, one per aggregate. They are the only code that talks to the Prisma client; everything else
// asks them. `transaction` hands a callback the same repositories bound to one transaction.
import type { Db } from '../database.js';
import type { Client } from './client.js';
import { accountRepository } from './account-repository.js';
import { auditRepository } from './audit-repository.js';
import { campaignLineRepository } from './campaign-line-repository.js';
import { caseLogRepository } from './case-log-repository.js';
import { caseRepository } from './case-repository.js';
import { consoleMessageRepository } from './console-message-repository.js';
import { conversationRepository } from './conversation-repository.js';
import { counsellorRepository } from './counsellor-repository.js';
import { directoryRepository } from './directory-repository.js';
import { outboxRepository } from './outbox-repository.js';
import { retentionRepository } from './retention-repository.js';
import { zaloTokenRepository } from './zalo-token-repository.js';

export interface Repositories {
  conversations: ReturnType<typeof conversationRepository>;
  cases: ReturnType<typeof caseRepository>;
  outbox: ReturnType<typeof outboxRepository>;
  directory: ReturnType<typeof directoryRepository>;
  counsellors: ReturnType<typeof counsellorRepository>;
  zaloTokens: ReturnType<typeof zaloTokenRepository>;
  accounts: ReturnType<typeof accountRepository>;
  audit: ReturnType<typeof auditRepository>;
  caseLog: ReturnType<typeof caseLogRepository>;
  consoleMessages: ReturnType<typeof consoleMessageRepository>;
  retention: ReturnType<typeof retentionRepository>;
  campaignLines: ReturnType<typeof campaignLineRepository>;
}

export interface Store extends Repositories {
  /** Runs `fn` in one transaction; it commits when `fn` resolves and rolls back when it throws. `opts` lengthens
   * the waits for a transaction that holds a lock across a network call (the Zalo token refresh). */
  transaction<T>(fn: (repos: Repositories) => Promise<T>, opts?: TransactionOptions): Promise<T>;
  /** Resolves when the database answers (health checks). */
  ping(): Promise<void>;
}

export function repositoriesOn(client: Client): Repositories {
  return {
    conversations: conversationRepository(client),
    cases: caseRepository(client),
    outbox: outboxRepository(client),
    directory: directoryRepository(client),
    counsellors: counsellorRepository(client),
    zaloTokens: zaloTokenRepository(client),
    accounts: accountRepository(client),
    audit: auditRepository(client),
    caseLog: caseLogRepository(client),
    consoleMessages: consoleMessageRepository(client),
    retention: retentionRepository(client),
    campaignLines: campaignLineRepository(client),
  };
}

export interface TransactionOptions { timeoutMs?: number; maxWaitMs?: number }

export function createStore(db: Db): Store {
  return {
    ...repositoriesOn(db),
    transaction: (fn, opts) => db.$transaction((tx) => fn(repositoriesOn(tx)),
      opts ? { ...(opts.timeoutMs ? { timeout: opts.timeoutMs } : {}), ...(opts.maxWaitMs ? { maxWait: opts.maxWaitMs } : {}) } : undefined),
    async ping() { await db.$queryRaw`SELECT 1`; },
  };
}

export type { Case } from './case-repository.js';
export type { DirectoryEntry, Hotline } from '../generated/client.js';
export type { CaseChange, DueTimer, NewCase, TimelineEntry } from './case-repository.js';
export type { ConversationChange, ConversationRow, RelayState } from './conversation-repository.js';
export type { EntryFilter, HotlineSeed, DirectoryEntrySeed } from './directory-repository.js';
export type { LeasedRow, OutboxRow, SentRow } from './outbox-repository.js';
export type { StoredZaloToken, ZaloTokenRepository } from './zalo-token-repository.js';
export { OPEN_STATUSES } from './case-repository.js';
export { asDirectory, type DirectoryRepository } from './directory-repository.js';
export type { Client } from './client.js';
export type { Account, Role } from './account-repository.js';
export type { AuditLog, AuditEntry, AuditFilter } from './audit-repository.js';
export type { CaseLogFilter, ReportRow } from './case-log-repository.js';
export type { ConsoleMessageRow } from './console-message-repository.js';
export type { ExpiredCase, IdleChat } from './retention-repository.js';
export type { CampaignLine, NewCampaignLine } from './campaign-line-repository.js';
