// Two app instances on one PostgreSQL: messages of one chat arriving at both at once are applied one at a time
// (the conversation row lock), so the flow sees every message exactly once and none is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotContext } from '../../src/core/engine.js';
import type { InboundMessage } from '../../src/core/messages.js';
import { createSealer } from '../../src/privacy/sealer.js';
import { recorderRegistry } from '../support/flows/recorder.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testDbKind } from '../support/test-db.js';

describe.skipIf(testDbKind !== 'postgres')('two instances on one PostgreSQL (needs TEST_DB=postgres: PGlite is one process)', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp({ flows: recorderRegistry(), modules: [] });
    b = await startTestApp({ flows: recorderRegistry(), modules: [], target: a.target });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('applies 40 messages of one chat sent to both instances at once without losing or repeating one', async () => {
    const msg = (i: number): InboundMessage => ({
      channel: 'web', userId: 'shared-chat', address: { chatId: 'shared-chat' }, updateId: `m${i}`, at: new Date(), content: { kind: 'text', text: `tin ${i}` },
    });
    const sent = Array.from({ length: 40 }, (_, i) => i);
    // Each message is also delivered to the other instance (a retried webhook): it must be applied once.
    await Promise.all(sent.flatMap((i) => [a.app.core.handle(msg(i)), b.app.core.handle(msg(i))]));
    const chatKey = a.app.core.chatKeyOf('web', 'shared-chat');
    const conv = await a.app.database.db.conversation.findFirstOrThrow({ where: { chatKey } });
    const sealer = createSealer(Buffer.from(a.target.env.ENCRYPTION_KEY!, 'hex'));
    const seen: string[] = JSON.parse(sealer.open((conv.snapshot as { sealed: string }).sealed, snapshotContext(conv.id))).context.seen;
    expect([...seen].sort()).toEqual(sent.map((i) => `tin ${i}`).sort());
    expect(new Set(seen).size).toBe(40);
  });

  it('answers a message delivered to both instances at once with the same replies from each', async () => {
    const msg = (i: number): InboundMessage => ({
      channel: 'web', userId: 'shared-chat-2', address: { chatId: 'shared-chat-2' }, updateId: `r${i}`, at: new Date(), content: { kind: 'text', text: `tin ${i}` },
    });
    const pairs = await Promise.all(Array.from({ length: 20 }, (_, i) => Promise.all([a.app.core.handle(msg(i)), b.app.core.handle(msg(i))])));
    for (const [fromA, fromB] of pairs) {
      // The instance that lost the race waited for the other's commit and read what it recorded.
      expect([fromA!.duplicate, fromB!.duplicate].sort()).toEqual([false, true]);
      expect(fromA!.replies.length).toBeGreaterThan(0);
      expect(fromB!.replies).toEqual(fromA!.replies);
    }
  });
});
