// OA webhook event → core inbound message. Parsing is tolerant (ids and timestamps are strings, coordinates are
// strings inside the attachment); events we do not read are reported by name only, never with their content.
import { createHmac } from 'node:crypto';
import type { InboundMessage } from '../../core/messages.js';
import { idField, numberField, textField, timeField } from '../zalo-common/json-fields.js';
import { textContent } from '../zalo-common/text-content.js';

/** The prefix of an OA button payload: a tap comes back as `user_send_text` with this text and acts as the button. */
export const CHOICE_PAYLOAD = '#c:';

type Json = Record<string, any>;

export type OaInbound = { kind: 'message'; message: InboundMessage } | { kind: 'ignored'; eventName: string };

// A Map, not an object: an event named "constructor" or "__proto__" must not find Object.prototype's members.
const MEDIA_EVENTS = new Map(Object.entries({
  user_send_image: 'photo', user_send_link: 'link', user_send_audio: 'voice', user_send_video: 'video',
  user_send_sticker: 'sticker', user_send_gif: 'animation', user_send_file: 'document', user_send_business_card: 'contact',
}));

/** `dedupeKey` keys the HMAC that names follow/unfollow events in the dedupe table without the user id in clear. */
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;

export function toInbound(event: Json, now: Date, dedupeKey: string): OaInbound {
  const name = textField(event.event_name);
  const msg = (isObject(event.message) ? event.message : {}) as Json;
  const at = timeField(event.timestamp, now);
  const base = (userId: string, updateId: string, messageId?: string) => ({
    channel: 'zalo-oa' as const, userId, address: { chatId: userId }, updateId, at, messageId,
  });
  const sender = idField((event.sender as Json | undefined)?.id);
  const msgId = idField(msg.msg_id);
  if (name === 'follow' || name === 'unfollow') {
    const follower = idField((event.follower as Json | undefined)?.id);
    if (!follower) return { kind: 'ignored', eventName: name };
    // No message id: the follower and the event's timestamp key the dedupe (Zalo retries send the same body),
    // through an HMAC so the dedupe table never holds the user id.
    const updateId = `${name}:${createHmac('sha256', dedupeKey).update(`${follower}:${textField(event.timestamp)}`).digest('hex').slice(0, 40)}`;
    // Following is a first contact (the welcome); unfollowing is leaving: the quick exit stops messages and reminders.
    return { kind: 'message', message: { ...base(follower, updateId), content: { kind: 'command', command: name === 'follow' ? 'start' : 'thoat' } } };
  }
  if (!sender || !msgId) return { kind: 'ignored', eventName: name };
  const updateId = `msg:${msgId}`;
  if (name === 'user_send_text') {
    const text = textField(msg.text);
    if (text.startsWith(CHOICE_PAYLOAD)) return { kind: 'message', message: { ...base(sender, updateId, msgId), content: { kind: 'choice', id: text.slice(CHOICE_PAYLOAD.length) } } };
    return { kind: 'message', message: { ...base(sender, updateId, msgId), content: textContent(text) } };
  }
  if (name === 'user_send_location') {
    const attachments = Array.isArray(msg.attachments) ? (msg.attachments as Json[]) : [];
    const coordinates = attachments.find((a) => a?.type === 'location')?.payload?.coordinates as Json | undefined;
    const latitude = numberField(coordinates?.latitude);
    const longitude = numberField(coordinates?.longitude);
    if (Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
      return { kind: 'message', message: { ...base(sender, updateId, msgId), content: { kind: 'location', latitude, longitude } } };
    }
    return { kind: 'message', message: { ...base(sender, updateId, msgId), content: { kind: 'unsupported', contentKind: 'location' } } };
  }
  // Media: "only text and location are read"; nothing of the media (not even its URL) goes further.
  const media = MEDIA_EVENTS.get(name);
  if (media) return { kind: 'message', message: { ...base(sender, updateId, msgId), content: { kind: 'unsupported', contentKind: media } } };
  return { kind: 'ignored', eventName: name };
}
