// The real app as its own process (src/main.ts), pointed at the Telegram stub and a test database, for the tests
// that SIGKILL it. The outbox lease is short so a replacement process takes over a killed one's rows quickly;
// production keeps the default (120 s).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { startTelegramStub, type TelegramStub } from '../../support/telegram-stub/index.js';
import { freshDatabase, type TestDbTarget } from '../../support/test-db.js';
import { GROUP_ID, LAN } from './handoff-harness.js';

export interface AppProcess {
  child: ChildProcess;
  exited: Promise<number | null>;
  /** Its HTTP server (the web chat API). */
  url: string;
}

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as AddressInfo;
    s.close(() => resolve(port));
  });
});

/** Starts the app with the counsellors' group and Lan on duty; resolves once it polls Telegram. Every child is
 * pushed to `children`, so the test can kill whatever is left. */
export async function startAppProcess(stub: TelegramStub, target: TestDbTarget, children: ChildProcess[]): Promise<AppProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      PATH: process.env.PATH, ...target.env, PORT: String(port), LOG_LEVEL: 'silent', OUTBOX_POLL_MS: '200',
      OUTBOX_LEASE_SECONDS: '5',
      TELEGRAM_BOT_TOKEN: stub.token, TELEGRAM_API_ROOT: stub.apiRoot,
      COUNSELLOR_CHAT_ID: String(GROUP_ID), COUNSELLOR_IDS: String(LAN.id), ON_DUTY_HOURS: '00:00-23:59',
    },
    stdio: 'ignore',
  });
  children.push(child);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Ready when it polls Telegram: its getMe is answered (the stub records a call once answered, so a long poll
  // shows only when it ends, up to 30 s later), then its getUpdates is waiting in the stub.
  await stub.waitFor('getMe', 90_000, { since: stub.calls.length });
  while (!stub.isPolling()) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode} before polling Telegram`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { child, exited, url: `http://127.0.0.1:${port}` };
}

/** The world of a crash test: one Telegram stub that outlives the app processes, one database, and every process
 * started (killed at the end). Call at the top of a test file. */
export function crashWorld(): { stub: TelegramStub; target: TestDbTarget; children: ChildProcess[] } {
  const world = { children: [] as ChildProcess[] } as { stub: TelegramStub; target: TestDbTarget; children: ChildProcess[] };
  beforeAll(async () => {
    world.stub = await startTelegramStub();
    world.target = await freshDatabase();
  });
  afterAll(async () => {
    for (const c of world.children) c.kill('SIGKILL');
    await world.stub?.close();
    await world.target?.dispose();
  });
  return world;
}
