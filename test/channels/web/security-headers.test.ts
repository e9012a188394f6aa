// Security headers on every response the server sends — the page, its script, the chat API, errors and 404s:
// a Content-Security-Policy that allows no inline script and no framing, nosniff, and no Referer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

/** The CSP as directive → sources. */
function csp(header: string | null): Map<string, string[]> {
  expect(header, 'Content-Security-Policy header').toBeTruthy();
  return new Map(header!.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...v]) => [name!, v]));
}

const requests: [string, () => Promise<Response>][] = [
  ['GET / (the page)', () => fetch(`${t.url}/`)],
  ['GET /page.js', () => fetch(`${t.url}/page.js`)],
  ['GET /page.css', () => fetch(`${t.url}/page.css`)],
  ['GET /healthz', () => fetch(`${t.url}/healthz`)],
  ['POST /api/chat', () => fetch(`${t.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId: 'web-session-headers-01', text: 'xin chào' }) })],
  ['POST /api/chat with a bad body (400)', () => fetch(`${t.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' })],
  ['GET an unknown path (404)', () => fetch(`${t.url}/no-such-page`)],
];

describe('security headers', () => {
  it.each(requests)('%s carries the CSP, no framing, nosniff and no-referrer', async (_name, request) => {
    const res = await request();
    await res.arrayBuffer();
    const policy = csp(res.headers.get('content-security-policy'));
    const scripts = policy.get('script-src') ?? policy.get('default-src');
    expect(scripts).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    for (const sources of policy.values()) {
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
    }
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('the page itself has no inline script or inline style left for the policy to block', async () => {
    const html = await (await fetch(`${t.url}/`)).text();
    // Every script is a file; the one inline block is JSON data (the page's texts), which no browser runs.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/i);
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });
});
