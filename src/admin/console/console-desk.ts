// The dashboard's counsellor console as a desk adapter (the second, beside the Telegram group). Its "thread" is
// the case's rows of ConsoleMessage: the service's cards, notices and the person's relayed words, sealed because they
// may carry the person's own words. The console's pages read them back; `listen` keeps the service's actions.
import type { Store } from '../../db/repositories/index.js';
import type { CounsellorActions } from '../../handoff/counsellor-actions.js';
import type { DeskAdapter, DeskCase, DeskText, Posted } from '../../handoff/desk.js';
import type { Sealer } from '../../privacy/sealer.js';

export const CONSOLE_DESK = 'console';

export const deskMessageContext = (caseId: string) => `desk-message:${caseId}`;

/** The card's rich text as plain text (the console escapes it again when it shows it). */
export function plainOf(text: DeskText): string {
  if ('plain' in text) return text.plain;
  return text.html.replace(/<br\s*\/?>/g, '\n').replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

export interface ConsoleDesk extends DeskAdapter {
  /** The service's actions, once the hand-off module has listened. */
  actions(): CounsellorActions | null;
  /** Records what a counsellor answered from any desk, so the console's thread shows both sides. */
  record(caseId: string, from: string, text: string, at: Date): Promise<void>;
}

export function consoleDesk(deps: { store: Store; sealer: Sealer; now: () => Date }): ConsoleDesk {
  let listened: CounsellorActions | null = null;
  const record = async (caseId: string, from: string, text: string, at: Date) => {
    await deps.store.consoleMessages.add(caseId, from, deps.sealer.seal(text, deskMessageContext(caseId)), at);
  };
  const write = async (c: DeskCase, from: string, text: DeskText): Promise<Posted> => {
    await record(c.id, from, plainOf(text), deps.now());
    return { messageIds: [] };
  };
  return {
    id: CONSOLE_DESK,
    // The console has no threads of its own: each case page is one.
    openThread: async () => null,
    announce: (c, card) => write(c, 'desk', card),
    post: (c, text) => write(c, 'plain' in text ? 'person' : 'desk', text),
    listen(actions) { listened = actions; },
    onDuty: async () => [],
    actions: () => listened,
    record,
  };
}

/**
 * Both desks at once: every card and post goes to the console first (a database row) and then to the Telegram
 * group, whose thread ids and message ids the case keeps. A Telegram failure retries the whole row, so the console
 * may then show that card or message twice (never lose it). Both listen to the same service, so a claim in one is a
 * claim in both (one conditional UPDATE decides it).
 */
export function bothDesks(primary: DeskAdapter, web: ConsoleDesk): DeskAdapter {
  return {
    id: primary.id,
    openThread: (c) => primary.openThread(c),
    async announce(c, card, opts) {
      if (!opts?.remind) await web.announce(c, card);
      return primary.announce(c, card, opts);
    },
    async post(c, text, opts) {
      await web.post(c, text);
      return primary.post(c, text, opts);
    },
    listen(actions) {
      primary.listen(actions);
      web.listen(actions);
    },
    onDuty: (aliasOf) => primary.onDuty(aliasOf),
  };
}
