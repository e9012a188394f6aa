// Assembles the application from its parts, in an order you can read. main.ts is the only caller that passes
// real process-wide things (signals, stdout); tests call createApp directly with their own config.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { flows as defaultFlows, DEFAULT_FLOW_ID, type FlowRegistry } from '../flows/registry.js';
import { textGlobals, type Config } from './config.js';
import { createCore, type Core } from './core/engine.js';
import { createDelivery, type Delivery, type OutboxSender } from './core/delivery.js';
import type { EffectHandlers } from './core/effects.js';
import { loadTranslator, type Translator } from './core/i18n.js';
import { openDatabase, type Database } from './db/database.js';
import { createHttpServer } from './http/server.js';
import { registerWebChat } from './channels/web/web-chat.js';
import { createLogger, type Logger, errorFields } from './logger.js';
import { createPseudonymiser, type Pseudonymise } from './privacy/pseudonym.js';
import { createSealer, type Sealer } from './privacy/sealer.js';
import { loadKeys } from './privacy/keys.js';
import { peopleFromConfig } from './handoff/people.js';
import type { People } from '../flows/contract.js';

/** What a feature module (a channel, the hand-off, the directory) adds to the app. */
export interface AppModule {
  name: string;
  effects?: EffectHandlers;
  senders?: Record<string, OutboxSender>;
  routes?(http: FastifyInstance): void;
  start?(): Promise<void>;
  stop?(): Promise<void>;
}

/** Everything a module may need; modules are created after the core exists. */
export interface AppContext {
  config: Config;
  log: Logger;
  database: Database;
  core: Core;
  i18n: Translator;
  sealer: Sealer;
  pseudonymise: Pseudonymise;
  kickDelivery(): void;
}

export type ModuleFactory = (ctx: AppContext) => AppModule | Promise<AppModule>;

export interface AppOptions {
  log?: Logger;
  flows?: FlowRegistry;
  /** Effect handlers known before the modules are built (cases, directory). */
  modules?: ModuleFactory[];
  /** Who exists, instead of the configuration's answer (tests of a world with counsellors but no Telegram). */
  people?: (at: Date) => People;
  /** Sees every SQL statement (benchmarks). */
  onQuery?: (sql: string) => void;
}

export interface App {
  http: FastifyInstance;
  core: Core;
  database: Database;
  delivery: Delivery;
  log: Logger;
  /** Opens the port and starts the channels and workers. */
  start(): Promise<string>;
  stop(): Promise<void>;
}

const PAGE = readFileSync(new URL('./channels/web/page.html', import.meta.url), 'utf8');

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = options.log ?? createLogger(config.LOG_LEVEL);
  const keys = await loadKeys(config);
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR, onQuery: options.onQuery });
  try {
    const applied = await database.migrate();
    if (applied.length) log.info({ applied }, 'database migrated');
  } catch (error) {
    await database.close();
    throw error;
  }
  const i18n = loadTranslator(textGlobals(config));
  const people = options.people ?? peopleFromConfig(config);
  const sealer = createSealer(keys.encryptionKey);
  const effects: EffectHandlers = {};
  let delivery: Delivery | undefined;
  const pseudonymise = createPseudonymiser(keys.pseudonymSecret);
  const core = createCore({
    db: database.db, flows: options.flows ?? defaultFlows, defaultFlowId: DEFAULT_FLOW_ID, i18n,
    pseudonymise, sealer, effects, flowInput: (at) => ({ people: people(at) }),
    onOutbox: () => delivery?.kick(),
  });
  const ctx: AppContext = { config, log, database, core, i18n, sealer, pseudonymise, kickDelivery: () => delivery?.kick() };
  const modules: AppModule[] = [];
  for (const factory of options.modules ?? []) modules.push(await factory(ctx));
  // Effects are looked up at run time, so modules can contribute them after the core exists.
  for (const m of modules) Object.assign(effects, m.effects);

  delivery = createDelivery({
    db: database.db, sealer, log: log.child({ part: 'delivery' }), pollMs: config.OUTBOX_POLL_MS, leaseSeconds: config.OUTBOX_LEASE_SECONDS,
    senders: Object.assign({}, ...modules.map((m) => m.senders ?? {})),
  });

  const http = createHttpServer(log);
  http.get('/', async (_req, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(PAGE));
  http.get('/healthz', async (_req, reply) => {
    try {
      await database.db.$queryRaw`SELECT 1`;
      return { status: 'ok', database: database.kind };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: database.kind });
    }
  });
  registerWebChat(http, { core, db: database.db });
  for (const m of modules) m.routes?.(http);

  let stopping: Promise<void> | undefined;
  return {
    http, core, database, delivery, log,
    async start() {
      const address = await http.listen({ port: config.PORT, host: config.HOST });
      for (const m of modules) await m.start?.();
      delivery!.start();
      return address;
    },
    stop() {
      // Stop taking messages, finish those in flight, then close the database.
      stopping ??= (async () => {
        await http.close();
        for (const m of [...modules].reverse()) await m.stop?.().catch((err) => log.error({ module: m.name, err: errorFields(err) }, 'module stop failed'));
        await core.drain();
        await delivery!.stop();
        await database.close();
      })();
      return stopping;
    },
  };
}
