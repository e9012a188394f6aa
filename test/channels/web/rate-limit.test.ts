// The web chat's rate limits, over real HTTP from several loopback addresses (127.0.0.x): a client address has a
// budget for all its requests (so a flood of new session ids is bounded), a session has a budget for its messages
// from any address, a refusal is a 429 with a kind sentence and the emergency numbers, and nothing of a refused
// request reaches the database. Windows are long (600 s) so no test depends on timing.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, textGlobals } from '../../../src/config.js';
import { loadTranslator } from '../../../src/core/i18n.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const PER_ADDRESS = 6;
const PER_SESSION = 3;
const i18n = loadTranslator(textGlobals(loadConfig({})));
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { RATE_LIMIT_WINDOW_SECONDS: '600', RATE_LIMIT_PER_ADDRESS: String(PER_ADDRESS), RATE_LIMIT_PER_CHAT: String(PER_SESSION) } });
});
afterAll(async () => { await t?.close(); });

interface Answer { status: number; retryAfter?: string; body: any }

/** POSTs JSON to the app at `base` (the first app by default) from the loopback address `from`. */
function postFrom(from: string, path: string, body: unknown, headers: Record<string, string> = {}, base = t.url): Promise<Answer> {
  const url = new URL(path, base);
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request({
      host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress: from,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...headers },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'] as string | undefined, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

const chatFrom = (from: string, sessionId: string, text: string, headers?: Record<string, string>) => postFrom(from, '/api/chat', { sessionId, text }, headers);
const session = (name: string, i = 0) => `rate-${name}-${String(i).padStart(4, '0')}-session`;

function expectKindRefusal(answer: Answer, lang: 'vi' | 'en' = 'vi') {
  expect(answer.status).toBe(429);
  expect(answer.body).toEqual({ error: 'rate_limited', message: i18n.t(lang, 'http-error-rate-limited') });
  for (const number of ['113', '115', '111', '18008080']) expect(answer.body.message).toContain(number);
  expect(answer.retryAfter).toBe('600');
}

describe('web chat rate limits', () => {
  it('refuses a client flooding with new session ids with 429, a kind sentence and the numbers, while another address is still answered', async () => {
    const flood: Answer[] = [];
    for (let i = 0; i < PER_ADDRESS + 4; i++) flood.push(await chatFrom('127.0.0.2', session('flood', i), '/start'));
    expect(flood.map((a) => a.status)).toEqual([...Array(PER_ADDRESS).fill(200), ...Array(4).fill(429)]);
    for (const refused of flood.slice(PER_ADDRESS)) expectKindRefusal(refused);

    const other = await chatFrom('127.0.0.3', session('other'), '/start');
    expect(other.status).toBe(200);
    expect(other.body.replies.map((r: { text: string }) => r.text).join('\n')).toContain('113');
  });

  it('keeps nothing of a refused request: a flood of new session ids adds rows only for the requests it was allowed', async () => {
    const keys = Array.from({ length: PER_ADDRESS + 4 }, (_, i) => t.app.core.chatKeyOf('web', session('flood', i)));
    const db = t.app.database.db;
    expect(await db.conversation.count({ where: { chatKey: { in: keys } } })).toBe(PER_ADDRESS);
    expect(await db.conversation.count({ where: { chatKey: { in: keys.slice(PER_ADDRESS) } } })).toBe(0);
  });

  it("tells a refused person in their browser's language", async () => {
    expectKindRefusal(await chatFrom('127.0.0.2', session('flood-en'), '/start', { 'accept-language': 'en-US,en;q=0.9' }), 'en');
    expectKindRefusal(await chatFrom('127.0.0.2', session('flood-vi'), '/start', { 'accept-language': 'vi' }), 'vi');
  });

  it('limits one session across addresses: past its budget it is refused from any address, other sessions there are not', async () => {
    const mine = session('roaming');
    for (let i = 0; i < PER_SESSION; i++) expect((await chatFrom('127.0.0.4', mine, i === 0 ? '/start' : 'xin chào')).status).toBe(200);
    expectKindRefusal(await chatFrom('127.0.0.5', mine, 'xin chào'));
    expect((await chatFrom('127.0.0.5', session('roaming-neighbour'), '/start')).status).toBe(200);
  });

  it('lets the quick exit through for a session over its limit', async () => {
    const mine = session('leaving');
    for (let i = 0; i < PER_SESSION; i++) await chatFrom('127.0.0.6', mine, i === 0 ? '/start' : 'xin chào');
    expectKindRefusal(await chatFrom('127.0.0.6', mine, 'xin chào'));
    const exit = await chatFrom('127.0.0.6', mine, '/thoat');
    expect(exit.status).toBe(200);
    expect(exit.body.replies.some((r: { clearChat?: boolean }) => r.clearChat)).toBe(true);
  });

  it('counts update polls against the address budget too', async () => {
    const polls: Answer[] = [];
    for (let i = 0; i <= PER_ADDRESS; i++) polls.push(await postFrom('127.0.0.7', '/api/chat/updates', { sessionId: session('poller') }));
    expect(polls.slice(0, PER_ADDRESS).map((p) => p.status)).toEqual(Array(PER_ADDRESS).fill(200));
    expectKindRefusal(polls[PER_ADDRESS]!);
  });
});

describe('web chat rate limits behind a reverse proxy (TRUST_PROXY)', () => {
  let proxied: TestApp;
  beforeAll(async () => {
    proxied = await startTestApp({ env: { RATE_LIMIT_WINDOW_SECONDS: '600', RATE_LIMIT_PER_ADDRESS: '2', RATE_LIMIT_PER_CHAT: '100', TRUST_PROXY: '127.0.0.1' } });
  });
  afterAll(async () => { await proxied?.close(); });

  const viaProxy = (client: string, sessionId: string, from = '127.0.0.1') =>
    postFrom(from, '/api/chat', { sessionId, text: '/start' }, { 'x-forwarded-for': client }, proxied.url);

  it('limits each client the trusted proxy names, not the proxy itself', async () => {
    expect((await viaProxy('203.0.113.5', session('proxied', 1))).status).toBe(200);
    expect((await viaProxy('203.0.113.5', session('proxied', 2))).status).toBe(200);
    expectKindRefusal(await viaProxy('203.0.113.5', session('proxied', 3)));
    expect((await viaProxy('203.0.113.6', session('proxied', 4))).status).toBe(200);
  });

  it('ignores X-Forwarded-For from an address that is not a trusted proxy', async () => {
    expect((await viaProxy('198.51.100.1', session('spoof', 1), '127.0.0.8')).status).toBe(200);
    expect((await viaProxy('198.51.100.2', session('spoof', 2), '127.0.0.8')).status).toBe(200);
    expectKindRefusal(await viaProxy('198.51.100.3', session('spoof', 3), '127.0.0.8'));
  });
});
