// The real app with the Zalo OA channel on, pointed at the OA stub (test/support/zalo-oa-stub), and simulated
// people who send what Zalo would deliver to the webhook: text, button taps (the payload comes back as text),
// locations. Each action waits until the app has delivered every reply to that person, then returns them.
import { loadConfig, textGlobals } from '../../../../src/config.js';
import { loadTranslator, type Translator } from '../../../../src/core/i18n.js';
import { startTestApp, type TestApp, type TestAppOptions } from '../../../support/test-app.js';
import { startOaStub, type OaSent, type OaStub } from '../../../support/zalo-oa-stub/server.js';
import { locationEvent, postEvent, textEvent } from '../../../support/zalo-oa-stub/webhook.js';

export const OA = { appId: '2553928453557884079', appSecret: 'app-secret-key-123', secretKey: 'oa-secret-key-abc', refreshToken: 'rt-initial-first-token' };

export interface Answer { messages: OaSent[]; text: string; choices: string[]; status: number }

export interface OaPerson {
  id: string;
  says(text: string): Promise<Answer>;
  /** Taps the button for a choice (its payload is sent as text), or — when the screen lists choices as numbered
   * lines because there were more than five — types the number in front of the label. */
  chooses(id: string, labelKey: string): Promise<Answer>;
  sendsLocation(latitude: string, longitude: string): Promise<Answer>;
  last(): Answer | undefined;
}

export interface OaTestApp {
  t: TestApp;
  stub: OaStub;
  i18n: Translator;
  chatKeyOf(userId: string): string;
  person(id: string): OaPerson;
  /** Waits until no reply to this person is pending in the outbox. */
  settled(userId: string): Promise<void>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export function oaEnv(stub: OaStub): Record<string, string> {
  return {
    ZALO_OA_APP_ID: OA.appId, ZALO_OA_APP_SECRET: OA.appSecret, ZALO_OA_SECRET_KEY: OA.secretKey, ZALO_OA_REFRESH_TOKEN: OA.refreshToken,
    ZALO_OA_API_ROOT: stub.url, ZALO_OAUTH_ROOT: stub.url,
  };
}

export async function until(check: () => Promise<boolean> | boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function startOaTestApp(opts: TestAppOptions = {}): Promise<OaTestApp> {
  const stub = await startOaStub({ appId: OA.appId, appSecret: OA.appSecret, refreshToken: OA.refreshToken });
  let t = await startTestApp({ ...opts, env: { ...oaEnv(stub), ...opts.env } });
  const i18n = loadTranslator(textGlobals(loadConfig({})));
  const chatKeyOf = (userId: string) => t.app.core.chatKeyOf('zalo-oa', userId);
  const settled = (userId: string) => until(async () => (await t.app.database.db.outbox.count({ where: { channel: 'zalo-oa', chatKey: chatKeyOf(userId), status: 'pending' } })) === 0);

  const self: OaTestApp = {
    get t() { return t; },
    stub, i18n, chatKeyOf, settled,
    person(id) {
      let lastAnswer: Answer | undefined;
      const act = async (event: Record<string, unknown>): Promise<Answer> => {
        const before = stub.sent.length;
        const res = await postEvent(t.url, event, OA.secretKey);
        if (res.status === 200) await settled(id);
        const messages = stub.sent.slice(before).filter((m) => m.userId === id);
        const withButtons = [...messages].reverse().find((m) => m.buttons.length);
        const answer: Answer = {
          messages, status: res.status, text: messages.map((m) => m.text).join('\n'),
          choices: (withButtons?.buttons ?? []).filter((b) => typeof b.payload === 'string').map((b) => String(b.payload).replace(/^#c:/, '')),
        };
        if (messages.length) lastAnswer = answer;
        return answer;
      };
      const person: OaPerson = {
        id,
        says: (text) => act(textEvent(id, text, { appId: OA.appId })),
        async chooses(choice, labelKey) {
          const shown = lastAnswer?.messages.at(-1);
          if (!shown) throw new Error('nothing on screen');
          const tap = shown.buttons.find((b) => b.type === 'oa.query.hide' && b.payload === `#c:${choice}`);
          if (tap) return act(textEvent(id, String(tap.payload), { appId: OA.appId }));
          const label = i18n.t('vi', labelKey);
          const line = lastAnswer!.text.split('\n').find((l) => new RegExp(`^\\d+\\. ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).test(l));
          if (!line) throw new Error(`no button and no numbered line for "${choice}" (${label}) in:\n${lastAnswer!.text}`);
          return act(textEvent(id, line.split('.')[0]!, { appId: OA.appId }));
        },
        sendsLocation: (lat, lon) => act(locationEvent(id, lat, lon, { appId: OA.appId })),
        last: () => lastAnswer,
      };
      return person;
    },
    async restart() { t = await t.restart(); },
    async close() { await t.close(); await stub.close(); },
  };
  return self;
}
