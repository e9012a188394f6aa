import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVERYONE, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp({ people: EVERYONE }); });
afterAll(async () => { await t.close(); });

describe('quiet prompts', () => {
  it('shows the waiting screen once, not again after each message the person writes to the counsellor', async () => {
    const s = { sessionId: 'quiet-prompt-session-01' };
    await t.chat({ ...s, text: '/start' });
    await t.chat({ ...s, choice: 'counsellor' });
    const entered = await t.chat({ ...s, choice: 'relay-yes' });
    expect(entered.body.replies.at(-1).choices.map((c: { id: string }) => c.id)).toContain('stop');
    const typed = await t.chat({ ...s, text: 'chao ban, minh can noi chuyen' });
    expect(typed.status).toBe(200);
    expect(typed.body.replies.length).toBeGreaterThan(0);
    // Whatever the bot says about the message, it does not repeat the waiting screen with its buttons.
    expect(typed.body.replies.some((r: { choices?: unknown[] }) => r.choices)).toBe(false);
  });
});
