// A real crash: the app runs as its own process (src/main.ts), takes a danger message, commits the escalation,
// and is killed with SIGKILL while Telegram refuses every message. A new process on the same database delivers
// the escalation to the counsellors' group exactly once.
import { describe, expect, it } from 'vitest';
import { DANGER_TEXT, GROUP_ID } from './support/handoff-harness.js';
import { crashWorld, startAppProcess } from './support/app-process.js';

const world = crashWorld();

const startProcess = () => startAppProcess(world.stub, world.target, world.children);

const cardsFor = (ref: string) => world.stub.calls.filter((c) => c.method === 'sendMessage' && c.response.ok
  && Number(c.body.chat_id) === GROUP_ID && String(c.body.text).includes(ref) && String(c.body.text).includes('NGUY HIỂM'));

describe('a crash between escalation and delivery', () => {
  it('delivers the escalation once after the killed process is replaced', async () => {
    world.stub.group({ id: GROUP_ID, title: 'Nhóm tư vấn viên', isForum: true });
    const first = await startProcess();
    world.stub.failAlways('sendMessage', { code: 500 });
    world.stub.failAlways('createForumTopic', { code: 500 });
    const person = world.stub.user({ id: 701_000_001, firstName: 'Người gặp nạn' });
    person.sendText(DANGER_TEXT);
    // The escalation is committed once the app tries to deliver it to the group.
    await world.stub.waitFor((c) => c.method === 'sendMessage' && Number(c.body.chat_id) === GROUP_ID, 60_000);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe(null);

    world.stub.clearFaults();
    await startProcess();
    const card = await world.stub.waitFor((c) => c.method === 'sendMessage' && c.response.ok && Number(c.body.chat_id) === GROUP_ID && String(c.body.text).includes('NGUY HIỂM'), 60_000);
    const ref = /TC-[A-Z0-9]{6}/.exec(String(card.body.text))![0];
    // Let the new process go on (a further exchange with the person, so more delivery passes run): no second card.
    const since = world.stub.calls.length;
    person.sendText('menu');
    await world.stub.waitFor((c) => c.method === 'sendMessage' && c.response.ok && Number(c.body.chat_id) === 701_000_001, 30_000, { since });
    expect(cardsFor(ref)).toHaveLength(1);
    // The person's own answer (the emergency numbers) also arrived after the restart.
    expect(person.messages().some((m) => m.from?.is_bot && m.text?.includes('113'))).toBe(true);
  }, 180_000);
});
