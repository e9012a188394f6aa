import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('runs on a fresh machine with nothing configured', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, DATA_DIR: './data', TELEGRAM_MODE: 'polling', RETENTION_DAYS: 30 });
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it('names the variable whose value is wrong', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrowError(/PORT/);
    try {
      loadConfig({ TELEGRAM_MODE: 'carrier-pigeon' });
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).variables).toEqual(['TELEGRAM_MODE']);
    }
  });

  it('requires both secrets once a shared PostgreSQL or production is configured', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgresql://x@127.0.0.1/db' })).toThrowError(/PSEUDONYM_SECRET[\s\S]*ENCRYPTION_KEY/);
    expect(() => loadConfig({ NODE_ENV: 'production', PSEUDONYM_SECRET: 'a'.repeat(64) })).toThrowError(/ENCRYPTION_KEY/);
  });

  it('stops start-up with a non-zero exit that names the invalid variable', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH, PORT: 'not-a-port', DATA_DIR: '/tmp/tincay-never-used' },
      encoding: 'utf8', timeout: 60_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/PORT/);
    expect(run.stdout + run.stderr).not.toMatch(/listening/);
  });
});
