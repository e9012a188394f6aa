// Prints what one flooding web client does to another person's answers, with the rate limits on (the defaults, or
// RATE_LIMIT_* from the environment) or lifted: a flooder on 127.0.0.2 posts /start with a new session id per
// request from CONCURRENCY connections for SECONDS, while a person on 127.0.0.3 sends a message every second.
// Usage: npx tsx bench/web-flood.ts [on|off] [seconds=10] [concurrency=32]
// DATABASE_URL set → that PostgreSQL database (use a scratch one: the bench migrates it), else a temporary PGlite.
import { Agent, request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { productionModules } from '../src/modules.js';

const limits = process.argv[2] ?? 'on';
const seconds = Number(process.argv[3] ?? 10);
const concurrency = Number(process.argv[4] ?? 32);
const dataDir = await mkdtemp(join(tmpdir(), 'tincay-bench-'));
const lifted = limits === 'off' ? { RATE_LIMIT_PER_CHAT: '1000000', RATE_LIMIT_PER_ADDRESS: '1000000', RATE_LIMIT_PARALLEL_PER_ADDRESS: '100000' } : {};
const config = loadConfig({
  DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', DATABASE_URL: process.env.DATABASE_URL,
  PSEUDONYM_SECRET: randomBytes(32).toString('hex'), ENCRYPTION_KEY: randomBytes(32).toString('hex'),
  RATE_LIMIT_WINDOW_SECONDS: process.env.RATE_LIMIT_WINDOW_SECONDS, RATE_LIMIT_PER_CHAT: process.env.RATE_LIMIT_PER_CHAT,
  RATE_LIMIT_PER_ADDRESS: process.env.RATE_LIMIT_PER_ADDRESS, RATE_LIMIT_PARALLEL_PER_ADDRESS: process.env.RATE_LIMIT_PARALLEL_PER_ADDRESS, ...lifted,
});
const app = await createApp(config, { log: createLogger('silent'), modules: productionModules() });
const url = new URL(await app.start());

function post(agent: Agent, body: unknown): Promise<number> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: '/api/chat', method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    });
    req.on('error', reject);
    req.end(data);
  });
}

const flooder = new Agent({ keepAlive: true, maxSockets: concurrency, localAddress: '127.0.0.2' });
const person = new Agent({ keepAlive: true, maxSockets: 1, localAddress: '127.0.0.3' });
const until = performance.now() + seconds * 1000;
const flood = { sent: 0, refused: 0, sessions: [] as string[] };
const floods = Array.from({ length: concurrency }, async () => {
  while (performance.now() < until) {
    const sessionId = randomUUID().replaceAll('-', '');
    const status = await post(flooder, { sessionId, text: '/start' });
    flood.sent++;
    if (status === 429) flood.refused++;
    else flood.sessions.push(sessionId);
  }
});
const latencies: number[] = [];
const mine = randomUUID().replaceAll('-', '');
const script = ['/start', 'xin chào', 'menu', '4', 'menu'];
const answers = (async () => {
  for (let i = 0; performance.now() < until; i++) {
    const started = performance.now();
    const status = await post(person, { sessionId: mine, text: script[i % script.length] });
    if (status !== 200) throw new Error(`the person got ${status}`);
    latencies.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 1000));
  }
})();
await Promise.all([...floods, answers]);
const sorted = [...latencies].sort((a, b) => a - b);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(0);
const rows = await app.database.db.conversation.count();
console.log(`database: ${app.database.kind}; limits ${limits === 'off' ? 'lifted' : `on (${config.RATE_LIMIT_PER_CHAT}/chat, ${config.RATE_LIMIT_PER_ADDRESS}/address per ${config.RATE_LIMIT_WINDOW_SECONDS} s, ${config.RATE_LIMIT_PARALLEL_PER_ADDRESS} in flight/address)`}`);
console.log(`flooder: ${flood.sent} requests in ${seconds} s (${(flood.sent / seconds).toFixed(0)}/s), ${flood.refused} refused with 429, ${flood.sessions.length} answered`);
console.log(`conversations in the database afterwards: ${rows}`);
console.log(`the other person: ${latencies.length} answers, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms; in order: ${latencies.map((l) => l.toFixed(0)).join(" ")}`);
flooder.destroy();
person.destroy();
await app.stop();
await rm(dataDir, { recursive: true, force: true });
