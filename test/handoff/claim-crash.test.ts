// A real crash between a claim and the person's notice: the app runs as its own process (src/main.ts), a
// counsellor claims a case while Telegram refuses every message, and the process is SIGKILLed after the claim
// committed but before "a counsellor joined" reached the person. The notice was committed with the claim (one
// transaction: case + timeline + outbox), so a new process on the same database delivers it — once.
import type { Message } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { loadConfig, textGlobals } from '../../src/config.js';
import { loadTranslator } from '../../src/core/i18n.js';
import type { StubCall } from '../support/telegram-stub/index.js';
import { callbackData } from '../channels/telegram/support/telegram-test-app.js';
import { GROUP_ID, LAN } from './support/handoff-harness.js';
import { crashWorld, startAppProcess } from './support/app-process.js';

const i18n = loadTranslator(textGlobals(loadConfig({})));
const PERSON = 702_000_001;

const world = crashWorld();

const startProcess = () => startAppProcess(world.stub, world.target, world.children);

const sentOk = (chatId: number) => (c: StubCall) => c.method === 'sendMessage' && c.response.ok && Number(c.body.chat_id) === chatId;
const result = (c: StubCall) => (c.response as { result: Message }).result;
/** What the person's flow says when a counsellor joins (Lan set no alias: the default one). */
const joined = i18n.t('vi', 'counsellor-joined', { alias: i18n.t('vi', 'staff-default-alias') });
const joinedText = (c: StubCall) => c.body.text === joined;

describe('a crash between a claim and the person\'s notice', () => {
  it('tells the person once, after the killed process is replaced', async () => {
    const group = world.stub.group({ id: GROUP_ID, title: 'Nhóm tư vấn viên', isForum: true });
    const lan = group.member(LAN);
    const person = world.stub.user({ id: PERSON, firstName: 'Người cần nói chuyện' });
    const first = await startProcess();

    // The person asks for a counsellor and agrees to be written to here; the case card reaches the group.
    const press = async (data: string) => {
      const since = world.stub.calls.length;
      const message = [...person.messages()].reverse().find((m) => callbackData(m).includes(data));
      if (!message) throw new Error(`no button ${data}`);
      person.pressButton(message.message_id, data);
      await world.stub.waitFor(sentOk(PERSON), 30_000, { since });
    };
    let since = world.stub.calls.length;
    person.sendCommand('/start');
    await world.stub.waitFor((c) => sentOk(PERSON)(c) && callbackData(result(c)).includes('counsellor'), 30_000, { since });
    await press('counsellor');
    since = world.stub.calls.length;
    await press('relay-yes');
    // Every reply to that press is delivered (the waiting screen is the last) before Telegram starts refusing.
    await world.stub.waitFor((c) => sentOk(PERSON)(c) && c.body.text === i18n.t('vi', 'counsellor-waiting'), 30_000, { since });
    const card = result(await world.stub.waitFor((c) => sentOk(GROUP_ID)(c) && callbackData(result(c)).some((d) => d.startsWith('h:claim:')), 30_000));
    const claim = callbackData(card).find((d) => d.startsWith('h:claim:'))!;

    // From now on Telegram refuses every message. The claim commits (the button is answered after the commit), and
    // the app tries to tell the person: that attempt fails, and the process is killed.
    world.stub.failAlways('sendMessage', { code: 500 });
    since = world.stub.calls.length;
    const pressed = lan.pressButton(card.message_id, claim);
    await world.stub.waitFor((c) => c.method === 'answerCallbackQuery' && c.body.callback_query_id === pressed.callbackQueryId, 30_000, { since });
    await world.stub.waitFor((c) => c.method === 'sendMessage' && !c.response.ok && Number(c.body.chat_id) === PERSON && joinedText(c), 30_000, { since });
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe(null);
    expect(world.stub.calls.filter((c) => sentOk(PERSON)(c) && joinedText(c))).toHaveLength(0);

    // A new process on the same database delivers the notice.
    world.stub.clearFaults();
    await startProcess();
    await world.stub.waitFor((c) => sentOk(PERSON)(c) && joinedText(c), 60_000);
    // The person writes to the counsellor: their words reach the case thread, and no second notice was sent.
    since = world.stub.calls.length;
    person.sendText('Em cảm ơn chị.');
    await world.stub.waitFor((c) => sentOk(GROUP_ID)(c) && String(c.body.text).includes('Em cảm ơn chị.'), 30_000, { since });
    expect(world.stub.calls.filter((c) => sentOk(PERSON)(c) && joinedText(c))).toHaveLength(1);
    expect(person.messages().filter((m) => m.from?.is_bot && m.text === joined)).toHaveLength(1);
  }, 240_000);
});
