// The counsellors' Telegram group: buttons (claim, close with an outcome), commands (/hangdoi, /ca, /ghichu,
// /alias, /ketthuc) and messages in a case's thread, which are relayed to the person. Only allow-listed
// counsellors act; anyone else is ignored and the attempt logged (by pseudonym).
import { InlineKeyboard, type Composer, type Context } from 'grammy';
import type { Translator } from '../../core/i18n.js';
import type { Logger } from '../../logger.js';
import { firstReference, normaliseReference } from '../../cases/reference-code.js';
import { OUTCOMES } from '../../cases/case-events.js';
import { escapeHtml } from '../case-card.js';
import type { CounsellorActions } from '../counsellor-actions.js';
import { DESK_BUTTON, outcomeData, parseDeskButton } from './callback-data.js';

export interface GroupDeps {
  i18n: Translator;
  actions: CounsellorActions;
  allowed: ReadonlySet<string>;
  /** The counsellor's pseudonym from their Telegram id. */
  keyOf: (telegramId: number) => string;
  log: Logger;
  now: () => Date;
}

const t = (deps: GroupDeps, key: string, args?: Record<string, string | number>) => deps.i18n.t('vi', key, args);

export function installGroupHandlers(staff: Composer<Context>, deps: GroupDeps): void {
  const { keyOf } = deps;
  const aliasOf = async (id: number) => (await deps.actions.aliasOf(keyOf(id))) ?? t(deps, 'staff-default-alias');
  const guard = (c: Context): boolean => {
    const id = c.from?.id;
    if (id !== undefined && deps.allowed.has(String(id))) return true;
    deps.log.warn({ who: id === undefined ? 'unknown' : keyOf(id), update: c.update.update_id }, 'counsellor action refused: not on the allow-list');
    return false;
  };

  /** The case a group message belongs to: its forum topic, or a reply to the case's card or to a message posted for it. */
  const caseOfMessage = async (c: Context) => {
    const m = c.message;
    if (!m) return null;
    const quoted = m.reply_to_message;
    // Only the bot's own message is trusted to name its case; anyone else can write a reference.
    const quotedRef = quoted?.from?.id === c.me.id ? firstReference(quoted.text ?? quoted.caption ?? '') ?? undefined : undefined;
    return deps.actions.caseInThread({
      thread: m.is_topic_message && m.message_thread_id ? String(m.message_thread_id) : undefined,
      replyTo: quoted ? String(quoted.message_id) : undefined,
      quotedRef,
    });
  };

  staff.callbackQuery(DESK_BUTTON, async (c) => {
    if (!guard(c)) return c.answerCallbackQuery({ text: t(deps, 'staff-not-allowed'), show_alert: true }).catch(() => {});
    const button = parseDeskButton(c.callbackQuery.data)!;
    const { action, ref } = button;
    const key = keyOf(c.from.id);
    if (action === 'claim') {
      const result = await deps.actions.claim(ref, key, await aliasOf(c.from.id));
      if (result.ok) {
        await c.answerCallbackQuery({ text: t(deps, 'staff-claimed-you', { ref: ref }) }).catch(() => {});
        await c.reply(escapeHtml(t(deps, 'staff-claimed', { ref: ref, alias: result.row.claimedAlias ?? '' }) + (result.canWrite ? '' : '\n' + t(deps, 'staff-relay-not-allowed'))), {
          parse_mode: 'HTML', ...(result.row.threadId ? { message_thread_id: Number(result.row.threadId) } : {}),
        }).catch(() => {});
        return;
      }
      const text = result.reason === 'taken' ? t(deps, 'staff-already-claimed', { alias: result.alias ?? '?' }) : t(deps, `staff-claim-${result.reason}`);
      return c.answerCallbackQuery({ text, show_alert: true }).catch(() => {});
    }
    if (action === 'close') {
      const kb = new InlineKeyboard();
      for (const o of OUTCOMES) kb.text(t(deps, `staff-outcome-${o}`), outcomeData(ref, o)).row();
      await c.answerCallbackQuery().catch(() => {});
      await c.reply(t(deps, 'staff-choose-outcome', { ref: ref }), { reply_markup: kb, ...(c.callbackQuery.message?.message_thread_id ? { message_thread_id: c.callbackQuery.message.message_thread_id } : {}) }).catch(() => {});
      return;
    }
    if (button.action !== 'out' || !button.outcome) return c.answerCallbackQuery().catch(() => {});
    const closed = await deps.actions.close(ref, key, button.outcome);
    await c.answerCallbackQuery({ text: closed ? t(deps, 'staff-closed-you', { ref: ref }) : t(deps, 'staff-claim-closed') }).catch(() => {});
  });

  staff.command('alias', async (c) => {
    if (!guard(c)) return;
    const alias = c.match.trim().slice(0, 40);
    if (!alias) return void (await c.reply(t(deps, 'staff-alias-usage')).catch(() => {}));
    await deps.actions.setAlias(keyOf(c.from!.id), alias);
    await c.reply(t(deps, 'staff-alias-set', { alias })).catch(() => {});
  });

  staff.command('hangdoi', async (c) => {
    if (!guard(c)) return;
    const rows = await deps.actions.queue(deps.now());
    const lines = rows.map((r) => t(deps, 'staff-queue-line', { ref: r.ref, level: t(deps, `staff-level-${r.level}`), minutes: r.minutes, who: r.alias ?? t(deps, 'staff-unclaimed') }));
    await c.reply(lines.length ? lines.join('\n') : t(deps, 'staff-queue-empty')).catch(() => {});
  });

  staff.command('ca', async (c) => {
    if (!guard(c)) return;
    const ref = normaliseReference(c.match);
    const row = ref ? await deps.actions.findByRef(ref) : null;
    if (!row) return void (await c.reply(t(deps, 'staff-case-unknown')).catch(() => {}));
    const events = await deps.actions.timeline(row.id);
    const timeline = events.map((e) => `${e.at.toISOString().slice(0, 16).replace('T', ' ')} ${e.type}`).join('\n');
    await c.reply(`${row.ref} · ${t(deps, `staff-level-${row.level ?? 'talk'}`)} · ${t(deps, `staff-status-${row.status}`)}\n${timeline}`).catch(() => {});
  });

  staff.command('ghichu', async (c) => {
    if (!guard(c)) return;
    const [first, ...rest] = c.match.trim().split(/\s+/);
    const ref = normaliseReference(first ?? '');
    const row = ref ? await deps.actions.findByRef(ref) : null;
    if (!row || !rest.length) return void (await c.reply(t(deps, 'staff-note-usage')).catch(() => {}));
    await deps.actions.note(row, keyOf(c.from!.id), rest.join(' '));
    await c.reply(t(deps, 'staff-note-saved', { ref: row.ref })).catch(() => {});
  });

  staff.command('ketthuc', async (c) => {
    if (!guard(c)) return;
    const row = await caseOfMessage(c);
    if (!row) return void (await c.reply(t(deps, 'staff-not-in-thread')).catch(() => {}));
    await deps.actions.endRelay(row, keyOf(c.from!.id));
    await c.reply(t(deps, 'staff-relay-ended', { ref: row.ref })).catch(() => {});
  });

  staff.on('message:text', async (c) => {
    if (c.message.text.startsWith('/')) return;
    const row = await caseOfMessage(c);
    if (!row) return;
    if (!guard(c)) return;
    const result = await deps.actions.answer(row, keyOf(c.from.id), c.message.text);
    if (result !== 'sent') {
      await c.reply(t(deps, `staff-answer-${result}`), { reply_parameters: { message_id: c.message.message_id } }).catch(() => {});
    }
  });

  // Everything else in the counsellors' group (media, service messages, the bot's own membership changes, stale
  // buttons) stops here: the private-chat handling after this composer would answer "private only" and leave.
  staff.use(() => {});
}
