// Delivers the desk's outbox rows through a desk adapter: the case card (in the case's own thread, opened on first
// use), the person's relayed words, re-announcements, notices. The service reads and records the case (its thread,
// its card, the "announced" timeline event); the adapter only translates.
import type { OutboxSender } from '../core/delivery.js';
import { AppError, isAppError } from '../core/errors.js';
import type { Translator } from '../core/i18n.js';
import type { Case, Store } from '../db/repositories/index.js';
import type { Logger } from '../logger.js';
import type { Sealer } from '../privacy/sealer.js';
import { escapeHtml, minutesSince, renderCaseCard } from './case-card.js';
import type { DeskCase, DeskPort, DeskText, OnDutyCounsellor, Posted } from './desk.js';
import type { DeskPayload } from './desk-rows.js';

export interface DeskSenderDeps {
  desk: DeskPort;
  store: Store;
  i18n: Translator;
  sealer: Sealer;
  log: Logger;
  now: () => Date;
  /** Counsellors to mention in a second re-announcement (empty off duty). */
  onDuty: () => Promise<OnDutyCounsellor[]>;
}

const view = (row: Case): DeskCase => ({ id: row.id, ref: row.ref, thread: row.threadId, root: row.groupMessageId });

export function deskSender(deps: DeskSenderDeps): OutboxSender {
  const { desk, store, i18n } = deps;
  const t = (key: string, args?: Record<string, string | number>) => i18n.t('vi', key, args);
  const load = async (caseId: string) => {
    const row = await store.cases.byId(caseId);
    if (!row) throw new AppError('data_invalid', 'a desk row names a case that is gone', { details: { caseId } });
    return row;
  };

  /** Runs `call` on the case; a thread the desk reports gone is forgotten and the call made once more without it. */
  const inThread = async (caseId: string, call: (row: Case) => Promise<Posted>): Promise<Posted> => {
    const row = await load(caseId);
    try {
      return await call(row);
    } catch (error) {
      if (!row.threadId || !isAppError(error, 'not_found')) throw error;
      await store.cases.forgetDeskThread(row.id, row.threadId);
      deps.log.warn({ desk: desk.id }, 'the case thread is gone; the case continues without it');
      return call(await load(caseId));
    }
  };

  /** The case card, in the case's own thread (opened on first use) where the desk has threads. */
  const sendCard = (caseId: string) => inThread(caseId, async (row) => {
    let current = row;
    if (!current.threadId) {
      const thread = await desk.openThread(view(current));
      if (thread) current = await store.cases.update(current.id, { deskThread: thread });
    }
    const conversation = current.chatKey ? await store.conversations.relayState(current.channel, current.chatKey) : null;
    const card: DeskText = { html: renderCaseCard(i18n, deps.sealer, current, deps.now(), conversation?.relayAllowed ?? false) };
    const posted = await desk.announce(view(current), card);
    // The timeline's "announced": when the case card reached the desk (taken before anyone could claim it).
    const announcedAt = deps.now();
    await store.transaction(async ({ cases }) => {
      if (!current.groupMessageId && posted.messageIds[0]) await cases.update(current.id, { deskMessage: posted.messageIds[0] });
      await cases.recordDeskMessages(desk.id, current.id, posted.messageIds);
      await cases.addEvent(current.id, { type: 'announced', data: { round: 0, topic: Boolean(current.threadId) } }, announcedAt);
    });
    return posted;
  });

  /** Everything else the desk posts for a case is recorded too: a reply to it finds the case by id. */
  const recorded = async (caseId: string, posting: Promise<Posted>): Promise<Posted> => {
    const posted = await posting;
    await store.cases.recordDeskMessages(desk.id, caseId, posted.messageIds);
    return posted;
  };

  return {
    async send(_address, message) {
      const p = message as DeskPayload;
      if (p.staff === 'escalation') return sendCard(p.caseId);
      return recorded(p.caseId, sendOther(p));
    },
  };

  async function sendOther(p: DeskPayload): Promise<Posted> {
    if (p.staff === 'relay-in') return inThread(p.caseId, (row) => desk.post(view(row), { plain: `👤 ${row.ref}: ${p.text}` }));
    if (p.staff === 'announce') {
      const row = await load(p.caseId);
      const text = t('staff-announce', { ref: row.ref, minutes: minutesSince(row.createdAt, deps.now()), level: t(`staff-level-${row.level ?? 'talk'}`) });
      const remind = (p.round ?? 1) >= 2 ? await deps.onDuty() : [];
      return desk.announce(view(row), { html: escapeHtml(text) }, { remind });
    }
    return inThread(p.caseId, (row) => {
      const args = { ref: row.ref, level: t(`staff-level-${p.level ?? row.level ?? 'talk'}`), ...(p.outcome ? { outcome: t(`staff-outcome-${p.outcome}`) } : {}) };
      return desk.post(view(row), { html: escapeHtml(p.noticeKey ? t(p.noticeKey, args) : p.text) });
    });
  }
}

