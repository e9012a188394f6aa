// Assembles the application from its parts, in an order you can read: database, core, modules (src/modules.ts
// lists a real run's), HTTP, delivery. main.ts is the only caller that passes real process-wide things (signals,
// stdout); tests call createApp directly with their own config and modules.
import type { FastifyInstance } from 'fastify';
import { flows as defaultFlows, DEFAULT_FLOW_ID, type FlowRegistry } from '../flows/registry.js';
import { textGlobals, type Config } from './config.js';
import { createCore, type Core } from './core/engine.js';
import { createDelivery, type Delivery, type OutboxSender } from './core/delivery.js';
import type { EffectHandlers } from './core/effects.js';
import { loadTranslator, type Translator } from './core/i18n.js';
import { openDatabase, type Database } from './db/database.js';
import { registerHealth } from './http/health.js';
import { createHttpServer } from './http/server.js';
import { createLogger, type Logger, errorFields } from './logger.js';
import { createPseudonymiser, type Pseudonymise } from './privacy/pseudonym.js';
import { createSealer, type Sealer } from './privacy/sealer.js';
import { loadKeys } from './privacy/keys.js';
import { peopleFromConfig } from './handoff/people.js';
import type { Campaign, People } from '../flows/contract.js';
import { campaignLines, type CampaignLines } from './campaign/campaign-lines.js';

/**
 * What a feature module (a channel, the hand-off, the directory, the cases) adds to the app. The contract every
 * module folder's `module.ts` fulfils; see src/README.md.
 */
export interface AppModule {
  name: string;
  /** Handlers of the flow effects this module performs (looked up by effect type when a flow asks for one). */
  effects?: EffectHandlers;
  /** Outbox senders by channel (or by outbox kind's channel, e.g. 'staff'): how a stored message leaves. */
  senders?: Record<string, OutboxSender>;
  /** HTTP routes, mounted after the health check and before the port opens. */
  routes?(http: FastifyInstance): void;
  /** Called in install order once the port is open; stop in reverse order before the database closes. */
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
  /** The line the welcome shows at a moment, and reading the stored lines again (after the dashboard changed them). */
  campaigns: Pick<CampaignLines, 'at' | 'refresh'>;
  kickDelivery(): void;
}

export type ModuleFactory = (ctx: AppContext) => AppModule | Promise<AppModule>;

/** Builds several modules in install order, handing one module's parts to another as plain arguments. */
export type ModuleAssembly = (ctx: AppContext) => Promise<AppModule[]>;

export interface AppOptions {
  log?: Logger;
  flows?: FlowRegistry;
  /** Independent module factories (tests pick a few), or an assembly (src/modules.ts: a real run's). Default: none. */
  modules?: ModuleFactory[] | ModuleAssembly;
  /** Who exists, instead of the configuration's answer (tests of a world with counsellors but no Telegram). */
  people?: (at: Date) => People;
  /** Which line the welcome shows at a moment, instead of `stored` at that moment (tests fix it or the moment). */
  campaign?: (at: Date, stored: (at: Date) => Campaign | null) => Campaign | null;
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

async function buildModules(ctx: AppContext, modules: AppOptions['modules'] = []): Promise<AppModule[]> {
  if (!Array.isArray(modules)) return modules(ctx);
  const built: AppModule[] = [];
  for (const factory of modules) built.push(await factory(ctx));
  return built;
}

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
  // Admin-set lines are read again every minute on every instance, and at once where they were changed.
  const campaigns = campaignLines({ store: database.store, log: log.child({ part: 'campaign' }), refreshMs: 60_000 });
  await campaigns.refresh();
  const campaign = options.campaign ? (at: Date) => options.campaign!(at, campaigns.at) : campaigns.at;
  const people = options.people ?? peopleFromConfig(config);
  const sealer = createSealer(keys.encryptionKey);
  const effects: EffectHandlers = {};
  let delivery: Delivery | undefined;
  const pseudonymise = createPseudonymiser(keys.pseudonymSecret);
  const core = createCore({
    store: database.store, flows: options.flows ?? defaultFlows, defaultFlowId: DEFAULT_FLOW_ID, i18n,
    pseudonymise, sealer, effects, flowInput: (at) => ({ people: people(at), campaign: campaign(at) }),
    onOutbox: () => delivery?.kick(),
  });
  const ctx: AppContext = { config, log, database, core, i18n, sealer, pseudonymise, campaigns: { at: campaign, refresh: campaigns.refresh }, kickDelivery: () => delivery?.kick() };
  const modules = await buildModules(ctx, options.modules);
  // Effects are looked up at run time, so modules can contribute them after the core exists.
  for (const m of modules) Object.assign(effects, m.effects);

  delivery = createDelivery({
    store: database.store, sealer, log: log.child({ part: 'delivery' }), pollMs: config.OUTBOX_POLL_MS, leaseSeconds: config.OUTBOX_LEASE_SECONDS,
    senders: Object.assign({}, ...modules.map((m) => m.senders ?? {})),
  });

  const http = createHttpServer(log, { i18n, trustProxy: config.TRUST_PROXY });
  registerHealth(http, { database: database.kind, ping: () => database.store.ping() });
  for (const m of modules) m.routes?.(http);

  let stopping: Promise<void> | undefined;
  return {
    http, core, database, delivery, log,
    async start() {
      const address = await http.listen({ port: config.PORT, host: config.HOST });
      for (const m of modules) await m.start?.();
      delivery!.start();
      campaigns.start();
      return address;
    },
    stop() {
      // Stop taking messages, finish those in flight, then close the database.
      stopping ??= (async () => {
        await http.close();
        campaigns.stop();
        for (const m of [...modules].reverse()) await m.stop?.().catch((err) => log.error({ module: m.name, err: errorFields(err) }, 'module stop failed'));
        await core.drain();
        await delivery!.stop();
        await database.close();
      })();
      return stopping;
    },
  };
}
