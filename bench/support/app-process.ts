// The compiled app (`node dist/src/main.js`) as a child process, built first when a source changed.
// Every variable of the bench's own environment reaches the app, and `--env KEY=VALUE` adds more, so settings
// not known to the benches (rate limits, for instance) can be set for a run without changing them.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { startServer, type ServerProcess } from './child.js';
import type { ScratchDatabase } from './database.js';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = resolve(ROOT, 'dist/src/main.js');

export function buildApp(): void {
  execFileSync(process.execPath, [resolve(ROOT, 'scripts/build.mjs'), '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
}

/** `--env KEY=VALUE` arguments, in order. */
export function extraEnv(argv: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  argv.forEach((a, i) => {
    const pair = a === '--env' ? argv[i + 1] : a.startsWith('--env=') ? a.slice(6) : undefined;
    if (pair?.includes('=')) env[pair.slice(0, pair.indexOf('='))] = pair.slice(pair.indexOf('=') + 1);
  });
  return env;
}

/** Secrets fixed per database, so a second start on the same database can read what the first one wrote. */
export function appSecrets(): Record<string, string> {
  return { PSEUDONYM_SECRET: randomBytes(32).toString('hex'), ENCRYPTION_KEY: randomBytes(32).toString('hex') };
}

export interface AppStart {
  db: ScratchDatabase;
  secrets: Record<string, string>;
  env?: Record<string, string>;
  logLevel?: string;
}

/** Starts the app on a free port; ready at the JSON log "Tin Cậy is listening on …" (LOG_LEVEL info) or, when
 * logs are quieter, at the start line. */
/** The load generator is one address speaking for many people, and one chat sending faster than a person: the rate
 * limits (src/channels/limits) would refuse it. A bench measures the message path, so they are lifted unless the
 * environment or `--env` sets them (`npm run bench:flood` measures the limits themselves). */
export const LIFTED_RATE_LIMITS = { RATE_LIMIT_PER_CHAT: '1000000', RATE_LIMIT_PER_ADDRESS: '1000000', RATE_LIMIT_PARALLEL_PER_ADDRESS: '100000' };

export function startApp(opts: AppStart): Promise<ServerProcess> {
  const logLevel = opts.logLevel ?? 'warn';
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  return startServer({
    args: [MAIN],
    env: {
      ...LIFTED_RATE_LIMITS, ...inherited, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: logLevel, DATA_DIR: opts.db.dataDir,
      ...(opts.db.url ? { DATABASE_URL: opts.db.url } : {}), ...opts.secrets, ...opts.env,
    },
    ready: logLevel === 'info' || logLevel === 'debug' || logLevel === 'trace' ? /is listening on/ : /Tin Cậy is up on/,
    timeoutMs: 60_000,
  });
}
