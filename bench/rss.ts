// Resident memory of the compiled app with many stored conversations: a fresh database is migrated by a first
// start (a few real conversations are made through the web chat), then copies of a real conversation — with its
// chat address and three processed-update ids — are inserted by SQL up to each size, and the app is started again
// and read after a few messages. Usage: npm run bench:rss -- [--db pglite|postgres] [--sizes 10000,100000]
// Target (PostgreSQL): RSS ≤ 250 MB with 100 000 stored conversations.
import { parseArgs } from 'node:util';
import { appSecrets, buildApp, extraEnv, startApp } from './support/app-process.js';
import { benchOptions } from './support/args.js';
import { scratchDatabase } from './support/database.js';
import { postJson } from './support/http.js';
import { parseChats } from './support/load.js';
import { rssMb } from './support/proc.js';
import { scriptText } from './support/script.js';
import { machineLoad } from './support/stats.js';
import { withSql } from './support/sql.js';

const { dbs } = benchOptions({ seconds: 0, chats: [] });
const sizes = parseChats(parseArgs({ strict: false, options: { sizes: { type: 'string' } } }).values.sizes as string | undefined, [10_000, 100_000]);
const env = extraEnv(process.argv.slice(2));
buildApp();

/** Five chats write the script once through: the conversations the copies are made from, and the "few messages". */
async function talk(url: string, tag: string): Promise<void> {
  await Promise.all(Array.from({ length: 5 }, async (_, chat) => {
    for (let i = 0; i < 6; i++) await postJson(`${url}/api/chat`, { sessionId: `rss-${tag}-${chat}-session`, text: scriptText(i) });
  }));
}

/** Inserts copies of one stored conversation (and its address) until there are `total` conversations. */
async function seedTo(exec: (sql: string) => Promise<unknown[]>, total: number): Promise<number> {
  const [{ n }] = (await exec('SELECT count(*)::int AS n FROM "Conversation"')) as [{ n: number }];
  const add = total - n;
  if (add <= 0) return n;
  await exec(`INSERT INTO "Conversation" (id, channel, "chatKey", "flowId", "flowVersion", snapshot, lang, "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, c.channel, 'seed-${total}-' || g, c."flowId", c."flowVersion", c.snapshot, c.lang, now(), now()
    FROM generate_series(1, ${add}) g, (SELECT * FROM "Conversation" ORDER BY "updatedAt" DESC LIMIT 1) c`);
  await exec(`INSERT INTO "ChatAddress" ("chatKey", channel, sealed, "createdAt", "updatedAt")
    SELECT 'seed-${total}-' || g, a.channel, a.sealed, now(), now() FROM generate_series(1, ${add}) g, (SELECT * FROM "ChatAddress" LIMIT 1) a`);
  await exec(`INSERT INTO "ProcessedUpdate" (channel, "updateId", "processedAt")
    SELECT 'web', 'seed-${total}-' || g || '-' || k, now() FROM generate_series(1, ${add}) g, generate_series(1, 3) k`);
  return total;
}

for (const kind of dbs) {
  const db = await scratchDatabase(kind);
  const secrets = appSecrets();
  try {
    const first = await startApp({ db, secrets, env });
    await talk(first.url, 'first');
    console.log(`\nRSS · database ${kind} · ${machineLoad()}`);
    console.log(`  ${String(5).padStart(7)} conversations (fresh, the first start migrated): ${rssMb(first.pid).toFixed(0)} MB after 30 messages`);
    await first.stop();
    for (const size of sizes) {
      const seedStarted = performance.now();
      await withSql(db, (exec) => seedTo(exec, size));
      const seeded = (performance.now() - seedStarted) / 1000;
      const app = await startApp({ db, secrets, env });
      const atStart = rssMb(app.pid);
      await talk(app.url, String(size));
      console.log(`  ${String(size).padStart(7)} conversations: ${atStart.toFixed(0)} MB at start, ${rssMb(app.pid).toFixed(0)} MB after 30 messages (target ≤ 250 MB; seeded in ${seeded.toFixed(1)} s) · ${machineLoad()}`);
      await app.stop();
    }
  } finally {
    await db.drop();
  }
}
