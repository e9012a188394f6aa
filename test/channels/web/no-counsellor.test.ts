// With no counsellor configured (no counsellors' group), the web chat promises nobody: the counsellor menu opens no
// waiting room, danger offers no counsellor, the intake offers no way of being contacted and says so, and no text
// that promises a person (flows/main/people.ts PROMISE_KEYS) is ever shown — then the numbers are given.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROMISE_KEYS } from '../../../flows/main/people.js';
import { loadConfig, textGlobals } from '../../../src/config.js';
import { loadTranslator } from '../../../src/core/i18n.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const i18n = loadTranslator(textGlobals(loadConfig({})));
let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

interface Reply { text: string; choices?: { id: string; label: string }[] }
const seen: Reply[] = [];

async function send(sessionId: string, body: { text?: string; choice?: string }): Promise<Reply[]> {
  const res = await t.chat({ sessionId, ...body });
  expect(res.status).toBe(200);
  seen.push(...res.body.replies);
  return res.body.replies;
}
const all = (replies: Reply[]) => replies.map((r) => [r.text, ...(r.choices ?? []).map((c) => c.label)].join('\n')).join('\n');
const choiceIds = (replies: Reply[]) => replies.flatMap((r) => r.choices ?? []).map((c) => c.id);

/** The literal words of a text (the longest run between its arguments), to look for in what the person read. */
function fragmentOf(lang: 'vi' | 'en', key: string): string {
  const marker = '\u0001';
  const args = Object.fromEntries(['alias', 'text', 'minutes', 'time', 'ref', 'phone', 'queued', 'callback', 'referral'].map((a) => [a, marker]));
  const rendered = i18n.t(lang, key, { ...args, callback: key === 'intake-next' ? 'phone' : marker, queued: 'yes' });
  return rendered.split(/[\u0001\n]/).map((s) => s.trim()).sort((a, b) => b.length - a.length)[0]!;
}

describe('web chat with no counsellor configured', () => {
  it('opens no waiting room from the counsellor menu: says nobody will read or call, and gives the numbers', async () => {
    await send('nobody-menu-000001', { text: '/start' });
    const replies = await send('nobody-menu-000001', { choice: 'counsellor' });
    expect(all(replies)).toContain(i18n.t('vi', 'counsellor-none').split('\n')[0]);
    expect(all(replies)).toMatch(/113[\s\S]*115[\s\S]*111/);
    expect(all(replies)).toContain('18008080');
    expect(choiceIds(replies)).not.toContain('relay-yes');
    // Typing here is not passed to anybody: it is not even taken as a message for someone.
    const typed = await send('nobody-menu-000001', { text: 'chị ơi em cần nói chuyện' });
    expect(all(typed)).not.toContain(i18n.t('vi', 'counsellor-waiting'));
  });

  it('in danger gives the numbers and says no counsellor is online, with no offer of one', async () => {
    await send('nobody-danger-00001', { text: '/start' });
    const replies = await send('nobody-danger-00001', { text: 'cứu tôi với, chồng tôi đang đánh tôi' });
    expect(all(replies)).toContain('113');
    expect(all(replies)).toContain(i18n.t('vi', 'escalation-unavailable').split('\n')[0]);
    expect(choiceIds(replies)).not.toContain('relay-yes');
    const self = await send('nobody-selfharm-001', { text: 'em muốn chết' });
    expect(choiceIds(self)).not.toContain('relay-yes');
  });

  it('offers no way of being contacted in the intake, and says nobody will contact the person', async () => {
    const s = 'nobody-intake-00001';
    await send(s, { text: '/start' });
    for (const choice of ['report', 'start', 'self', 'done', 'skip', 'skip', 'skip', 'skip']) await send(s, { choice });
    const atContact = await send(s, { choice: 'skip' });
    expect(all(atContact)).toContain(i18n.t('vi', 'intake-no-contact').split('\n')[0]);
    expect(choiceIds(atContact)).not.toEqual(expect.arrayContaining(['chat']));
    expect(choiceIds(atContact)).not.toContain('phone');
    for (const choice of ['continue', 'skip', 'skip']) await send(s, { choice });
    const done = await send(s, { choice: 'submit' });
    expect(all(done)).toMatch(/TC-[A-Z0-9]{6}/);
    expect(all(done)).toContain('Sẽ không ai liên hệ với bạn');
  });

  it('showed no text that promises a person in any reply above', () => {
    expect(seen.length).toBeGreaterThan(10);
    const shown = all(seen);
    const found = Object.keys(PROMISE_KEYS).filter((key) => shown.includes(fragmentOf('vi', key)));
    expect(found).toEqual([]);
    expect(shown).not.toContain(fragmentOf('vi', 'intake-next'));
  });
});
