import { afterEach, describe, expect, it } from 'vitest';
import type { ModuleFactory } from '../../src/app.js';
import type { InboundMessage } from '../../src/core/messages.js';
import { snapshotContext } from '../../src/core/engine.js';
import { createSealer } from '../../src/privacy/sealer.js';
import { recorderRegistry } from '../support/flows/recorder.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let running: TestApp | undefined;
afterEach(async () => { await running?.close(); running = undefined; });

const text = (userId: string, updateId: string, body: string): InboundMessage => ({
  channel: 'web', userId, address: { chatId: userId }, updateId, at: new Date(), content: { kind: 'text', text: body },
});

async function seenBy(t: TestApp, userId: string): Promise<string[]> {
  const chatKey = t.app.core.chatKeyOf('web', userId);
  const conv = await t.app.database.db.conversation.findFirstOrThrow({ where: { channel: 'web', chatKey } });
  // Snapshots are sealed at rest; the test opens them with the app's key.
  const sealer = createSealer(Buffer.from(t.target.env.ENCRYPTION_KEY!, 'hex'));
  return JSON.parse(sealer.open((conv.snapshot as { sealed: string }).sealed, snapshotContext(conv.id))).context.seen;
}

describe('conversation core', () => {
  it('processes a repeated update id once and answers the repeat with the first replies', async () => {
    running = await startTestApp({ flows: recorderRegistry() });
    const first = await running.app.core.handle(text('user-a', 'u1', 'xin chao'));
    const again = await running.app.core.handle(text('user-a', 'u1', 'xin chao'));
    expect(first.duplicate).toBe(false);
    expect(first.replies.length).toBeGreaterThan(0);
    expect(again).toEqual({ ...first, duplicate: true });
    expect(await seenBy(running, 'user-a')).toEqual(['xin chao']);
    const outbox = await running.app.database.db.outbox.count();
    expect(outbox).toBe(first.replies.length);
  });

  it('hands 20 simultaneous messages of one chat to its flow one at a time, in arrival order', async () => {
    let active = 0;
    let maxActive = 0;
    // Wraps the `say` effect to observe overlap: a second message of the chat entering while one is inside fails.
    const probe: ModuleFactory = () => ({
      name: 'probe',
      effects: {
        async say(ctx, e) {
          active++;
          maxActive = Math.max(maxActive, active);
          await new Promise((r) => setTimeout(r, 5));
          ctx.out.push({ text: `${e.key}:${e.args?.n}` });
          active--;
        },
      },
    });
    running = await startTestApp({ flows: recorderRegistry(), modules: [probe] });
    const sent = Array.from({ length: 20 }, (_, i) => `tin ${i + 1}`);
    const results = await Promise.all(sent.map((body, i) => running!.app.core.handle(text('user-b', `b${i}`, body))));
    expect(maxActive).toBe(1);
    expect(await seenBy(running, 'user-b')).toEqual(sent);
    // One answer per update, each carrying the count the flow had reached.
    expect(results.map((r) => r.replies[0]?.message.text)).toEqual(sent.map((_, i) => `test-count:${i + 1}`));
  });

  it('handles different chats in parallel', async () => {
    running = await startTestApp({ flows: recorderRegistry() });
    await Promise.all(['c1', 'c2', 'c3'].flatMap((u) => [1, 2].map((n) => running!.app.core.handle(text(u, `${u}-${n}`, `m${n}`)))));
    for (const u of ['c1', 'c2', 'c3']) expect(await seenBy(running, u)).toEqual(['m1', 'm2']);
  });

  it('continues a conversation where it was after the app restarts', async () => {
    running = await startTestApp({ flows: recorderRegistry() });
    await running.chat({ sessionId: 'restart-session-0001', text: 'mot' });
    await running.chat({ sessionId: 'restart-session-0001', text: 'hai' });
    running = await running.restart();
    const res = await running.chat({ sessionId: 'restart-session-0001', text: 'ba' });
    expect(res.status).toBe(200);
    expect(res.body.replies[0].text).toBe('test-count');
    expect(await seenBy(running, 'restart-session-0001')).toEqual(['mot', 'hai', 'ba']);
  });

  it('restarts a snapshot of a retired flow version kindly at the menu instead of failing', async () => {
    running = await startTestApp({ flows: recorderRegistry(1) });
    await running.chat({ sessionId: 'version-session-0001', text: 'truoc' });
    const target = running.target;
    await running.app.stop();
    running = await startTestApp({ flows: recorderRegistry(2), target, ownsTarget: true });
    const res = await running.chat({ sessionId: 'version-session-0001', text: 'sau' });
    expect(res.status).toBe(200);
    expect(res.body.replies[0].text).toMatch(/bắt đầu lại/);
    expect(await seenBy(running, 'version-session-0001')).toEqual([]);
  });
});
