// The same guarantee end to end: a message with an Object.prototype name goes through the real web chat (real
// HTTP, real database) and is answered, and a cry for help beside one still opens the emergency screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const texts = (body: { replies: { text: string }[] }): string => body.replies.map((r) => r.text).join('\n');

describe('understanding through POST /api/chat', () => {
  it.each(['constructor', '__proto__', 'toString valueOf hasOwnProperty', 'CONSTRUCTOR ck'])(
    'answers "%s" with 200 and a reply',
    async (text) => {
      const res = await t.chat({ sessionId: `web-proto-${text.length}-${text.charCodeAt(0)}-session`, text });
      expect(res.status).toBe(200);
      expect(res.body.replies.length).toBeGreaterThan(0);
    },
  );

  it('answers "__proto__ cứu tôi" with 200 and the emergency numbers', async () => {
    const sessionId = 'web-proto-cuu-toi-session-1';
    await t.chat({ sessionId, text: 'xin chào' });
    const res = await t.chat({ sessionId, text: '__proto__ cứu tôi' });
    expect(res.status).toBe(200);
    expect(texts(res.body)).toMatch(/Sự an toàn của bạn/);
    expect(texts(res.body)).toMatch(/113/);
  });

  it('answers "constructor" typed as the very first message of a session with 200', async () => {
    const res = await t.chat({ sessionId: 'web-proto-first-message-constructor', text: 'constructor' });
    expect(res.status).toBe(200);
  });
});
