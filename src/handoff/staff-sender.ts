// Delivers outbox rows addressed to the counsellors' group: case cards (one topic per case where the group has
// forum topics, otherwise the card is the thread root), the person's relayed messages, re-announcements, notices.
import { GrammyError, InlineKeyboard, type Api } from 'grammy';
import type { OutboxSender } from '../core/delivery.js';
import type { Translator } from '../core/i18n.js';
import type { Db } from '../db/database.js';
import type { Sealer } from '../privacy/sealer.js';
import type { Logger } from '../logger.js';
import { classify, splitText } from '../channels/telegram/outbound.js';
import { escapeHtml, minutesSince, renderCaseCard } from './case-card.js';
import type { StaffPayload } from './escalation-effects.js';

export interface StaffSenderDeps {
  api: Api;
  chatId: number;
  db: Db;
  i18n: Translator;
  sealer: Sealer;
  log: Logger;
  now: () => Date;
  /** Counsellors to mention in a second re-announcement: Telegram id → alias. */
  onDuty: () => Promise<{ id: string; alias: string }[]>;
}

export const claimData = (ref: string) => `h:claim:${ref}`;
export const closeData = (ref: string) => `h:close:${ref}`;

export function caseButtons(i18n: Translator, ref: string): InlineKeyboard {
  return new InlineKeyboard().text(i18n.t('vi', 'staff-button-claim'), claimData(ref)).text(i18n.t('vi', 'staff-button-close'), closeData(ref));
}

export function staffSender(deps: StaffSenderDeps): OutboxSender {
  const { api, chatId, db, i18n } = deps;
  let topicsUnsupported = false;

  const threadOf = async (caseId: string) => {
    const row = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    const where = row.threadId ? { message_thread_id: Number(row.threadId) }
      : row.groupMessageId ? { reply_parameters: { message_id: Number(row.groupMessageId), allow_sending_without_reply: true } } : {};
    return { row, where };
  };

  const send = async (text: string, extra: object) => {
    const sent = await api.sendMessage(chatId, text, { parse_mode: 'HTML', ...extra });
    return { messageIds: [String(sent.message_id)] };
  };

  /**
   * A case's topic that a member closed is reopened; one that was deleted is forgotten (the next card gets a new
   * topic; meanwhile messages go to the group). Without this the case's outbox rows would fail forever, and every
   * later message of the case would wait behind them. True when the call is worth repeating.
   */
  const repairTopic = async (caseId: string, threadId: string | null, error: unknown): Promise<boolean> => {
    if (!threadId || !(error instanceof GrammyError) || error.error_code !== 400) return false;
    if (/TOPIC_CLOSED/i.test(error.description)) {
      await api.reopenForumTopic(chatId, Number(threadId)).catch(() => {});
      deps.log.warn({ method: error.method }, 'the case topic was closed; reopened it');
      return true;
    }
    if (/thread not found|TOPIC_DELETED|TOPIC_ID_INVALID/i.test(error.description)) {
      await db.case.updateMany({ where: { id: caseId, threadId }, data: { threadId: null } });
      deps.log.warn({ method: error.method }, 'the case topic is gone; the case continues without it');
      return true;
    }
    return false;
  };

  /** Sends into the case's thread (topic, or replies to the case message), repairing a closed or deleted topic once. */
  const sendInThread = async (caseId: string, call: (where: object) => Promise<{ messageIds: string[] }>) => {
    const { row, where } = await threadOf(caseId);
    try {
      return await call(where);
    } catch (error) {
      if (!(await repairTopic(caseId, row.threadId, error))) throw error;
      return call((await threadOf(caseId)).where);
    }
  };

  return {
    async send(_address, message) {
      const p = message as StaffPayload & { noticeKey?: string; level?: string };
      try {
        if (p.staff === 'escalation') {
          try {
            return await sendCard(p.caseId);
          } catch (error) {
            const { threadId } = await db.case.findUniqueOrThrow({ where: { id: p.caseId }, select: { threadId: true } });
            if (!(await repairTopic(p.caseId, threadId, error))) throw error;
            return await sendCard(p.caseId);
          }
        }
        const { row } = await threadOf(p.caseId);
        if (p.staff === 'relay-in') {
          // Plain text, split at Telegram's limit: the person may have written up to 4096 characters themselves.
          return await sendInThread(p.caseId, async (where) => {
            const ids: string[] = [];
            for (const part of splitText(`👤 ${row.ref}: ${p.text}`)) ids.push(String((await api.sendMessage(chatId, part, where)).message_id));
            return { messageIds: ids };
          });
        }
        if (p.staff === 'announce') {
          let text = escapeHtml(i18n.t('vi', 'staff-announce', { ref: row.ref, minutes: minutesSince(row.createdAt, deps.now()), level: i18n.t('vi', `staff-level-${row.level ?? 'talk'}`) }));
          if ((p.round ?? 1) >= 2) {
            const people = await deps.onDuty();
            if (people.length) text += '\n' + people.map((c) => `<a href="tg://user?id=${encodeURIComponent(c.id)}">${escapeHtml(c.alias)}</a>`).join(' ');
          }
          // A re-announcement is a fresh message in the group (not only in the topic), so it is seen.
          return await send(text, { reply_markup: caseButtons(i18n, row.ref) });
        }
        const notice = escapeHtml(p.noticeKey ? i18n.t('vi', p.noticeKey, { ref: row.ref, level: i18n.t('vi', `staff-level-${p.level ?? row.level ?? 'talk'}`) }) : p.text);
        return await sendInThread(p.caseId, (where) => send(notice, where));
      } catch (error) {
        throw classify(error);
      }
    },
  };

  /** The case card: in the case's own topic (created on first use) where the group has topics. */
  async function sendCard(caseId: string): Promise<{ messageIds: string[] }> {
    const row = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    const conv = row.chatKey ? await db.conversation.findFirst({ where: { chatKey: row.chatKey, channel: row.channel }, select: { relayAllowed: true } }) : null;
    let threadId = row.threadId;
    if (!threadId && !topicsUnsupported) {
      // Topic names carry the case reference, never a name.
      try {
        const topic = await api.createForumTopic(chatId, `${i18n.t('vi', 'staff-case')} ${row.ref}`);
        threadId = String(topic.message_thread_id);
        await db.case.update({ where: { id: row.id }, data: { threadId } });
      } catch (error) {
        const code = (error as { error_code?: number }).error_code;
        if (code === 400) topicsUnsupported = true;
        deps.log.warn({ method: 'createForumTopic', code }, 'no forum topic for the case; the case message is the thread root');
      }
    }
    const card = renderCaseCard(i18n, deps.sealer, row, deps.now(), conv?.relayAllowed ?? false);
    const sent = await api.sendMessage(chatId, card, {
      parse_mode: 'HTML', reply_markup: caseButtons(i18n, row.ref),
      ...(threadId ? { message_thread_id: Number(threadId) } : {}),
    });
    // The timeline's "announced": when the case card reached the group (taken before anyone could claim it).
    const announcedAt = deps.now();
    await db.$transaction([
      ...(row.groupMessageId ? [] : [db.case.update({ where: { id: row.id }, data: { groupMessageId: String(sent.message_id) } })]),
      db.caseEvent.create({ data: { caseId: row.id, type: 'announced', at: announcedAt, data: { round: 0, topic: Boolean(threadId) } } }),
    ]);
    return { messageIds: [String(sent.message_id)] };
  }
}
