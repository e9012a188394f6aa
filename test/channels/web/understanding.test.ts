// Free text through the web chat, end to end (real HTTP, real database): a disclosure is named and leads to a
// report with the kind ticked, an English first message is answered in English, and text the bot cannot read
// still gets "Mình chưa hiểu ý bạn".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const textOf = (body: { replies: { text: string }[] }) => body.replies.map((r) => r.text).join('\n');

describe('web chat: messages in the person\'s own words', () => {
  it('names a disclosure and opens the report with its kind ticked', async () => {
    const first = await t.chat({ sessionId: 'web-understanding-0001', text: 'chồng tôi chửi bới xúc phạm tôi suốt ngày' });
    expect(first.status).toBe(200);
    expect(textOf(first.body)).toContain('bạo lực tinh thần — đó không phải lỗi của bạn');
    expect(first.body.replies.at(-1).choices.map((c: { id: string }) => c.id)).toContain('report');
    const report = await t.chat({ sessionId: 'web-understanding-0001', choice: 'report' });
    expect(textOf(report.body)).toContain('Mình đã đánh dấu sẵn: Chửi bới, lăng mạ, đe doạ');
  });

  it('answers an English first message in English', async () => {
    const res = await t.chat({ sessionId: 'web-understanding-0002', text: 'I want to learn the law' });
    expect(res.status).toBe(200);
    expect(textOf(res.body)).toContain('What would you like to know about?');
    expect(textOf(res.body)).not.toContain('Bạn muốn');
  });

  it('asks "are you safe right now?" with the numbers when a threat is told', async () => {
    const res = await t.chat({ sessionId: 'web-understanding-0003', text: 'chồng tôi hay chửi bới và dọa bỏ tôi' });
    const text = textOf(res.body);
    expect(text).toContain('Bạn có đang an toàn ngay lúc này không?');
    expect(text).toContain('113');
    expect(text).toContain('18008080');
  });

  it('still says "Mình chưa hiểu ý bạn" to text it cannot read', async () => {
    await t.chat({ sessionId: 'web-understanding-0004', text: 'xin chào' });
    const res = await t.chat({ sessionId: 'web-understanding-0004', text: 'qwrtz xkcd' });
    expect(textOf(res.body)).toContain('Mình chưa hiểu ý bạn');
  });
});
