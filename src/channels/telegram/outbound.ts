// Core outbound message → Bot API calls. Choices become an inline keyboard, ask-for-location a reply-keyboard
// button, clear-the-chat a deleteMessages sweep. Unasked messages go silently.
import { GrammyError, HttpError, InlineKeyboard, Keyboard, type Api } from 'grammy';
import { PermanentDeliveryError, type OutboxSender } from '../../core/delivery.js';
import type { OutboundMessage } from '../../core/messages.js';
import type { Logger } from '../../logger.js';

const TEXT_LIMIT = 4096;

export function splitText(text: string, limit = TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = Math.max(rest.lastIndexOf('\n', limit), rest.lastIndexOf(' ', limit));
    const at = cut > limit / 2 ? cut : limit;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  parts.push(rest);
  return parts;
}

export function inlineKeyboard(choices: NonNullable<OutboundMessage['choices']>): InlineKeyboard {
  for (const c of choices) {
    if (Buffer.byteLength(c.id) > 64) throw new PermanentDeliveryError(`choice id longer than Telegram's 64 bytes: ${c.id.slice(0, 20)}…`);
  }
  // One button per row, and no empty trailing row (which `.row()` after the last button would leave).
  return InlineKeyboard.from(choices.map((c) => [InlineKeyboard.text(c.label, c.id)]));
}

/** Maps Bot API failures: what retrying cannot fix is permanent; 429 and 5xx (after auto-retry) stay transient. */
export function classify(error: unknown): Error {
  if (error instanceof GrammyError) {
    const permanent = error.error_code === 403 || (error.error_code === 400 && /chat not found|user is deactivated|PEER_ID_INVALID/i.test(error.description));
    // Never carry the payload on: it holds the message text and the chat id.
    const clean = new Error(`${error.method} failed (${error.error_code})`);
    return permanent ? new PermanentDeliveryError(clean.message, error.error_code) : Object.assign(clean, { code: error.error_code });
  }
  if (error instanceof HttpError) return Object.assign(new Error('network error talking to the Bot API'), { code: 'network' });
  return error instanceof Error ? error : new Error(String(error));
}

export function telegramSender(api: Api, log: Logger): OutboxSender {
  return {
    async send(address, message) {
      if (!address) throw new PermanentDeliveryError('no chat address');
      const chatId = address.chatId;
      const ids: string[] = [];
      try {
        if (message.clearChat) {
          const targets = (message.deleteMessageIds ?? []).map(Number).filter(Number.isInteger);
          for (let i = 0; i < targets.length; i += 100) {
            // Messages older than 48 h cannot be deleted by a bot; /help says so. A failure here must not block the exit line.
            await api.deleteMessages(chatId, targets.slice(i, i + 100)).catch((e) => log.warn({ method: 'deleteMessages', code: (e as GrammyError).error_code }, 'quick exit: some messages could not be deleted'));
          }
          const sent = await api.sendMessage(chatId, message.text || '…', { reply_markup: { remove_keyboard: true }, disable_notification: true });
          return { messageIds: [String(sent.message_id)] };
        }
        const parts = splitText(message.text);
        for (const [i, part] of parts.entries()) {
          const last = i === parts.length - 1;
          const sent = await api.sendMessage(chatId, part, {
            disable_notification: message.silent ?? false,
            reply_markup: last && message.choices?.length ? inlineKeyboard(message.choices) : undefined,
          });
          ids.push(String(sent.message_id));
        }
        if (message.askLocation) {
          const sent = await api.sendMessage(chatId, message.location?.hint ?? '📍', {
            reply_markup: new Keyboard().requestLocation(message.location?.label ?? '📍').resized().oneTime(),
            disable_notification: true,
          });
          ids.push(String(sent.message_id));
        }
        return { messageIds: ids };
      } catch (error) {
        throw classify(error);
      }
    },
  };
}
