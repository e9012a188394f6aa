// Prints the escalation latency: the time from a person's danger message (posted to the in-repo Bot API stub) to
// the case card reaching the counsellors' group (the stub recording the successful sendMessage), through the real
// app — grammY long polling, core, outbox, the hand-off's staff sender (forum topic + card). Median and p95 over
// RUNS runs after WARMUP runs that are not counted. A measurement, never an assertion in a test.
// Usage: npm run bench:escalation -- [runs=30] [--plain] [--burst] [--warmup=3] [--db pglite|postgres]
//   the target (issue 12): `npm run bench:escalation -- 30 --burst --db postgres` — every card of a burst of 30
//   posted ≤ 500 ms p95 (the p95 is over all the burst's cards)
//   --plain  the counsellors' group has no forum topics (the card is the thread root: one API call less)
//   --burst  all runs' people write at the same moment (latency under a burst) instead of one after another
//   --db postgres  a scratch PostgreSQL database (createdb, dropped after); default a temporary PGlite.
// DATABASE_URL set → that PostgreSQL database instead (use a scratch one: the bench migrates it and leaves its cases there).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomInt } from 'node:crypto';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { productionModules } from '../src/modules.js';
import { startTelegramStub, type StubCall } from '../test/support/telegram-stub/index.js';
import { scratchDatabase } from './support/database.js';
import { machineLoad } from './support/stats.js';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 30);
const forum = !args.includes('--plain');
const burst = args.includes('--burst');
const warmup = Number(args.find((a) => a.startsWith('--warmup='))?.split('=')[1] ?? 3);
const DANGER_TEXT = 'cứu tôi, chồng tôi cầm dao';
const GROUP_ID = -100_555_000_111;
const TIMEOUT_MS = 15_000;

// A bot id of its own per run: update ids restart with every stub, and a reused database remembers them.
const stub = await startTelegramStub({ token: `${randomInt(1e9, 2 ** 31)}:bench_escalation_latency_token` });
stub.group({ id: GROUP_ID, title: 'Nhóm tư vấn viên', isForum: forum });
const scratch = args.includes('--db=postgres') || args.join(' ').includes('--db postgres') ? await scratchDatabase('postgres') : undefined;
const dataDir = await mkdtemp(join(tmpdir(), 'tincay-bench-'));
const config = loadConfig({
  DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', DATABASE_URL: scratch?.url ?? process.env.DATABASE_URL,
  PSEUDONYM_SECRET: randomBytes(32).toString('hex'), ENCRYPTION_KEY: randomBytes(32).toString('hex'),
  TELEGRAM_BOT_TOKEN: stub.token, TELEGRAM_API_ROOT: stub.apiRoot,
  COUNSELLOR_CHAT_ID: String(GROUP_ID), COUNSELLOR_IDS: '910001,910002',
});
const app = await createApp(config, { log: createLogger('silent'), modules: productionModules() });
await app.start();

const isCard = (c: StubCall) => c.method === 'sendMessage' && c.response.ok && String(c.body.chat_id) === String(GROUP_ID)
  && JSON.stringify(c.body.reply_markup ?? '').includes('h:claim:');
let nextUser = 800_000_001;

/** One person writes words of danger; resolves with the ms until their case card is in the group. */
async function once(): Promise<number> {
  const person = stub.user({ id: nextUser++, firstName: 'Bench' });
  const since = stub.calls.length;
  const started = performance.now();
  person.sendText(DANGER_TEXT);
  // The card for this person's case: the first card after `since` whose case belongs to a new reference. With one
  // person at a time that is simply the next card; in a burst, cards are matched one per person by reference.
  await stub.waitFor((c) => isCard(c) && !claimed.has(refOf(c)) && claimed.add(refOf(c)) !== undefined, TIMEOUT_MS, { since });
  return performance.now() - started;
}
const claimed = new Set<string>();
const refOf = (c: StubCall) => /h:claim:(TC-[A-Z0-9]+)/.exec(JSON.stringify(c.body.reply_markup))?.[1] ?? '';

function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.max(0, Math.ceil(p * s.length) - 1)]!;
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return `median ${at(0.5).toFixed(1)} ms · p95 ${at(0.95).toFixed(1)} ms · min ${s[0]!.toFixed(1)} · max ${s.at(-1)!.toFixed(1)} · mean ${mean.toFixed(1)} (n=${s.length})`;
}

try {
  for (let i = 0; i < warmup; i++) await once();
  const times = burst ? await Promise.all(Array.from({ length: runs }, () => once())) : [];
  if (!burst) for (let i = 0; i < runs; i++) times.push(await once());
  console.log(`database: ${app.database.kind} · group: ${forum ? 'forum (topic per case)' : 'plain (card is the thread root)'} · ${burst ? `burst of ${runs}` : `${runs} runs one after another`} · warm-up ${warmup} · ${machineLoad()}`);
  console.log(`danger message → case card in the counsellors' group: ${stats(times)}`);
} catch (error) {
  console.error(`no case card within ${TIMEOUT_MS} ms: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await app.stop();
  await stub.close();
  await rm(dataDir, { recursive: true, force: true });
  await scratch?.drop();
}
