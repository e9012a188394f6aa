// The web chat path under load, against a bare fastify echo of the same path in the same run: messages per second,
// p50/p99 latency, the ratios app/bare, CPU ms per message and RSS of each server process.
// Usage: npm run bench:web -- [--db pglite|postgres] [--chats 1,50,200] [--seconds 6] [--env KEY=VALUE …]
// Both databases when --db is absent. Targets (PostgreSQL): throughput ≥ 1/3 of the bare echo's, p99 ≤ 3× its p99.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { appSecrets, buildApp, extraEnv, startApp } from './support/app-process.js';
import { benchOptions } from './support/args.js';
import { startServer, type ServerProcess } from './support/child.js';
import { scratchDatabase } from './support/database.js';
import { postJson } from './support/http.js';
import { runChats, type LoadResult } from './support/load.js';
import { cpuMs, rssMb } from './support/proc.js';
import { scriptText } from './support/script.js';
import { machineLoad, ms } from './support/stats.js';

const { dbs, chats: levels, seconds } = benchOptions({ seconds: 6, chats: [1, 50, 200] });
const env = extraEnv(process.argv.slice(2));
const run = randomBytes(4).toString('hex');
buildApp();

/** One load level on one server: the load's figures plus the server's CPU per answered message and RSS after. */
async function measure(server: ServerProcess, label: string, chats: number): Promise<LoadResult & { cpuPerMessage: number; rss: number }> {
  const session = (chat: number) => `bench-${label}-${run}-${chats}-${chat}`;
  const send = async (chat: number, i: number) => {
    const { status, json } = await postJson(`${server.url}/api/chat`, { sessionId: session(chat), text: scriptText(i) });
    const replies = (json as { replies?: { text: string }[] } | undefined)?.replies;
    if (status !== 200 || !replies?.length) throw new Error(`status ${status}`);
  };
  const cpuBefore = cpuMs(server.pid);
  const result = await runChats({ chats, seconds, send });
  const cpuPerMessage = (cpuMs(server.pid) - cpuBefore) / Math.max(1, result.n);
  return { ...result, cpuPerMessage, rss: rssMb(server.pid) };
}

const row = (r: LoadResult & { cpuPerMessage: number; rss: number }) =>
  `${r.perSecond.toFixed(0).padStart(6)} msg/s  p50 ${ms(r.p50).padStart(9)}  p99 ${ms(r.p99).padStart(9)}  CPU ${r.cpuPerMessage.toFixed(2)} ms/msg  RSS ${r.rss.toFixed(0)} MB${r.failed ? `  FAILED ${r.failed}` : ''}`;

for (const kind of dbs) {
  const db = await scratchDatabase(kind);
  const app = await startApp({ db, secrets: appSecrets(), env });
  const bare = await startServer({ args: ['--import', 'tsx', resolve(import.meta.dirname, 'bare/web-echo.ts')], env: process.env, ready: /listening on/ });
  try {
    // Warm-up (JIT, connection pools, first conversations), not counted.
    for (const server of [bare, app]) await runChats({ chats: 10, seconds: 1.5, send: async (chat, i) => { await postJson(`${server.url}/api/chat`, { sessionId: `warmup-${run}-${chat}-xxxxxxxx`, text: scriptText(i) }); } });
    console.log(`\nweb path · database ${kind} · ${seconds} s per level · ${machineLoad()}`);
    for (const chats of levels) {
      const b = await measure(bare, 'bare', chats);
      const a = await measure(app, 'app', chats);
      console.log(`${String(chats).padStart(3)} chats  bare ${row(b)}`);
      console.log(`${' '.repeat(10)} app  ${row(a)}`);
      console.log(`${' '.repeat(10)} app/bare: throughput ${(a.perSecond / b.perSecond).toFixed(3)} (target ≥ 0.333) · p99 ${(a.p99 / b.p99).toFixed(1)}× (target ≤ 3×)${a.failed ? ` — a lower bound: ${a.failed} answers failed and are not in it` : ''} · ${machineLoad()}`);
    }
  } finally {
    await Promise.all([app.stop(), bare.stop()]);
    await db.drop();
  }
}
