// What a webhook body must look like before grammY sees it. Telegram's own updates always fit; a body posted by
// anyone else may not, and grammY trusts the shape: an update_id it cannot print, a chat id that is an object, or a
// callback id JSON cannot write would throw outside our error boundary (a 500), or leave a request timer that
// rejects unhandled 30 s later. Only the fields the channel reads are checked; the rest passes as is.
import { z } from 'zod';

/** Unix seconds a Date can hold. */
const seconds = z.number().int().min(0).max(8_640_000_000_000 / 1000);
const chat = z.object({ id: z.number().int(), type: z.string() }).loose();
const user = z.object({ id: z.number().int(), is_bot: z.boolean() }).loose();
const message = z.object({
  message_id: z.number().int(), date: seconds, chat, from: user.optional(), text: z.string().optional(),
  location: z.object({ latitude: z.number(), longitude: z.number() }).loose().optional(),
}).loose();

export const webhookUpdate = z.object({
  update_id: z.number().int().nonnegative(),
  message: message.optional(),
  edited_message: message.optional(),
  callback_query: z.object({ id: z.string(), from: user, data: z.string().optional(), message: message.optional() }).loose().optional(),
  my_chat_member: z.object({ chat, from: user, date: seconds, new_chat_member: z.object({ status: z.string() }).loose() }).loose().optional(),
}).loose();
