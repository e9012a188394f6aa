// Prints figures for the message path: SQL statements per ordinary message (the aim is ≤ 3 besides
// BEGIN/COMMIT) and messages per second through core.handle, for CHATS chats sending MESSAGES messages each.
// Usage: npx tsx bench/core-messages.ts [chats=20] [messages=10]
// DATABASE_URL set → that PostgreSQL database (use a scratch one: the bench migrates it), else a temporary PGlite.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { productionModules } from '../src/modules.js';

const chats = Number(process.argv[2] ?? 20);
const perChat = Number(process.argv[3] ?? 10);
const dataDir = await mkdtemp(join(tmpdir(), 'tincay-bench-'));
let statements: string[] = [];
const config = loadConfig({
  DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', DATABASE_URL: process.env.DATABASE_URL,
  PSEUDONYM_SECRET: randomBytes(32).toString('hex'), ENCRYPTION_KEY: randomBytes(32).toString('hex'),
});
const app = await createApp(config, { log: createLogger('silent'), modules: productionModules(), onQuery: (sql) => statements.push(sql) });
// An ordinary message: a typed answer that moves the conversation (menu → hotlines → menu …).
const script = ['xin chào', '4', 'menu', 'quyen cua ban', '1', 'menu'];
const send = (chat: number, i: number) => app.core.handle({
  channel: 'web', userId: `bench-${chat}`, address: { chatId: `bench-${chat}` }, updateId: `${chat}-${i}`, at: new Date(),
  content: { kind: 'text', text: script[i % script.length]! },
}, { inline: true });

// Warm-up and statement count on one chat.
await send(0, 0);
statements = [];
const counted = 5;
for (let i = 1; i <= counted; i++) await send(0, i);
const perMessage = statements.filter((s) => !/^(BEGIN|COMMIT|ROLLBACK|-- Implicit)/i.test(s.trim())).length / counted;
if (process.env.SHOW_SQL) console.log(statements.map((s) => s.slice(0, 110)).join("\n"));

const started = performance.now();
await Promise.all(Array.from({ length: chats }, async (_, c) => { for (let i = 0; i < perChat; i++) await send(c + 1, i); }));
const seconds = (performance.now() - started) / 1000;
console.log(`database: ${app.database.kind}`);
console.log(`SQL statements per message (besides BEGIN/COMMIT), mean of ${counted}: ${perMessage.toFixed(1)}`);
console.log(`${chats * perChat} messages from ${chats} chats in ${seconds.toFixed(2)} s: ${(chats * perChat / seconds).toFixed(0)} messages/s`);
await app.stop();
await rm(dataDir, { recursive: true, force: true });
