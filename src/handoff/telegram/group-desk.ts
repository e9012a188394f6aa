// The counsellors' Telegram supergroup as a desk adapter: one forum topic per case where the group has topics
// (otherwise the case card is the thread root), buttons for the card, mentions by tg://user links. It translates
// the port's verbs into Bot API calls and Bot API failures into the port's errors; it reads and writes no case.
import { GrammyError, InlineKeyboard, type Api, type Composer, type Context } from 'grammy';
import { AppError } from '../../core/errors.js';
import type { Translator } from '../../core/i18n.js';
import type { Logger } from '../../logger.js';
import type { Pseudonymise } from '../../privacy/pseudonym.js';
import { classify, splitText } from '../../channels/telegram/outbound.js';
import { escapeHtml } from '../case-card.js';
import type { DeskAdapter, DeskCase, DeskText, Posted, PostOptions } from '../desk.js';
import { claimData, closeData } from './callback-data.js';
import { installGroupHandlers } from './group-handlers.js';

/** The Telegram group's desk id: the outbox channel of its rows. */
export const TELEGRAM_GROUP_DESK = 'staff';

export interface GroupDeskDeps {
  api: Api;
  /** Middleware for the group, run before the bot's private-chat handling. */
  staff: Composer<Context>;
  chatId: number;
  /** Telegram user ids allowed to act (COUNSELLOR_IDS). */
  counsellorIds: readonly string[];
  i18n: Translator;
  pseudonymise: Pseudonymise;
  log: Logger;
  now: () => Date;
}

/** The pseudonym of a counsellor's Telegram account: the key of their alias and of their actions. */
export const counsellorKey = (pseudonymise: Pseudonymise, telegramId: string | number) => pseudonymise('telegram-staff', String(telegramId));

export function caseButtons(i18n: Translator, ref: string): InlineKeyboard {
  return new InlineKeyboard().text(i18n.t('vi', 'staff-button-claim'), claimData(ref)).text(i18n.t('vi', 'staff-button-close'), closeData(ref));
}

const silence = (opts: PostOptions): object => (opts.silent ? { disable_notification: true } : {});

export function telegramGroupDesk(deps: GroupDeskDeps): DeskAdapter {
  const { api, chatId, i18n } = deps;
  let topicsUnsupported = false;

  const where = (c: DeskCase): object => (c.thread ? { message_thread_id: Number(c.thread) }
    : c.root ? { reply_parameters: { message_id: Number(c.root), allow_sending_without_reply: true } } : {});

  /**
   * A case's topic that a member closed is reopened and the call repeated; one that was deleted is reported to the
   * service as gone (it forgets it; meanwhile messages go to the group). Without this the case's outbox rows would
   * fail forever, and every later message of the case would wait behind them.
   */
  const call = async (c: DeskCase, send: () => Promise<Posted>): Promise<Posted> => {
    try {
      return await send();
    } catch (error) {
      if (c.thread && error instanceof GrammyError && error.error_code === 400) {
        if (/TOPIC_CLOSED/i.test(error.description)) {
          await api.reopenForumTopic(chatId, Number(c.thread)).catch(() => {});
          deps.log.warn({ method: error.method }, 'the case topic was closed; reopened it');
          try { return await send(); } catch (again) { throw classify(again); }
        }
        if (/thread not found|TOPIC_DELETED|TOPIC_ID_INVALID/i.test(error.description)) {
          throw new AppError('not_found', 'the case thread is gone', { cause: classify(error), details: { method: error.method } });
        }
      }
      throw classify(error);
    }
  };

  const sendHtml = async (html: string, extra: object): Promise<Posted> => {
    const sent = await api.sendMessage(chatId, html, { parse_mode: 'HTML', ...extra });
    return { messageIds: [String(sent.message_id)] };
  };

  return {
    id: TELEGRAM_GROUP_DESK,

    async openThread(c) {
      if (topicsUnsupported) return null;
      // Topic names carry the case reference, never a name.
      try {
        const topic = await api.createForumTopic(chatId, `${i18n.t('vi', 'staff-case')} ${c.ref}`);
        return String(topic.message_thread_id);
      } catch (error) {
        const code = (error as { error_code?: number }).error_code;
        if (code === 400) topicsUnsupported = true;
        deps.log.warn({ method: 'createForumTopic', code }, 'no forum topic for the case; the case message is the thread root');
        return null;
      }
    },

    announce(c, card, opts = {}) {
      const html = 'html' in card ? card.html : escapeHtml(card.plain);
      const quiet = silence(opts);
      if (opts.remind) {
        // A re-announcement is a fresh message in the group (not only in the topic), so it is seen.
        const mentions = opts.remind.map((p) => `<a href="tg://user?id=${encodeURIComponent(p.account)}">${escapeHtml(p.alias)}</a>`).join(' ');
        return call(c, () => sendHtml(mentions ? `${html}\n${mentions}` : html, { reply_markup: caseButtons(i18n, c.ref), ...quiet }));
      }
      return call(c, () => sendHtml(html, { reply_markup: caseButtons(i18n, c.ref), ...(c.thread ? { message_thread_id: Number(c.thread) } : {}), ...quiet }));
    },

    post(c, text, opts = {}) {
      const quiet = silence(opts);
      if ('html' in text) return call(c, () => sendHtml(text.html, { ...where(c), ...quiet }));
      // Plain text, split at Telegram's limit: the person may have written up to 4096 characters themselves.
      return call(c, async () => {
        const ids: string[] = [];
        for (const part of splitText(text.plain)) ids.push(String((await api.sendMessage(chatId, part, { ...where(c), ...quiet })).message_id));
        return { messageIds: ids };
      });
    },

    listen(actions) {
      installGroupHandlers(deps.staff, { actions, i18n, allowed: new Set(deps.counsellorIds), keyOf: (id) => counsellorKey(deps.pseudonymise, id), log: deps.log, now: deps.now });
    },

    async onDuty(aliasOf) {
      return Promise.all(deps.counsellorIds.map(async (id) => ({ account: id, alias: (await aliasOf(counsellorKey(deps.pseudonymise, id))) ?? i18n.t('vi', 'staff-default-alias') })));
    },
  };
}
