// Core outbound message → sendMessage calls. No buttons on the Zalo Bot: choices are numbered lines (a typed
// number acts like the button), text is cut at sentence ends (≤ 2000 characters). A quick exit cannot delete
// Zalo messages: it says how to delete the conversation in the app.
import { PermanentDeliveryError, type OutboxSender } from '../../core/delivery.js';
import type { Translator } from '../../core/i18n.js';
import type { OutboundMessage } from '../../core/messages.js';
import { withNumberedChoices } from '../zalo-common/numbered-choices.js';
import { splitAtSentences } from '../zalo-common/split-text.js';
import { ZaloBotError, type ZaloBotApi } from './api.js';

export function botText(message: OutboundMessage, i18n: Translator): string {
  const lang = message.lang ?? 'vi';
  const text = message.clearChat ? [i18n.t(lang, 'zalo-quick-exit'), message.text].filter(Boolean).join('\n\n') : message.text;
  return withNumberedChoices(text, message.choices, i18n, lang) || '…';
}

export function botSender(api: ZaloBotApi, i18n: Translator): OutboxSender {
  return {
    async send(address, message) {
      if (!address) throw new PermanentDeliveryError('no chat address');
      const ids: string[] = [];
      try {
        for (const part of splitAtSentences(botText(message, i18n))) {
          const sent = await api.call<{ message_id?: string }>('sendMessage', { chat_id: address.chatId, text: part });
          if (sent?.message_id) ids.push(String(sent.message_id));
        }
      } catch (error) {
        // 400 is a chat that does not exist (or blocked the bot): retrying cannot help.
        if (error instanceof ZaloBotError && (error.code === 400 || error.code === 403)) throw new PermanentDeliveryError(error.message, error.code);
        throw error;
      }
      return { messageIds: ids };
    },
  };
}
