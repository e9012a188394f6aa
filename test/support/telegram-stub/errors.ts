// Every answer the stub gives when a call fails, in one table. Tags: [V] text seen in real Telegram answers;
// [U] a best guess — if a real answer disagrees, change it here and nowhere else.
import type { ResponseParameters } from 'grammy/types';
import type { ApiResponse, Fault } from './types.js';

/** A Telegram-shaped failure; the server answers `{ ok: false, … }` with HTTP status = error_code. */
export class TelegramApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {
    super(description);
    this.name = 'TelegramApiError';
  }

  toResponse(): ApiResponse {
    return {
      ok: false,
      error_code: this.errorCode,
      description: this.description,
      ...(this.parameters ? { parameters: this.parameters } : {}),
    };
  }
}

const bad = (what: string) => new TelegramApiError(400, `Bad Request: ${what}`);
const forbidden = (what: string) => new TelegramApiError(403, `Forbidden: ${what}`);
const conflict = (what: string) => new TelegramApiError(409, `Conflict: ${what}`);

export const tg = {
  unauthorized: () => new TelegramApiError(401, 'Unauthorized'), // [V]
  methodNotFound: () => new TelegramApiError(404, 'Not Found: method not found'), // [U] real: "Not Found"
  internal: () => new TelegramApiError(500, 'Internal Server Error'), // [V]
  tooManyRequests: (retryAfter: number) =>
    new TelegramApiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter }), // [V]

  missing: (param: string) => bad(`${param} is empty`), // [V] for chat_id; [U] for others
  invalid: (param: string) => bad(`wrong ${param} specified`), // [U]
  unsupported: (what: string) => bad(`${what} is not supported by the test stub`), // stub limitation
  chatNotFound: () => bad('chat not found'), // [V]
  textEmpty: () => bad('message text is empty'), // [V]
  textTooLong: () => bad('message is too long'), // [V]
  captionTooLong: () => bad('message caption is too long'), // [V]
  parseEntities: (detail: string) => bad(`can't parse entities: ${detail}`), // [V] prefix; details [U]
  markupInvalid: () => bad("can't parse reply keyboard markup JSON object"), // [V]
  buttonDataInvalid: () => bad('BUTTON_DATA_INVALID'), // [V]
  buttonUrlInvalid: () => bad('BUTTON_URL_INVALID'), // [V]
  textButtonsInInline: () => bad('text buttons are unallowed in the inline keyboard'), // [V]
  buttonTextEmpty: () => bad('keyboard button text is empty'), // [U]

  replyNotFound: () => bad('message to be replied not found'), // [V]
  copyNotFound: () => bad('message to copy not found'), // [V]
  cantCopy: () => bad("message can't be copied"), // [U]
  editNotFound: () => bad('message to edit not found'), // [V]
  cantEdit: () => bad("message can't be edited"), // [V]
  noTextToEdit: () => bad('there is no text in the message to edit'), // [V]
  notModified: () =>
    bad('message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message'), // [V]
  deleteNotFound: () => bad('message to delete not found'), // [V]
  cantDelete: () => bad("message can't be deleted for everyone"), // [V]
  messageIdsEmpty: () => bad('message_ids is empty'), // [U]
  tooManyMessageIds: () => bad('too many message identifiers specified'), // [U]

  threadNotFound: () => bad('message thread not found'), // [V]
  topicClosed: () => bad('TOPIC_CLOSED'), // [V]
  topicNotModified: () => bad('TOPIC_NOT_MODIFIED'), // [V]
  topicNameInvalid: () => bad('TOPIC_TITLE_EMPTY'), // [U] for names longer than 128
  notAForum: () => bad('the chat is not a forum'), // [U]
  noRightsToCreateTopic: () => bad('not enough rights to create a topic'), // [V]
  noRightsToManageTopic: () => bad('not enough rights to manage topics'), // [U]

  queryInvalid: () => bad('query is too old and response timeout expired or query ID is invalid'), // [V]
  answerTooLong: () => bad('MESSAGE_TOO_LONG'), // [U]
  wrongAction: () => bad('wrong parameter action in request'), // [V]
  wrongLocation: () => bad('wrong latitude or longitude specified'), // [U]
  commandInvalid: () => bad('BOT_COMMAND_INVALID'), // [V]
  commandDescriptionInvalid: () => bad('BOT_COMMAND_DESCRIPTION_INVALID'), // [U]
  leavePrivate: () => bad("chat member status can't be changed in private chats"), // [U]
  badWebhook: (detail: string) => bad(`bad webhook: ${detail}`), // [V] prefix
  secretInvalid: () => bad('secret token contains unallowed characters'), // [U]

  botBlocked: () => forbidden('bot was blocked by the user'), // [V]
  cantInitiate: () => forbidden("bot can't initiate conversation with a user"), // [V]
  notMember: (type: string) => forbidden(`bot is not a member of the ${type === 'group' ? 'group' : 'supergroup'} chat`), // [V]

  webhookActive: () => conflict("can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"), // [V]
  terminatedByOther: () => conflict('terminated by other getUpdates request; make sure that only one bot instance is running'), // [V]
} as const;

/** The error an injected fault stands for. */
export function faultError(fault: Fault): TelegramApiError {
  switch (fault.code) {
    case 429:
      return fault.description
        ? new TelegramApiError(429, fault.description, { retry_after: fault.retryAfter })
        : tg.tooManyRequests(fault.retryAfter);
    case 500:
      return new TelegramApiError(500, fault.description ?? 'Internal Server Error');
    case 502:
      return new TelegramApiError(502, fault.description ?? 'Bad Gateway');
    default:
      return new TelegramApiError(fault.code, fault.description);
  }
}
