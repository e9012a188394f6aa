// What Zalo sends to an OA's webhook (shared notes channel-apis A1.2): JSON events with string ids and a string
// millisecond `timestamp`, signed in X-ZEvent-Signature as "mac=" + sha256_hex(app_id + body + timestamp + OA secret key).
import { createHash } from 'node:crypto';

export interface OaEventOptions { appId: string; oaId?: string; at?: number }

let seq = 0;
export const newMsgId = () => `${Date.now().toString(16)}${(++seq).toString(16).padStart(6, '0')}`;

export function textEvent(userId: string, text: string, o: OaEventOptions & { msgId?: string }) {
  return { event_name: 'user_send_text', app_id: o.appId, sender: { id: userId }, recipient: { id: o.oaId ?? '3662729599332560487' },
    message: { text, msg_id: o.msgId ?? newMsgId() }, timestamp: String(o.at ?? Date.now()), user_id_by_app: `app${userId}` };
}

export function locationEvent(userId: string, latitude: string, longitude: string, o: OaEventOptions) {
  return { event_name: 'user_send_location', app_id: o.appId, sender: { id: userId }, recipient: { id: o.oaId ?? '3662729599332560487' },
    message: { msg_id: newMsgId(), text: 'Quán cà phê', attachments: [{ type: 'location', payload: { coordinates: { latitude, longitude } } }] },
    timestamp: String(o.at ?? Date.now()), user_id_by_app: `app${userId}` };
}

export function imageEvent(userId: string, o: OaEventOptions) {
  return { event_name: 'user_send_image', app_id: o.appId, sender: { id: userId }, recipient: { id: o.oaId ?? '3662729599332560487' },
    message: { msg_id: newMsgId(), attachments: [{ type: 'image', payload: { url: 'https://example.invalid/a.jpg', thumbnail: 'https://example.invalid/t.jpg' } }] },
    timestamp: String(o.at ?? Date.now()) };
}

export function followEvent(userId: string, o: OaEventOptions, name: 'follow' | 'unfollow' = 'follow') {
  return { event_name: name, app_id: o.appId, oa_id: o.oaId ?? '3662729599332560487', follower: { id: userId }, user_id_by_app: `app${userId}`, source: 'oa_profile', timestamp: String(o.at ?? Date.now()) };
}

export function sign(raw: string, appId: string, timestamp: string, secretKey: string): string {
  return `mac=${createHash('sha256').update(appId + raw + timestamp + secretKey).digest('hex')}`;
}

/** POSTs an event the way Zalo does; `signature` overrides (or, null, omits) the computed header. */
export async function postEvent(appUrl: string, event: Record<string, unknown>, secretKey: string, signature?: string | null): Promise<Response> {
  const raw = JSON.stringify(event);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const mac = signature === undefined ? sign(raw, String(event.app_id), String(event.timestamp), secretKey) : signature;
  if (mac !== null) headers['x-zevent-signature'] = mac;
  return fetch(`${appUrl}/zalo/oa/webhook`, { method: 'POST', headers, body: raw });
}
