// The HTTP error boundary: each error code leaves with its status and a { error, message } body; client errors keep
// their detail, server errors hide it behind a sentence from the locale files, in the request's language, with the
// emergency numbers. Real HTTP on loopback.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, HTTP_STATUS, type ErrorCode } from '../../src/core/errors.js';
import { loadConfig, textGlobals } from '../../src/config.js';
import { loadTranslator } from '../../src/core/i18n.js';
import { createHttpServer } from '../../src/http/server.js';
import { createLogger } from '../../src/logger.js';

const i18n = loadTranslator(textGlobals(loadConfig({})));
const CODES = Object.keys(HTTP_STATUS) as ErrorCode[];
let http: FastifyInstance;
let url: string;

beforeAll(async () => {
  http = createHttpServer(createLogger('silent'), { i18n });
  http.get<{ Params: { code: ErrorCode } }>('/throw/:code', async (req) => { throw new AppError(req.params.code); });
  http.get('/detail', async () => { throw new AppError('conflict', 'case TC-1 was claimed already'); });
  http.get('/boom', async () => { throw new Error('db password=hunter2 at 0912345678'); });
  http.get('/unavailable', async () => { throw new AppError('unavailable', 'pool exhausted', { cause: new Error('inner') }); });
  http.get('/status/:n', async (req) => { throw Object.assign(new Error('from a plugin'), { statusCode: Number((req.params as { n: string }).n) }); });
  http.get('/chat-lang', async (req) => { req.chatLang = 'en'; throw new Error('late failure'); });
  http.post('/schema', { schema: { body: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } } }, async () => ({ ok: true }));
  http.post('/echo', async (req) => ({ got: req.body }));
  url = await http.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => { await http.close(); });

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${url}${path}`, { headers });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.json() as { error: string; message: string } };
};

describe('HTTP error boundary', () => {
  it('maps every error code to its status table entry', () => {
    expect(HTTP_STATUS).toEqual({
      bad_request: 400, unauthorized: 401, forbidden: 403, not_found: 404, conflict: 409, payload_too_large: 413,
      unsupported_media: 415, rate_limited: 429, internal: 500, unavailable: 503,
      config_invalid: 500, data_invalid: 500, delivery_refused: 502, flow_failed: 500,
    });
  });

  it.each(CODES)('answers an AppError %s with its status and the sentence for it, in Vietnamese by default', async (code) => {
    const res = await get(`/throw/${code}`);
    expect(res.status).toBe(HTTP_STATUS[code]);
    expect(res.type).toMatch(/application\/json/);
    expect(res.body).toEqual({ error: code, message: i18n.t('vi', `http-error-${code.replaceAll('_', '-')}`) });
    // Always what to do next: the emergency numbers, never a bare key.
    expect(res.body.message).toMatch(/113/);
    expect(res.body.message).not.toMatch(/^http-error/);
  });

  it.each(CODES)('has a sentence for %s in both languages', (code) => {
    for (const lang of ['vi', 'en'] as const) expect(i18n.problems(lang, `http-error-${code.replaceAll('_', '-')}`)).toEqual([]);
  });

  it('tells the person in the language the browser asks for', async () => {
    const res = await get('/throw/internal', { 'accept-language': 'en-GB,en;q=0.9,vi;q=0.5' });
    expect(res.body.message).toBe(i18n.t('en', 'http-error-internal'));
    expect(res.body.message).toMatch(/Something went wrong/);
  });

  it("prefers the chat's language, when the route knows it, over the browser's", async () => {
    const res = await get('/chat-lang', { 'accept-language': 'vi' });
    expect(res.status).toBe(500);
    expect(res.body.message).toBe(i18n.t('en', 'http-error-internal'));
  });

  it('keeps the detail of a client error (it names what the client sent wrong)', async () => {
    const res = await get('/detail');
    expect(res).toMatchObject({ status: 409, body: { error: 'conflict', message: 'case TC-1 was claimed already' } });
  });

  it('hides the details of a server error', async () => {
    for (const path of ['/boom', '/unavailable', '/status/502']) {
      const res = await get(path);
      expect(res.status).toBe(path === '/unavailable' ? 503 : 500);
      expect(JSON.stringify(res.body)).not.toMatch(/hunter2|0912345678|pool|inner|plugin/);
      expect(res.body.error).toBe(path === '/unavailable' ? 'unavailable' : 'internal');
    }
  });

  it('answers an unknown route with not_found in the request language', async () => {
    const res = await get('/no/such/page', { 'accept-language': 'en' });
    expect(res).toEqual({ status: 404, type: expect.stringMatching(/json/), body: { error: 'not_found', message: i18n.t('en', 'http-error-not-found') } });
  });

  it.each([[401, 'unauthorized'], [403, 'forbidden'], [404, 'not_found'], [409, 'conflict'], [413, 'payload_too_large'],
    [415, 'unsupported_media'], [429, 'rate_limited'], [418, 'bad_request'], [400, 'bad_request']] as const)(
    'maps a %i raised by fastify or a plugin to %s', async (status, code) => {
      const res = await get(`/status/${status}`);
      expect(res.status).toBe(status === 418 ? 400 : status);
      expect(res.body.error).toBe(code);
    });

  it("maps fastify's schema validation to bad_request, naming the field", async () => {
    const res = await fetch(`${url}/schema`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body).toMatchObject({ error: 'bad_request', message: expect.stringMatching(/name/) });
  });

  it('maps a body that is not JSON to bad_request', async () => {
    const res = await fetch(`${url}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe('bad_request');
  });

  it('maps a body over the limit to payload_too_large (413)', async () => {
    const res = await fetch(`${url}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x'.repeat(70 * 1024) }) });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toBe('payload_too_large');
  });

  it('maps an unknown content type to unsupported_media (415)', async () => {
    const res = await fetch(`${url}/echo`, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<a/>' });
    expect(res.status).toBe(415);
    expect((await res.json()).error).toBe('unsupported_media');
  });
});
