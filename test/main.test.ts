// The real entry point: starts with nothing configured but a port and a data folder, answers, and shuts down
// gracefully on SIGTERM (exit 0, database closed). Run as in development (tsx on the sources) and as in production
// (`npm run build`, then the compiled JavaScript that `npm start` runs). Its first words for a person are one line
// naming the URL, the database and the channels; every other line is a JSON log.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDatabase, testDbKind } from './support/test-db.js';

const root = new URL('../', import.meta.url).pathname;

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});

/** Starts `node <args>` with this environment, chats once, stops it with SIGTERM; returns all it printed. */
async function serveOnce(args: string[], env: Record<string, string>): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd: root, env: { PATH: process.env.PATH ?? '', PORT: String(port), LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const deadline = Date.now() + 90_000;
    let health: Response | undefined;
    while (Date.now() < deadline) {
      health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
      if (health?.ok) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(health?.status, output).toBe(200);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(await page.text()).toContain('Tin Cậy');
    const chat = await fetch(`http://127.0.0.1:${port}/api/chat`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sessionId: 'main-test-session-0001', text: 'bí mật 0912345678' }),
    });
    expect(chat.status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toMatch(/shutting down/);
    // Logs never carry message text, raw ids or phone numbers.
    expect(output).not.toMatch(/bí mật|0912345678|main-test-session-0001/);
    // One human line, first, with the real URL; everything after it is JSON.
    const lines = output.split('\n').filter((l) => l !== '');
    expect(lines.filter((l) => !l.startsWith('{'))).toEqual([lines[0]]);
    expect(lines[0]).toMatch(new RegExp(`^Tin Cậy is up on http://127\\.0\\.0\\.1:${port} — database: .+ — channels: web chat, Telegram off \\(no TELEGRAM_BOT_TOKEN\\), Zalo OA off, Zalo Bot off$`));
    expect(output).toContain('"msg":"Tin Cậy is listening on');
    return output;
  } finally {
    child.kill('SIGKILL');
  }
}

describe('npm start', () => {
  it('serves the web chat on the embedded database and exits cleanly on SIGTERM', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tincay-main-'));
    try {
      const output = await serveOnce(['--import', 'tsx', 'src/main.ts'], { DATA_DIR: dataDir });
      expect(output).toContain(`database: embedded PGlite in ${join(dataDir, 'pglite')} —`);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('runs the compiled JavaScript after `npm run build`: texts, page, commune list and migrations found from the build', async () => {
    // A build of its own (node_modules/.cache, so packages resolve), rebuilt only when a source changed.
    const out = join(root, 'node_modules/.cache/tin-cay-build-test');
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale', '--out', out], { cwd: root, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const target = await freshDatabase();
    try {
      const output = await serveOnce([join(out, 'src/main.js')], target.env);
      expect(output).toContain(testDbKind === 'postgres' ? 'database: PostgreSQL at 127.0.0.1:5432/tincay_' : 'database: embedded PGlite in ');
      expect(output).not.toContain(target.env.ENCRYPTION_KEY!);
    } finally {
      await target.dispose();
    }
  }, 300_000);
});
