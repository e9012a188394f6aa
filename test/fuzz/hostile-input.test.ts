// Hostile input at scale: thousands of generated bodies — well-shaped ones with hostile values, mutated ones, raw
// bytes, broken JSON, wrong content types, wrong credentials — go over real HTTP to the web chat API and the three
// webhooks (Telegram, Zalo OA, Zalo Bot) of one running app. None may answer 5xx, the process must stay up (health
// answers at the end, nothing rejected unhandled), and the heap must not grow with the number of bodies.
//
// FUZZ_BODIES_PER_PATH changes the count (default 2 500 per path, 10 000 in all); FUZZ_SEED replays a run (fast-check
// prints the seed and the shrunk counter-example when a property fails).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botRequest, oaRequest, telegramRequest, webRequest, type FuzzPath, type Generated } from './support/bodies.js';
import { PATHS, SECRETS, startFuzzApp, type FuzzApp } from './support/fuzz-app.js';
import { failed, send, type Outcome } from './support/send.js';

const PER_PATH = Number(process.env.FUZZ_BODIES_PER_PATH ?? 2_500);
/** Bodies sent at once: enough to overlap requests (as real traffic does) on a 2-core machine. */
const BATCH = 10;
const WARM_UP_PER_PATH = 100;
/** The longest one path's property may run, shrinking included. */
const SHRINK_BUDGET_MS = 240_000;
/** Heap growth allowed between the warm-up and the end, after a full collection: a leak of even 3 KiB per body
 * (10 000 bodies) would exceed it; JIT code, caches and pool buffers settling stay far below. */
const HEAP_GROWTH_LIMIT = 24 * 1024 * 1024;

const ARBITRARIES: Record<FuzzPath, fc.Arbitrary<Generated>> = {
  web: webRequest,
  telegram: telegramRequest(SECRETS, PATHS.telegram),
  'zalo-oa': oaRequest(SECRETS, PATHS['zalo-oa']),
  'zalo-bot': botRequest(SECRETS, PATHS['zalo-bot']),
};

/** A full garbage collection, whether or not the worker was started with --expose-gc. */
function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

let f: FuzzApp;
let gc: () => void;
let heapAfterWarmUp = 0;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => { unhandled.push(reason); };
const statuses: Record<FuzzPath, Map<number, number>> = { web: new Map(), telegram: new Map(), 'zalo-oa': new Map(), 'zalo-bot': new Map() };

async function sendAll(batch: Generated[]): Promise<Outcome[]> {
  const outcomes = await Promise.all(batch.map((g) => send(f.t.url, g)));
  outcomes.forEach((o, i) => { const s = statuses[batch[i]!.path]; s.set(o.status, (s.get(o.status) ?? 0) + 1); });
  return outcomes;
}

async function settledHeap(): Promise<number> {
  await f.t.app.core.drain();
  f.forgetStubRecords();
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 20));
  }
  return process.memoryUsage().heapUsed;
}

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
  gc = collectGarbage();
  f = await startFuzzApp();
  // Warm-up: every path once through its parsers, the flows, the database and delivery, so the baseline heap holds
  // the compiled code and the caches a long run keeps anyway.
  for (const arbitrary of Object.values(ARBITRARIES)) {
    for (const batch of fc.sample(fc.array(arbitrary, { minLength: BATCH, maxLength: BATCH }), { numRuns: WARM_UP_PER_PATH / BATCH, seed: 1 })) await sendAll(batch);
  }
  heapAfterWarmUp = await settledHeap();
  for (const s of Object.values(statuses)) s.clear();
}, 180_000);

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtException', onUnhandled);
  await f?.close();
});

const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

describe('Hostile input at scale', () => {
  for (const path of Object.keys(ARBITRARIES) as FuzzPath[]) {
    it(`answers ${PER_PATH} generated ${path} bodies, hostile, broken and signed, without a 5xx`, async () => {
      await fc.assert(fc.asyncProperty(fc.array(ARBITRARIES[path], { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        const outcomes = await sendAll(batch);
        const bad = outcomes.findIndex(failed);
        if (bad >= 0) {
          const o = outcomes[bad]!;
          throw new Error(`${o.status || o.networkError} to ${batch[bad]!.describe}\nanswer: ${o.answer}`);
        }
      }), {
        numRuns: Math.ceil(PER_PATH / BATCH), seed,
        // Shrinking replays batches against the live app: bounded, so a failure is reported (shrunk as far as it got)
        // instead of timing out. A passing run takes a fraction of this.
        interruptAfterTimeLimit: SHRINK_BUDGET_MS, markInterruptAsFailure: true,
      });
      const counted = [...statuses[path].values()].reduce((a, b) => a + b, 0);
      expect(counted).toBeGreaterThanOrEqual(PER_PATH);
      // Many bodies got past validation and the credentials: the fuzz reached the parsers and the core.
      expect(statuses[path].get(200) ?? 0).toBeGreaterThan(counted / 8);
    }, SHRINK_BUDGET_MS + 60_000);
  }

  it('is still up after them all: health answers, nothing was rejected unhandled, the heap did not grow', async () => {
    const health = await fetch(`${f.t.url}/healthz`);
    expect(health.status).toBe(200);
    expect(unhandled.map((e) => (e instanceof Error ? e.stack : String(e)))).toEqual([]);
    // The bodies reached the core of every channel (a processed-update row per message taken in).
    const db = f.t.app.database.db;
    for (const channel of ['web', 'telegram', 'zalo-oa', 'zalo-bot']) {
      expect(await db.processedUpdate.count({ where: { channel } }), channel).toBeGreaterThan(PER_PATH / 20);
    }
    const heapAtEnd = await settledHeap();
    console.info(`fuzz statuses: ${JSON.stringify(Object.fromEntries(Object.entries(statuses).map(([p, s]) => [p, Object.fromEntries([...s].sort(([a], [b]) => a - b))])))}`);
    console.info(`fuzz heap: ${(heapAfterWarmUp / 2 ** 20).toFixed(1)} MiB after warm-up, ${(heapAtEnd / 2 ** 20).toFixed(1)} MiB at the end; ${f.errors.length} error log lines: ${JSON.stringify(summarise(f.errors))}`);
    expect(heapAtEnd - heapAfterWarmUp).toBeLessThan(HEAP_GROWTH_LIMIT);
    // An error boundary turns a crash into a 200 and the fallback line: still a bug. With a healthy database,
    // no body may make the app log an error.
    expect(summarise(f.errors)).toEqual({});
  }, 120_000);
});

function summarise(errors: FuzzApp['errors']): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of errors) {
    const key = `${e.msg} ${JSON.stringify(e.fields)}`.slice(0, 200);
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}
