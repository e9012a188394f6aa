import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

describe('web chat', () => {
  it('serves an accessible Vietnamese page at /', async () => {
    const res = await fetch(`${t.url}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('aria-live="polite"');
    // The script is a served file now (the CSP forbids inline script): the session id is still 128 random bits.
    expect(html).toContain('<script type="module" src="/page.js"></script>');
    const script = await fetch(`${t.url}/page.js`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toContain('crypto.getRandomValues');
  });

  it('shows every emergency number as a tel: link in the bar at the top', async () => {
    const html = await (await fetch(`${t.url}/`)).text();
    for (const n of ['113', '115', '111', '18008080']) expect(html).toContain(`href="tel:${n}"`);
    const css = await (await fetch(`${t.url}/page.css`)).text();
    expect(css).toMatch(/\.top \{[^}]*position: sticky; top: 0/);
  });

  it('answers /healthz when the database answers', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('greets a new session with the welcome and the main menu as choices', async () => {
    const res = await t.chat({ sessionId: 'web-session-welcome-1', text: 'xin chào' });
    expect(res.status).toBe(200);
    const texts = res.body.replies.map((r: { text: string }) => r.text).join('\n');
    expect(texts).toMatch(/113/);
    const last = res.body.replies.at(-1);
    expect(last.choices.length).toBeGreaterThan(3);
    expect(last.choices.map((c: { id: string }) => c.id)).toContain('_exit');
  });

  it.each([
    [{}, /sessionId/],
    [{ sessionId: 'short', text: 'hi' }, /sessionId/],
    [{ sessionId: 'bad session id with spaces!!', text: 'hi' }, /sessionId/],
    [{ sessionId: 'valid-session-id-0001' }, /exactly one/],
    [{ sessionId: 'valid-session-id-0001', text: 'a', choice: 'b' }, /exactly one/],
    [{ sessionId: 'valid-session-id-0001', text: 'x'.repeat(4001) }, /4000/],
    [{ sessionId: 'valid-session-id-0001', text: 'hi', extra: 1 }, /extra|Unrecognized/i],
  ])('rejects the invalid body %j with 400 and a clear message', async (body, message) => {
    const res = await t.chat(body as Record<string, unknown>);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(message);
  });

  it('rejects a body that is not JSON with 400', async () => {
    const res = await fetch(`${t.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
    expect(res.status).toBe(400);
  });

  it('passes typed text to the core, which reads "/KHANCAP" as the emergency command', async () => {
    const res = await t.chat({ sessionId: 'web-session-command-01', text: '/KHANCAP' });
    expect(res.status).toBe(200);
    expect(res.body.replies.map((r: { text: string }) => r.text).join('\n')).toMatch(/113[\s\S]*115[\s\S]*111/);
  });

  it('answers errors through the boundary: an unknown path, a wrong media type, with a code and a sentence', async () => {
    const missing = await fetch(`${t.url}/api/nope`, { headers: { 'accept-language': 'en' } });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'not_found', message: expect.stringMatching(/not found[\s\S]*113/) });
    const xml = await fetch(`${t.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<a/>' });
    expect(xml.status).toBe(415);
    expect((await xml.json()).error).toBe('unsupported_media');
    const invalid = await t.chat({});
    expect(invalid.body.error).toBe('bad_request');
  });

  it('answers an old or forged button with the current question again', async () => {
    await t.chat({ sessionId: 'web-session-forged-01', text: 'hi' });
    const res = await t.chat({ sessionId: 'web-session-forged-01', choice: 'no-such-button' });
    expect(res.status).toBe(200);
    expect(res.body.replies[0].text).toMatch(/đã cũ/);
    expect(res.body.replies[0].choices.length).toBeGreaterThan(3);
  });
});
