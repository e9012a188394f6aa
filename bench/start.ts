// Start time of the compiled app on a migrated database: from spawning `node dist/src/main.js` to its
// "Tin Cậy is listening on …" log line, RUNS times (after one start that migrates the fresh database).
// Also prints the first lines of a start, so the start line (one human line, then JSON logs) can be read.
// Usage: npm run bench:start -- [--db pglite|postgres] [--runs 3] [--env KEY=VALUE …]. Target: ≤ 3 s.
import { parseArgs } from 'node:util';
import { appSecrets, buildApp, extraEnv, startApp } from './support/app-process.js';
import { benchOptions } from './support/args.js';
import { scratchDatabase } from './support/database.js';
import { latencies, machineLoad } from './support/stats.js';

const { dbs } = benchOptions({ seconds: 0, chats: [] });
const runs = Number(parseArgs({ strict: false, options: { runs: { type: 'string' } } }).values.runs ?? 3);
const env = extraEnv(process.argv.slice(2));
buildApp();

for (const kind of dbs) {
  const db = await scratchDatabase(kind);
  const secrets = appSecrets();
  try {
    const first = await startApp({ db, secrets, env, logLevel: 'info' });
    await first.stop();
    const times: number[] = [];
    let lines: string[] = [];
    for (let i = 0; i < runs; i++) {
      const app = await startApp({ db, secrets, env, logLevel: 'info' });
      times.push(app.readyMs);
      lines = app.lines;
      await app.stop();
    }
    const t = latencies(times);
    console.log(`\nstart on a migrated ${kind} database (spawn → "listening" log line), ${runs} starts · ${machineLoad()}`);
    console.log(`  first start (migrating a fresh database): ${(first.readyMs / 1000).toFixed(2)} s`);
    console.log(`  median ${(t.p50 / 1000).toFixed(2)} s · max ${(t.max / 1000).toFixed(2)} s · all ${times.map((v) => (v / 1000).toFixed(2)).join(', ')} s (target ≤ 3 s)`);
    console.log('  first lines of the last start:');
    for (const line of lines.slice(0, 6)) console.log(`    ${line.length > 160 ? `${line.slice(0, 160)}…` : line}`);
  } finally {
    await db.drop();
  }
}
