// Core outbound message → OA CS messages. Text is cut at sentence ends (≤ 2000 characters); the choices become
// `oa.query.hide` buttons whose payload comes back as text and acts exactly like the button (inbound.ts). Zalo
// shows at most 5 buttons: with more choices, every choice is also written as a numbered line (a typed number
// works). Emergency numbers named in the text get `oa.open.phone` buttons. A quick exit cannot delete Zalo
// messages: it says how to delete the conversation in the app.
import { PermanentDeliveryError, type OutboxSender } from '../../core/delivery.js';
import type { Translator } from '../../core/i18n.js';
import type { OutboundChoice, OutboundMessage } from '../../core/messages.js';
import { EXIT_CHOICE, SOS_CHOICE } from '../../core/render.js';
import type { Store } from '../../db/repositories/index.js';
import { deskRow } from '../../handoff/desk-rows.js';
import type { Logger } from '../../logger.js';
import { withNumberedChoices } from '../zalo-common/numbered-choices.js';
import { splitAtSentences } from '../zalo-common/split-text.js';
import { ZaloWindowError, type OaApi, type OaButton } from './api.js';
import { CHOICE_PAYLOAD } from './inbound.js';

export const MAX_BUTTONS = 5;
const TITLE_LIMIT = 100;
const EMERGENCY_NUMBERS = ['113', '115', '111', '18008080'];

const button = (c: OutboundChoice): OaButton => ({ title: c.label.slice(0, TITLE_LIMIT), type: 'oa.query.hide', payload: `${CHOICE_PAYLOAD}${c.id}` });

/** The text and buttons of one outbound message (pure: tests read it directly). Five buttons at most, in this
 * priority: a call button for each emergency number the text names (two at most), the two universal options, then
 * the flow's own choices in order. When not every choice fits, all of them are also written as numbered lines. */
export function layout(message: OutboundMessage, i18n: Translator): { text: string; buttons: OaButton[] } {
  const choices = message.choices ?? [];
  const own = choices.filter((c) => c.id !== SOS_CHOICE && c.id !== EXIT_CHOICE);
  const universal = choices.filter((c) => c.id === SOS_CHOICE || c.id === EXIT_CHOICE);
  const lang = message.lang ?? 'vi';
  let text = message.clearChat ? [i18n.t(lang, 'zalo-quick-exit'), message.text].filter(Boolean).join('\n\n') : message.text;
  const phones: OaButton[] = EMERGENCY_NUMBERS
    .filter((number) => new RegExp(`(^|\\D)${number}(\\D|$)`).test(text))
    .slice(0, 2)
    .map((number) => ({ title: `📞 ${number}`, type: 'oa.open.phone' as const, payload: { phone_code: number } }));
  const room = Math.max(0, MAX_BUTTONS - universal.length - phones.length);
  if (own.length > room) text = withNumberedChoices(text, own, i18n, lang);
  const buttons = [...own.slice(0, room).map(button), ...universal.map(button), ...phones];
  if (message.askLocation) text = `${text}\n\n${i18n.t(lang, 'zalo-share-location')}`;
  return { text: text || '…', buttons };
}

export interface OaSenderDeps {
  api: OaApi; i18n: Translator; store: Store; log: Logger; kick(): void; now?: () => Date;
  /** The counsellors' desk id (its outbox channel); absent: no desk, the timeline alone records the refusal. */
  desk?: string;
}

export function oaSender(deps: OaSenderDeps): OutboxSender {
  const now = deps.now ?? (() => new Date());

  // Outside Zalo's 7-day window: the case timeline says so and the counsellors are told (once a day at most), in
  // one transaction so the notice is never written without its timeline event or the other way round.
  // The person's flow is not told: a refused message changes nothing the person can see or do until they write
  // again, and writing again reopens the window.
  const recordWindowClosed = async (chatKey: string, outboxId: bigint) => {
    const added = await deps.store.transaction(async (repos) => {
      const open = await repos.cases.findOpen(chatKey);
      if (!open) return false;
      const at = now();
      const recent = await repos.cases.hasEventSince(open.id, 'zalo-undeliverable', new Date(at.getTime() - 24 * 3600_000));
      await repos.cases.addEvent(open.id, { type: 'zalo-undeliverable', data: { code: -230, outboxId: String(outboxId) } }, at);
      if (recent || !deps.desk) return false;
      await repos.outbox.add([deskRow(deps.desk, open.id, 'notice', { noticeKey: 'staff-zalo-undeliverable' })]);
      return true;
    });
    if (added) deps.kick();
  };

  return {
    async send(address, message, meta) {
      if (!address) throw new PermanentDeliveryError('no chat address');
      const { text, buttons } = layout(message, deps.i18n);
      const parts = splitAtSentences(text);
      const ids: string[] = [];
      try {
        for (const [i, part] of parts.entries()) {
          const last = i === parts.length - 1;
          ids.push(await deps.api.sendCs(address.chatId, part, last && buttons.length ? buttons : undefined));
        }
      } catch (error) {
        if (error instanceof ZaloWindowError) {
          await recordWindowClosed(meta.chatKey, meta.outboxId).catch((e) => deps.log.error({ code: (e as { code?: unknown }).code }, 'could not record the closed Zalo window'));
        }
        throw error;
      }
      return { messageIds: ids.filter(Boolean) };
    },
  };
}
