// The one line a person reads when the bot starts: where to open it, which database it uses, which channels are
// on. Printed once the port is open (so the URL is the real one, PORT=0 included); every other line is a JSON log.
// Says nothing secret: no password of DATABASE_URL, no token.
import { resolve } from 'node:path';
import type { Config } from './config.js';

export function startLine(url: string, database: 'pglite' | 'postgres', config: Config): string {
  const channels = ['web chat'];
  channels.push(config.TELEGRAM_BOT_TOKEN ? `Telegram (${config.TELEGRAM_MODE})` : 'Telegram off (no TELEGRAM_BOT_TOKEN)');
  channels.push(config.ZALO_OA_APP_ID ? 'Zalo OA' : 'Zalo OA off');
  channels.push(config.ZALO_BOT_TOKEN ? `Zalo Bot (${config.ZALO_BOT_MODE})` : 'Zalo Bot off');
  return `Tin Cậy is up on ${url} — database: ${describeDatabase(database, config)} — channels: ${channels.join(', ')}`;
}

function describeDatabase(kind: 'pglite' | 'postgres', config: Config): string {
  if (kind === 'pglite' || !config.DATABASE_URL) return `embedded PGlite in ${resolve(config.DATA_DIR, 'pglite')}`;
  try {
    const u = new URL(config.DATABASE_URL);
    return `PostgreSQL at ${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}
