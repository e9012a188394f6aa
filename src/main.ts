// Entry point: reads the configuration, builds the app with every module, opens the port, handles signals.
import pino from 'pino';
import { ConfigError, loadConfig } from './config.js';
import { createApp } from './app.js';
import { createLogger, errorFields } from './logger.js';
import { productionModules } from './modules.js';
import { heldOutput } from './held-output.js';
import { startLine } from './start-line.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78); // EX_CONFIG
  }
  throw error;
}

// One stream for the JSON logs and the start line. The logs of the start are held until the port is open, so the
// human line comes first and the JSON logs follow it.
const stdout = pino.destination({ dest: 1, sync: false });
const output = heldOutput(stdout);
const log = createLogger(config.LOG_LEVEL, output);
let app: Awaited<ReturnType<typeof createApp>>;
let address: string;
try {
  app = await createApp(config, { log, modules: productionModules() });
  address = await app.start();
} catch (error) {
  output.release();
  throw error;
}
output.release(startLine(address, app.database.kind, config));
log.info({ url: address, database: app.database.kind }, `Tin Cậy is listening on ${address}`);

let signalled = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (signalled) return;
    signalled = true;
    log.info({ signal }, 'shutting down');
    app.stop().then(() => process.exit(0), (err) => {
      log.error({ err: errorFields(err) }, 'shutdown failed');
      process.exit(1);
    });
  });
}
