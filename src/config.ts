// The one place that reads process.env: a zod schema parsed once at start-up. A wrong value stops start-up
// with a message naming the variable (see ConfigError).
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const hex32 = z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (32 bytes)');
const idList = z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^-?\d+$/, 'must be a comma-separated list of numeric Telegram ids')));
const minutes = z.coerce.number().positive().max(24 * 60);

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL').optional(),
  PSEUDONYM_SECRET: hex32.optional(),
  ENCRYPTION_KEY: hex32.optional(),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** An anonymous conversation (no case) idle this long is deleted; a web message not fetched this long too. */
  SESSION_IDLE_DAYS: z.coerce.number().int().min(1).max(3650).default(7),
  LOAD_SAMPLE_DIRECTORY: bool.optional(),
  TELEGRAM_BOT_TOKEN: z.string().regex(/^\d+:[A-Za-z0-9_-]+$/, 'must look like 123456:ABC-…').optional(),
  TELEGRAM_API_ROOT: z.string().url().default('https://api.telegram.org'),
  TELEGRAM_MODE: z.enum(['polling', 'webhook']).default('polling'),
  TELEGRAM_WEBHOOK_URL: z.string().url().optional(),
  TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16–256 of A-Z a-z 0-9 _ -').optional(),
  COUNSELLOR_CHAT_ID: z.string().regex(/^-\d+$/, 'must be a negative Telegram group id').optional(),
  COUNSELLOR_IDS: idList.default([]),
  URGENT_CLAIM_SLA_MINUTES: minutes.default(5),
  NORMAL_CLAIM_SLA_MINUTES: minutes.default(30),
  SELFHARM_CLAIM_SLA_MINUTES: minutes.default(5),
  ONGOING_CLAIM_SLA_MINUTES: minutes.default(15),
  ON_DUTY_HOURS: z.string().regex(/^([0-7](-[0-7])?(,[0-7](-[0-7])?)*\s)?\d{2}:\d{2}-\d{2}:\d{2}$/,
    'must look like "07:30-21:30" or "1-5 08:00-17:00" (days 1=Mon … 7=Sun)').default('07:00-22:00'),
  CALLBACK_SERVICE: bool.default(false),
  PRIMARY_HOTLINE: z.string().regex(/^\d{3,15}$/, 'must be the digits of a phone number, e.g. 18008080').default('18008080'),
  PRIMARY_HOTLINE_SCOPE: z.string().trim().min(2).max(120).optional(),
  /** Dashboard sessions end after this many minutes without a request. */
  ADMIN_IDLE_MINUTES: minutes.default(30),
  /** The dashboard's counsellor console is a desk (beside the Telegram group when that is set too). */
  DASHBOARD_CONSOLE: bool.default(false),
  // Rate limits, checked before any database work (README "Rate limits"). Generous: a person in distress types fast.
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  /** Messages one web session, Telegram chat or Zalo user may send per window. */
  RATE_LIMIT_PER_CHAT: z.coerce.number().int().min(1).max(1_000_000).default(20),
  /** Web chat requests (messages and update polls, all sessions together) one client address may make per window. */
  RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(120),
  /** Web chat requests one client address may have in flight at once. */
  RATE_LIMIT_PARALLEL_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(8),
  /** Behind a reverse proxy: the proxies' addresses/CIDRs (or loopback, linklocal, uniquelocal), comma-separated;
   * a request from one of them is the client named in its X-Forwarded-For. Unset: the connecting address is the client. */
  TRUST_PROXY: z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^([0-9a-fA-F.:]+(\/\d{1,3})?|loopback|linklocal|uniquelocal)$/, 'must be comma-separated proxy addresses or CIDRs (or loopback, linklocal, uniquelocal)')).min(1))
    .optional(),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(5).max(3600).default(120),
  // Zalo Official Account (Open API v3): on when the first four are set (see README "Zalo").
  ZALO_OA_APP_ID: z.string().regex(/^\d+$/, 'must be the numeric App ID').optional(),
  ZALO_OA_APP_SECRET: z.string().min(8, 'must be the app\'s secret key (OAuth secret_key)').optional(),
  ZALO_OA_SECRET_KEY: z.string().min(8, 'must be the OA secret key shown in the webhook settings').optional(),
  ZALO_OA_REFRESH_TOKEN: z.string().min(8, 'must be a refresh token from the Zalo developer console or `npm run zalo:authorize`').optional(),
  ZALO_OA_API_ROOT: z.string().url().default('https://openapi.zalo.me'),
  ZALO_OAUTH_ROOT: z.string().url().default('https://oauth.zaloapp.com'),
  // Zalo Bot Platform.
  ZALO_BOT_TOKEN: z.string().regex(/^[^:\s]+:\S+$/, 'must look like <bot_id>:<secret>').optional(),
  ZALO_BOT_API_ROOT: z.string().url().default('https://bot-api.zaloplatforms.com'),
  ZALO_BOT_MODE: z.enum(['polling', 'webhook']).default('polling'),
  ZALO_BOT_WEBHOOK_SECRET: z.string().min(8, 'must be 8–256 characters').max(256, 'must be 8–256 characters').optional(),
  ZALO_BOT_WEBHOOK_URL: z.string().url().regex(/^https:\/\//, 'must be an https:// URL').optional(),
}).superRefine((c, ctx) => {
  const needsSecrets = c.DATABASE_URL !== undefined || c.NODE_ENV === 'production';
  for (const key of ['PSEUDONYM_SECRET', 'ENCRYPTION_KEY'] as const) {
    if (needsSecrets && !c[key]) {
      ctx.addIssue({ code: 'custom', path: [key], message: 'is required when DATABASE_URL is set or NODE_ENV=production (instances sharing a database must share it)' });
    }
  }
  if (c.PRIMARY_HOTLINE !== '18008080' && !c.PRIMARY_HOTLINE_SCOPE) {
    ctx.addIssue({ code: 'custom', path: ['PRIMARY_HOTLINE_SCOPE'], message: 'is required when PRIMARY_HOTLINE is set: say who answers it and for which area' });
  }
  if (c.TELEGRAM_MODE === 'webhook' && c.TELEGRAM_BOT_TOKEN) {
    if (!c.TELEGRAM_WEBHOOK_SECRET) ctx.addIssue({ code: 'custom', path: ['TELEGRAM_WEBHOOK_SECRET'], message: 'is required when TELEGRAM_MODE=webhook' });
  }
  // The OA channel needs all four of its secrets: a partial set names each missing one.
  const oa = ['ZALO_OA_APP_ID', 'ZALO_OA_APP_SECRET', 'ZALO_OA_SECRET_KEY', 'ZALO_OA_REFRESH_TOKEN'] as const;
  if (oa.some((k) => c[k])) {
    for (const key of oa) if (!c[key]) ctx.addIssue({ code: 'custom', path: [key], message: `is required when any of ${oa.join(', ')} is set` });
  }
  if (c.ZALO_BOT_TOKEN && c.ZALO_BOT_MODE === 'webhook' && !c.ZALO_BOT_WEBHOOK_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['ZALO_BOT_WEBHOOK_SECRET'], message: 'is required when ZALO_BOT_MODE=webhook' });
  }
});

export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly variables: string[], message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Parses an environment (process.env by default). Empty strings count as unset, as in most .env tooling. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = configSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(environment)'} ${i.message}`);
  const vars = [...new Set(result.error.issues.map((i) => String(i.path[0] ?? '')))];
  return fail(vars, `Invalid configuration:\n${lines.join('\n')}\nSee .env.example for every variable and its meaning.`);
}

function fail(vars: string[], message: string): never {
  throw new ConfigError(vars, message);
}

/** Arguments every text may use: the retention period and the primary counselling line with its scope. */
export function textGlobals(config: Config): Record<string, string | number> {
  return { retentionDays: config.RETENTION_DAYS, primaryLine: config.PRIMARY_HOTLINE, primaryLineScope: config.PRIMARY_HOTLINE_SCOPE ?? 'default' };
}
