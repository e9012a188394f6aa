// The per-chat message limit of the chat platforms (Telegram, Zalo OA, Zalo Bot), checked before the core — and so
// before any database work. Their webhooks come from the platform's servers, so a chat is limited by its own id,
// never by address. Over the limit, the chat gets one kind notice per window that still carries the emergency
// numbers (sent directly by the channel, not through the outbox), and later messages of that window are dropped.
import type { Lang } from '../../../flows/contract.js';
import type { Config } from '../../config.js';
import type { Translator } from '../../core/i18n.js';
import type { InboundMessage } from '../../core/messages.js';
import type { Logger } from '../../logger.js';
import { isQuickExit } from './quick-exit.js';
import { createWindowLimiter } from './window-limiter.js';

export interface ChatGate {
  /**
   * True when the message may go on to the core. Otherwise `notify` is called with the notice — once per chat and
   * window — and the message is dropped; awaiting the result waits for that notice.
   */
  admit(message: InboundMessage, lang: Lang, notify: (text: string) => Promise<unknown>): Promise<boolean>;
}

export function createChatGate(deps: { config: Config; i18n: Translator; log: Logger; now?: () => number }): ChatGate {
  const windowSeconds = deps.config.RATE_LIMIT_WINDOW_SECONDS;
  const limiter = createWindowLimiter({ limit: deps.config.RATE_LIMIT_PER_CHAT, windowMs: windowSeconds * 1000, now: deps.now });
  return {
    async admit(message, lang, notify) {
      const verdict = limiter.hit(message.address.chatId, { exit: isQuickExit(message.content) });
      if (verdict === 'allowed') return true;
      if (verdict === 'notify') {
        // The channel only: the chat id must not reach a log.
        deps.log.warn({ channel: message.channel, windowSeconds }, 'a chat went over its message limit; told once, the rest of its window is dropped');
        await notify(deps.i18n.t(lang, 'rate-limited-notice', { seconds: windowSeconds })).catch(() => {});
      }
      return false;
    },
  };
}
