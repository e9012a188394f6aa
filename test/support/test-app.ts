// Boots the real app (real database, real HTTP on loopback) for integration tests.
import type { People } from '../../flows/contract.js';
import type { FlowRegistry } from '../../flows/registry.js';
import { createApp, type App, type AppOptions, type ModuleFactory } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { webChatModule } from '../../src/channels/web/module.js';
import { productionModules } from '../../src/modules.js';
import { freshDatabase, type TestDbTarget } from './test-db.js';

export interface TestApp {
  app: App;
  url: string;
  target: TestDbTarget;
  /** POST /api/chat and return the parsed JSON (and status). */
  chat(body: Record<string, unknown>): Promise<{ status: number; body: any }>;
  /** Stops this app and boots a new one on the same database (a restart). */
  restart(): Promise<TestApp>;
  close(): Promise<void>;
}

/** A world with counsellors on duty and a call-back service, for tests of those paths without a counsellors' group. */
export const EVERYONE: People = { counsellors: true, onDuty: true, callback: true };

export interface TestAppOptions {
  env?: Record<string, string>;
  flows?: FlowRegistry;
  /** Default: the production modules (cases, directory, web chat, Telegram when a token is given, hand-off). Given
   * modules come after the web chat, which is always installed: it is how these tests talk to the app. */
  modules?: ModuleFactory[];
  target?: TestDbTarget;
  /** Who exists, instead of what the configuration says (a world with counsellors and no Telegram). */
  people?: People;
  /** Which line the welcome shows (src/app.ts AppOptions.campaign). Default: none, so no test depends on today's
   * date (the Action Month); campaign tests pass the stored lines read at a fixed moment. */
  campaign?: AppOptions['campaign'];
  /** Dispose the database on close (default: only when this call created it). */
  ownsTarget?: boolean;
  /** The app's logger (default: silent). */
  log?: Logger;
}

/** Tests drive conversations faster than anyone types, all from 127.0.0.1: the rate limits are lifted unless a test
 * sets them (the rate-limit tests do). */
export const LIFTED_RATE_LIMITS = { RATE_LIMIT_PER_CHAT: '1000000', RATE_LIMIT_PER_ADDRESS: '1000000', RATE_LIMIT_PARALLEL_PER_ADDRESS: '100000' };

export async function startTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const target = opts.target ?? (await freshDatabase());
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', OUTBOX_POLL_MS: '50', ...LIFTED_RATE_LIMITS, ...target.env, ...opts.env });
  const app = await createApp(config, { log: opts.log ?? createLogger('silent'), flows: opts.flows, modules: opts.modules ? [webChatModule, ...opts.modules] : productionModules(), people: opts.people && (() => opts.people!), campaign: opts.campaign ?? (() => null) });
  const url = await app.start();
  const self: TestApp = {
    app, url, target,
    async chat(body) {
      const res = await fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: res.status, body: await res.json() };
    },
    async restart() {
      await app.stop();
      return startTestApp({ ...opts, target, ownsTarget: opts.ownsTarget ?? !opts.target });
    },
    async close() {
      await app.stop();
      if (opts.ownsTarget ?? !opts.target) await target.dispose();
    },
  };
  return self;
}
