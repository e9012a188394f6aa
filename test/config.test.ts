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

  it('names each missing Zalo OA variable of a partial set, and the webhook secret the Zalo Bot needs', () => {
    const partial = () => loadConfig({ ZALO_OA_APP_ID: '2553928453557884079', ZALO_OA_SECRET_KEY: 'oa-secret-key' });
    expect(partial).toThrowError(ConfigError);
    try { partial(); } catch (e) { expect((e as ConfigError).variables.sort()).toEqual(['ZALO_OA_APP_SECRET', 'ZALO_OA_REFRESH_TOKEN']); }
    expect(() => loadConfig({ ZALO_OA_APP_ID: 'not-a-number', ZALO_OA_APP_SECRET: 'app-secret', ZALO_OA_SECRET_KEY: 'oa-secret-key', ZALO_OA_REFRESH_TOKEN: 'refresh-token' })).toThrowError(/ZALO_OA_APP_ID/);
    expect(() => loadConfig({ ZALO_BOT_TOKEN: '123:abc', ZALO_BOT_MODE: 'webhook' })).toThrowError(/ZALO_BOT_WEBHOOK_SECRET/);
    expect(() => loadConfig({ ZALO_BOT_TOKEN: '123:abc', ZALO_BOT_MODE: 'webhook', ZALO_BOT_WEBHOOK_SECRET: 'short' })).toThrowError(/ZALO_BOT_WEBHOOK_SECRET/);
    expect(() => loadConfig({ ZALO_BOT_MODE: 'carrier-pigeon' })).toThrowError(/ZALO_BOT_MODE/);
    expect(() => loadConfig({ ZALO_BOT_WEBHOOK_URL: 'http://insecure.example/hook' })).toThrowError(/ZALO_BOT_WEBHOOK_URL/);
    const full = loadConfig({ ZALO_OA_APP_ID: '2553928453557884079', ZALO_OA_APP_SECRET: 'app-secret', ZALO_OA_SECRET_KEY: 'oa-secret-key', ZALO_OA_REFRESH_TOKEN: 'refresh-token' });
    expect(full).toMatchObject({ ZALO_OA_API_ROOT: 'https://openapi.zalo.me', ZALO_OAUTH_ROOT: 'https://oauth.zaloapp.com', ZALO_BOT_API_ROOT: 'https://bot-api.zaloplatforms.com', ZALO_BOT_MODE: 'polling' });
  });

  it('has generous rate limits by default, and reads the proxies to trust as a list', () => {
    expect(loadConfig({})).toMatchObject({ RATE_LIMIT_WINDOW_SECONDS: 10, RATE_LIMIT_PER_CHAT: 20, RATE_LIMIT_PER_ADDRESS: 120, RATE_LIMIT_PARALLEL_PER_ADDRESS: 8 });
    expect(loadConfig({}).TRUST_PROXY).toBeUndefined();
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).TRUST_PROXY).toEqual(['10.0.0.0/8', 'loopback']);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrowError(/TRUST_PROXY/);
    expect(() => loadConfig({ RATE_LIMIT_PER_CHAT: '0' })).toThrowError(/RATE_LIMIT_PER_CHAT/);
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
