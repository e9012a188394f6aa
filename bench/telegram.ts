// The Telegram webhook path under load, against a bare grammY webhook echo bot through the same Bot API stub in the
// same run. A message's latency runs from the person's update entering the stub to the bot's last answer reaching
// the stub (webhook POST → app → database → outbox → sendMessage), not to the webhook's HTTP answer. After the
// load, answers still arriving are the backlog.
// Usage: npm run bench:telegram -- [--db pglite|postgres] [--chats 1,50,200] [--seconds 6] [--env KEY=VALUE …]
// Targets (PostgreSQL): throughput ≥ 1/3 of the bare bot's, p99 ≤ 3× its p99; no backlog at 200 chats.
import { randomInt } from 'node:crypto';
import { resolve } from 'node:path';
import { startTelegramStub } from '../test/support/telegram-stub/index.js';
import { appSecrets, buildApp, extraEnv, startApp } from './support/app-process.js';
import { benchOptions } from './support/args.js';
import { startServer, type ServerProcess } from './support/child.js';
import { scratchDatabase } from './support/database.js';
import { runChats, type LoadResult } from './support/load.js';
import { cpuMs, rssMb } from './support/proc.js';
import { CHAT_SCRIPT, scriptText } from './support/script.js';
import { machineLoad, ms } from './support/stats.js';
import { TelegramChats } from './support/telegram-chats.js';

const { dbs, chats: levels, seconds } = benchOptions({ seconds: 6, chats: [1, 50, 200] });
const env = extraEnv(process.argv.slice(2));
const SECRET = 'bench_webhook_secret_0123456789';
const DRAIN_QUIET_MS = 1_500;
const DRAIN_MAX_MS = 20_000;
buildApp();

interface Measured extends LoadResult { cpuPerMessage: number; rss: number; backlog: number; lastBacklogMs: number }

async function measure(server: ServerProcess, chats: TelegramChats, level: number, offset: number): Promise<Measured> {
  const cpuBefore = cpuMs(server.pid);
  const result = await runChats({
    chats: level, seconds,
    send: (chat, i) => chats.send(offset + chat, scriptText(i), chats.expected(i, CHAT_SCRIPT.length)),
  });
  const cpuPerMessage = (cpuMs(server.pid) - cpuBefore) / Math.max(1, result.n);
  // Backlog: answers reaching the stub after the last chat finished; wait until none came for DRAIN_QUIET_MS.
  const ended = Date.now();
  let count = chats.sentAfter(ended);
  for (let waited = 0; waited < DRAIN_MAX_MS; waited += DRAIN_QUIET_MS) {
    await new Promise((r) => setTimeout(r, DRAIN_QUIET_MS));
    const now = chats.sentAfter(ended);
    if (now === count) break;
    count = now;
  }
  return { ...result, cpuPerMessage, rss: rssMb(server.pid), backlog: count, lastBacklogMs: count ? chats.lastSentAt() - ended : 0 };
}

const row = (r: Measured) =>
  `${r.perSecond.toFixed(0).padStart(6)} msg/s  p50 ${ms(r.p50).padStart(9)}  p99 ${ms(r.p99).padStart(9)}  CPU ${r.cpuPerMessage.toFixed(2)} ms/msg  RSS ${r.rss.toFixed(0)} MB  backlog ${r.backlog}${r.backlog ? ` (last ${r.lastBacklogMs} ms after)` : ''}${r.failed ? `  FAILED ${r.failed}` : ''}`;

for (const kind of dbs) {
  const appToken = `${randomInt(1e9, 2 ** 31)}:bench_telegram_app_token`;
  const bareToken = `${randomInt(1e9, 2 ** 31)}:bench_telegram_bare_token`;
  const stub = await startTelegramStub({ token: appToken, extraTokens: [bareToken] });
  const db = await scratchDatabase(kind);
  const app = await startApp({
    db, secrets: appSecrets(),
    env: { TELEGRAM_BOT_TOKEN: appToken, TELEGRAM_API_ROOT: stub.apiRoot, TELEGRAM_MODE: 'webhook', TELEGRAM_WEBHOOK_SECRET: SECRET, ...env },
  });
  const bare = await startServer({
    args: ['--import', 'tsx', resolve(import.meta.dirname, 'bare/telegram-echo.ts')],
    env: { ...process.env, BOT_TOKEN: bareToken, API_ROOT: stub.apiRoot, WEBHOOK_SECRET: SECRET }, ready: /listening on/,
  });
  const sides = { bare: new TelegramChats(stub, bareToken, 100_000_000), app: new TelegramChats(stub, appToken, 200_000_000) };
  try {
    await sides.app.setWebhook(`${app.url}/telegram/webhook`, SECRET);
    await sides.bare.setWebhook(`${bare.url}/telegram/webhook`, SECRET);
    // Answers per step (two loops: the first greeting differs from later ones), then a warm-up, neither counted.
    const twoLoops = [...CHAT_SCRIPT, ...CHAT_SCRIPT];
    for (const side of [sides.bare, sides.app]) {
      await side.calibrate(twoLoops, 0);
      await runChats({ chats: 10, seconds: 1.5, send: (chat, i) => side.send(1 + chat, scriptText(i), side.expected(i, CHAT_SCRIPT.length)) });
    }
    console.log(`\nTelegram webhook path · database ${kind} · ${seconds} s per level · ${machineLoad()}`);
    let offset = 100;
    for (const level of levels) {
      const b = await measure(bare, sides.bare, level, offset);
      const a = await measure(app, sides.app, level, offset);
      offset += level;
      console.log(`${String(level).padStart(3)} chats  bare ${row(b)}`);
      console.log(`${' '.repeat(10)} app  ${row(a)}`);
      console.log(`${' '.repeat(10)} app/bare: throughput ${(a.perSecond / b.perSecond).toFixed(3)} (target ≥ 0.333) · p99 ${(a.p99 / b.p99).toFixed(1)}× (target ≤ 3×)${a.failed ? ` — a lower bound: ${a.failed} answers failed and are not in it` : ''} · ${machineLoad()}`);
    }
  } finally {
    await Promise.all([app.stop(), bare.stop()]);
    await stub.close();
    await db.drop();
  }
}
