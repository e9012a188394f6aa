// Delivers the desk's outbox rows through a desk adapter: the case card (in the case's own thread, opened on first
// use), the person's relayed words, re-announcements, notices. The service reads and records the case (its thread,
// its card, the "announced" timeline event) — what a send produced is recorded in `record`, after the row is marked
// sent; the adapter only translates.
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

  /**
   * The case card, in the case's own thread (opened on first use) where the desk has threads. `repeat`: an earlier
   * send of it may have arrived (the app died before knowing) — the card says so above it. It still rings: the first
   * send may never have reached the group (the crash tests see this in about one case in ten), and a danger card
   * nobody hears waits for its claim deadline; a possible second ring, marked as such, is the smaller harm.
   */
  const sendCard = (caseId: string, repeat: boolean) => inThread(caseId, async (row) => {
    let current = row;
    if (!current.threadId) {
      const thread = await desk.openThread(view(current));
      if (thread) current = await store.cases.update(current.id, { deskThread: thread });
    }
    const conversation = current.chatKey ? await store.conversations.relayState(current.channel, current.chatKey) : null;
    const html = renderCaseCard(i18n, deps.sealer, current, deps.now(), conversation?.relayAllowed ?? false);
    return desk.announce(view(current), { html: repeat ? `${repeatLine(current.ref)}\n${html}` : html });
  });

  const repeatLine = (ref: string) => `<i>${escapeHtml(t('staff-card-repeat', { ref }))}</i>`;

  return {
    send(_address, message, meta) {
      const p = message as DeskPayload;
      if (p.staff === 'escalation') return sendCard(p.caseId, meta.repeat);
      return sendOther(p, meta.repeat);
    },

    /**
     * Runs after the row is marked sent (or on recovery after a crash): the desk messages are recorded, so a reply to
     * any of them finds the case; for the card also its root message and the timeline's "announced" — when the card
     * reached the desk, taken before anyone could claim it.
     */
    async record(repos, sent) {
      const p = sent.payload as DeskPayload | null;
      const caseId = p?.caseId ?? sent.chatKey.replace(/^case:/, '');
      const row = await repos.cases.byId(caseId);
      if (!row) return;
      await repos.cases.recordDeskMessages(desk.id, caseId, sent.messageIds);
      if (p?.staff !== 'escalation') return;
      if (!row.groupMessageId && sent.messageIds[0]) await repos.cases.update(caseId, { deskMessage: sent.messageIds[0] });
      await repos.cases.addEvent(caseId, { type: 'announced', data: { round: 0, topic: Boolean(row.threadId) } }, sent.sentAt);
    },
  };

  /** Everything else: a repeat after a crash is silent (a relayed message or notice shows for itself that it is one). */
  async function sendOther(p: DeskPayload, repeat: boolean): Promise<Posted> {
    const quiet = { silent: repeat };
    if (p.staff === 'relay-in') return inThread(p.caseId, (row) => desk.post(view(row), { plain: `👤 ${row.ref}: ${p.text}` }, quiet));
    if (p.staff === 'announce') {
      const row = await load(p.caseId);
      const text = escapeHtml(t('staff-announce', { ref: row.ref, minutes: minutesSince(row.createdAt, deps.now()), level: t(`staff-level-${row.level ?? 'talk'}`) }));
      // A repeated re-announcement mentions no one again: the first one may already have.
      const remind = (p.round ?? 1) >= 2 && !repeat ? await deps.onDuty() : [];
      return desk.announce(view(row), { html: repeat ? `${repeatLine(row.ref)}\n${text}` : text }, { remind, ...quiet });
    }
    return inThread(p.caseId, (row) => {
      const args = { ref: row.ref, level: t(`staff-level-${p.level ?? row.level ?? 'talk'}`), ...(p.outcome ? { outcome: t(`staff-outcome-${p.outcome}`) } : {}) };
      return desk.post(view(row), { html: escapeHtml(p.noticeKey ? t(p.noticeKey, args) : p.text) }, quiet);
    });
  }
}

