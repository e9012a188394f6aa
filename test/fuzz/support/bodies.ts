// Generated requests for the four ways in: the web chat API, the Telegram webhook, the Zalo OA webhook and the Zalo
// Bot webhook. Each generator knows the shape its path expects (so most bodies get past validation and reach the
// parsers, the flows and the database) and mixes in hostile values, raw bodies that are not JSON, wrong content
// types and, for the webhooks, wrong credentials. The webhooks' bodies are signed (OA) or carry the secret header
// (Telegram, Zalo Bot) so that most of them pass the 401 door.
//
// A handful of people per path, so conversations stay few however many bodies are sent.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { textField } from '../../../src/channels/zalo-common/json-fields.js';
import { BODY_LIMIT, hostileNumber, hostileString, hostileValue, mutate, prototypeObject, shapedAndHostile } from './hostile.js';

export type FuzzPath = 'web' | 'telegram' | 'zalo-oa' | 'zalo-bot';

/** One HTTP request, ready to send. `body` undefined sends none. */
export interface FuzzRequest { path: string; headers: Record<string, string>; body?: string | Uint8Array }

export interface Secrets { telegram: string; oa: { appId: string; secretKey: string }; bot: string }

/** Filled in when the request is sent (a generated value must not age: the OA refuses timestamps 5 minutes away). */
const NOW = '$NOW$';
const NOW_NUMBER = '$NOW_NUMBER$';
const NOW_SECONDS = '$NOW_SECONDS$';

export const WEB_SESSIONS = ['fuzz-web-session-0001', 'fuzz-web-session-0002', 'fuzz-web-session-0003', 'fuzz_web_session_0004'];
export const TELEGRAM_USERS = [731_900_001, 731_900_002, 731_900_003, 731_900_004];
export const OA_USERS = ['7190000000000000001', '7190000000000000002', '7190000000000000003', '7190000000000000004'];
export const BOT_USERS = ['f190000000000000001', 'f190000000000000002', 'f190000000000000003', 'f190000000000000004'];

const CHOICES = ['menu', 'hotlines', 'find-help', 'report', 'resume', 'where', 'continue', 'next', 'cancel', 'skip', 'counsellor',
  'rights', 'safe', 'not-safe', 'stop', 'stop-delete', 'vi', 'en', 'done', 'submit', '_sos', '_exit', 'yes', 'no'];
const TYPED = ['xin chào', 'menu', 'cứu', 'tôi bị đánh', 'Hà Nội', 'Quận 1', '1', '2', '3', '0', 'thoát', 'có', 'không', '/start', '/menu', '/khancap', '/thoat', 'hello', 'help'];

const often = <T>(usual: fc.Arbitrary<T>, rarely: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: usual, weight: 4 }, { arbitrary: rarely, weight: 1 });
/** Hostile one time in ten: for fields that close the door (a timestamp, a session id) when wrong. */
const mostly = <T>(usual: fc.Arbitrary<T>, rarely: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: usual, weight: 9 }, { arbitrary: rarely, weight: 1 });
const text = often(fc.constantFrom(...TYPED), hostileString);
/** Mutated one time in ten: for the objects that carry a body past its schema (a Telegram chat, a user). */
const rarelyMutated = <T extends Record<string, unknown>>(a: fc.Arbitrary<T>) => fc.oneof({ arbitrary: a as fc.Arbitrary<Record<string, unknown>>, weight: 9 }, { arbitrary: mutate(a), weight: 1 });
const shapedOrMutated = <T extends Record<string, unknown>>(a: fc.Arbitrary<T>) => fc.oneof({ arbitrary: a as fc.Arbitrary<Record<string, unknown>>, weight: 3 }, { arbitrary: mutate(a), weight: 1 });
const id = fc.oneof(fc.stringMatching(/^[0-9a-f]{1,24}$/), fc.constantFrom('0', '-1', '__proto__', 'constructor'));

// --- raw bodies ---------------------------------------------------------------------------------------------

type Raw = { body?: string | Uint8Array; contentType?: string };

/** What happens to the serialised body on the wire: mostly nothing; else broken, emptied, padded, retyped. */
const wire = fc.oneof(
  { arbitrary: fc.constant({ kind: 'as-is' as const }), weight: 30 },
  { arbitrary: fc.record({ kind: fc.constant('truncated' as const), at: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('garbage' as const), junk: fc.constantFrom('}', ',', '{', '"', '\\', 'undefined', 'NaN', "'a'", '\u0000', '/*', '\ud800') }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'empty' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'no-body' as const }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('bytes' as const), bytes: fc.uint8Array({ maxLength: 200 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('deep-raw' as const), depth: fc.integer({ min: 100, max: 20_000 }), open: fc.constantFrom('[', '{"a":'), closed: fc.boolean() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('past-limit' as const), extra: fc.integer({ min: 1, max: 8_192 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('content-type' as const), type: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/json; charset=latin1', 'application/json; charset=utf-16', 'application/vnd.api+json', 'APPLICATION/JSON', '', '*/*', 'application/json, text/plain') }), weight: 2 },
);
type Wire = typeof wire extends fc.Arbitrary<infer W> ? W : never;

function onTheWire(json: string, w: Wire): Raw {
  switch (w.kind) {
    case 'as-is': return { body: json };
    case 'truncated': return { body: json.slice(0, json.length ? w.at % json.length : 0) };
    case 'garbage': return { body: json + w.junk };
    case 'empty': return { body: '' };
    case 'no-body': return { body: undefined };
    case 'bytes': return { body: w.bytes };
    case 'deep-raw': {
      const close = w.open === '[' ? ']' : '}';
      return { body: w.open.repeat(w.depth) + '1' + (w.closed ? close.repeat(w.depth) : '') };
    }
    case 'past-limit': return { body: json.length > BODY_LIMIT ? json : `{"pad":"${'x'.repeat(BODY_LIMIT + w.extra)}"}` };
    case 'content-type': return { body: json, contentType: w.type };
  }
}

/** JSON.stringify, with the time placeholders filled with the clock of the moment of sending. */
function serialise(value: unknown): string {
  const json = JSON.stringify(value) ?? 'null';
  if (!json.includes('$NOW')) return json;
  const now = Date.now();
  return json.replaceAll(`"${NOW_NUMBER}"`, String(now)).replaceAll(`"${NOW_SECONDS}"`, String(Math.floor(now / 1000))).replaceAll(`"${NOW}"`, `"${now}"`);
}

function request(path: string, value: unknown, w: Wire, headers: (body: Raw['body']) => Record<string, string>): () => FuzzRequest {
  // A thunk: built when sent, so the placeholders take the time of sending.
  return () => {
    const raw = onTheWire(serialise(value), w);
    const contentType = raw.contentType ?? 'application/json';
    return { path, headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers(raw.body) }, body: raw.body };
  };
}

/** A request to generate: a label for the report and a thunk that builds it at the moment of sending. */
export interface Generated { path: FuzzPath; describe: string; build: () => FuzzRequest }

function generated(path: FuzzPath, value: unknown, w: Wire, build: () => FuzzRequest): Generated {
  const preview = JSON.stringify(value) ?? 'undefined';
  const describe = `${path} (${w.kind}${'type' in w ? ` ${w.type}` : ''}) ${preview.length > 600 ? `${preview.slice(0, 600)}… (${preview.length} characters)` : preview}`;
  // fast-check prints a counter-example with this: short, even for a 64 KiB body.
  return { path, describe, build, [fc.toStringMethod]: () => describe } as Generated;
}

// --- web chat -----------------------------------------------------------------------------------------------

const webBody = shapedAndHostile(fc.record({
  sessionId: mostly(fc.constantFrom(...WEB_SESSIONS), hostileString),
  messageId: fc.option(mostly(fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), hostileString), { nil: undefined, freq: 2 }),
}).chain(({ sessionId, messageId }) => fc.oneof(
  fc.record({ text }),
  fc.record({ choice: often(fc.constantFrom(...CHOICES), hostileString) }),
  fc.record({ location: shapedOrMutated(fc.record({ latitude: often(fc.double({ min: -90, max: 90, noNaN: true }), hostileNumber), longitude: often(fc.double({ min: -180, max: 180, noNaN: true }), hostileNumber) })) }),
).map((content) => ({ sessionId, ...(messageId === undefined ? {} : { messageId }), ...content }))));

export const webRequest: fc.Arbitrary<Generated> = fc.tuple(webBody, wire, fc.constantFrom('/api/chat', '/api/chat', '/api/chat', '/api/chat/updates'))
  .map(([body, w, path]) => generated('web', body, w, request(path, body, w, () => ({}))));

// --- Telegram -----------------------------------------------------------------------------------------------

const tgUserId = mostly(fc.constantFrom(...TELEGRAM_USERS), hostileNumber);
const tgUser = (userId: unknown) => rarelyMutated(fc.record({ id: fc.constant(userId), is_bot: mostly(fc.constant(false), fc.oneof(fc.boolean(), hostileValue)), first_name: often(fc.constant('Ẩn danh'), hostileString), language_code: fc.option(fc.constantFrom('vi', 'en', 'zz', ''), { nil: undefined }) }, { requiredKeys: ['id', 'is_bot', 'first_name'] }));
const tgChat = (userId: unknown) => rarelyMutated(fc.record({ id: fc.constant(userId), type: mostly(fc.constant('private'), fc.oneof(fc.constantFrom('group', 'supergroup', 'channel', 'PRIVATE'), hostileValue)), first_name: fc.constant('Ẩn danh') }));
const tgDate = mostly(fc.constant(NOW_SECONDS), hostileNumber);
const tgContent = fc.oneof(
  { arbitrary: fc.record({ text }), weight: 6 },
  { arbitrary: fc.tuple(fc.constantFrom('/start', '/menu', '/khancap', '/thoat', '/start@fuzz_bot', '/start payload'), hostileValue).map(([command, junk]) => ({ text: command, entities: [{ type: 'bot_command', offset: 0, length: command.split(' ')[0]!.length }], junk })), weight: 2 },
  { arbitrary: fc.record({ location: rarelyMutated(fc.record({ latitude: mostly(fc.double({ min: -90, max: 90, noNaN: true }), hostileNumber), longitude: mostly(fc.double({ min: -180, max: 180, noNaN: true }), hostileNumber) })) }), weight: 2 },
  { arbitrary: fc.constantFrom('photo', 'sticker', 'voice', 'venue', 'contact', 'poll', 'dice', 'story', 'document').chain((k) => hostileValue.map((v) => ({ [k]: v }))), weight: 2 },
  { arbitrary: fc.record({ text: hostileValue }), weight: 1 },
);
const tgMessage = tgUserId.chain((userId) => fc.tuple(fc.record({ message_id: mostly(fc.nat(), hostileValue), date: tgDate, from: tgUser(userId), chat: tgChat(userId) }), tgContent)
  .map(([m, c]) => ({ ...m, ...c })));
const tgUpdate = fc.record({ update_id: mostly(fc.integer({ min: 1, max: 2 ** 31 - 1 }), hostileValue) }).chain(({ update_id }) => fc.oneof(
  { arbitrary: rarelyMutated(tgMessage).map((message) => ({ update_id, message })), weight: 8 },
  { arbitrary: rarelyMutated(tgMessage).map((edited_message) => ({ update_id, edited_message })), weight: 1 },
  { arbitrary: tgUserId.chain((userId) => rarelyMutated(fc.record({ id: id, from: tgUser(userId), chat_instance: id, data: mostly(fc.constantFrom(...CHOICES), hostileValue), message: fc.option(tgMessage, { nil: undefined }) }))).map((callback_query) => ({ update_id, callback_query })), weight: 4 },
  { arbitrary: tgUserId.chain((userId) => fc.record({ chat: tgChat(userId), from: tgUser(userId), date: tgDate, old_chat_member: hostileValue, new_chat_member: fc.oneof(fc.record({ status: fc.constantFrom('member', 'kicked', 'left', 'administrator') }), hostileValue) })).map((my_chat_member) => ({ update_id, my_chat_member })), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom('channel_post', 'poll', 'business_message', 'chat_join_request', 'message_reaction', 'unknown_future_field', '__proto__', 'constructor'), hostileValue).map(([k, v]) => ({ update_id, [k]: v })), weight: 1 },
  { arbitrary: fc.constant({ update_id }), weight: 1 },
));

const secretHeader = (name: string, secret: string) => fc.oneof(
  { arbitrary: fc.constant<Record<string, string>>({ [name]: secret }), weight: 9 },
  { arbitrary: fc.constantFrom<Record<string, string>>({}, { [name]: '' }, { [name]: `${secret}x` }, { [name]: secret.slice(0, -1) }, { [name]: secret.toUpperCase() }, { [name]: 'constructor' }), weight: 1 },
);

export const telegramRequest = (secrets: Secrets, path: string): fc.Arbitrary<Generated> =>
  fc.tuple(shapedAndHostile(tgUpdate), wire, secretHeader('x-telegram-bot-api-secret-token', secrets.telegram))
    .map(([body, w, headers]) => generated('telegram', body, w, request(path, body, w, () => headers)));

// --- Zalo OA ------------------------------------------------------------------------------------------------

const OA_EVENTS = ['user_send_text', 'user_send_location', 'user_send_image', 'user_send_link', 'user_send_audio', 'user_send_video',
  'user_send_sticker', 'user_send_gif', 'user_send_file', 'user_send_business_card', 'follow', 'unfollow', 'user_seen_message',
  'user_received_message', 'oa_send_text', 'user_submit_info', ''];

const oaEvent = (appId: string) => fc.record({
  event_name: often(fc.constantFrom(...OA_EVENTS), hostileValue),
  app_id: mostly(fc.constant(appId), fc.oneof(hostileString, prototypeObject)),
  user: often(fc.constantFrom(...OA_USERS), fc.oneof(hostileValue, prototypeObject)),
  timestamp: mostly(fc.constantFrom(NOW, NOW, NOW_NUMBER), fc.oneof(hostileValue, fc.constantFrom('0', '-1', '1e20', String(Date.now() - 10 * 60_000)))),
  msgId: often(fc.stringMatching(/^[0-9a-f]{8,32}$/), fc.oneof(hostileValue, prototypeObject)),
  text: often(fc.oneof(text, fc.constantFrom(...CHOICES).map((c) => `#c:${c}`)), fc.oneof(hostileValue, prototypeObject)),
  coordinates: fc.record({ latitude: often(fc.double({ min: -90, max: 90, noNaN: true }).map(String), fc.oneof(hostileValue, prototypeObject)), longitude: often(fc.double({ min: -180, max: 180, noNaN: true }).map(String), hostileValue) }),
}).chain((e) => shapedOrMutated(fc.constant({
  event_name: e.event_name, app_id: e.app_id, timestamp: e.timestamp,
  sender: { id: e.user }, recipient: { id: '3662729599332560487' }, follower: { id: e.user }, user_id_by_app: 'app',
  message: { msg_id: e.msgId, text: e.text, attachments: [{ type: 'location', payload: { coordinates: e.coordinates } }] },
} as Record<string, unknown>)));

/** Zalo's signature over the exact bytes: "mac=" + sha256_hex(app_id + body + timestamp + OA secret key). */
export function oaSignature(raw: string, appId: string, timestamp: string, secretKey: string): string {
  return createHash('sha256').update(appId + raw + timestamp + secretKey).digest('hex');
}

/** Signs as Zalo would, with app_id and timestamp read from the body the way the app reads them (whatever they are,
 * so that bodies with odd fields get past the signature to the parser too). */
function signOa(body: Raw['body'], secretKey: string): string | undefined {
  if (typeof body !== 'string') return undefined;
  try {
    const event = JSON.parse(body) as Record<string, unknown> | null;
    return oaSignature(body, textField(event?.app_id), textField(event?.timestamp), secretKey);
  } catch {
    return undefined; // not JSON: no signature to compute
  }
}

const oaSigning = fc.oneof(
  { arbitrary: fc.constantFrom('mac=' as const, 'mac=' as const, '' as const, 'MAC=' as const), weight: 9 },
  { arbitrary: fc.constantFrom('missing' as const, 'zeros' as const, 'wrong-key' as const, 'array' as const), weight: 1 },
);

export const oaRequest = (secrets: Secrets, path: string): fc.Arbitrary<Generated> =>
  fc.tuple(shapedAndHostile(oaEvent(secrets.oa.appId)), wire, oaSigning).map(([body, w, signing]) => generated('zalo-oa', body, w, request(path, body, w, (raw): Record<string, string> => {
    if (signing === 'missing') return {};
    if (signing === 'zeros') return { 'x-zevent-signature': `mac=${'0'.repeat(64)}` };
    const mac = signOa(raw, signing === 'wrong-key' ? 'not-the-oa-secret-key' : secrets.oa.secretKey) ?? 'f'.repeat(64);
    return { 'x-zevent-signature': signing === 'array' ? `mac=${mac}, mac=${mac}` : `${signing}${mac}` };
  })));

// --- Zalo Bot -----------------------------------------------------------------------------------------------

const BOT_EVENTS = ['message.text.received', 'message.image.received', 'message.sticker.received', 'message.voice.received',
  'message.unsupported.received', 'message.location.received', 'bot.added', ''];

const botUpdate = fc.record({
  event_name: often(fc.constantFrom(...BOT_EVENTS), fc.oneof(hostileValue, prototypeObject)),
  user: often(fc.constantFrom(...BOT_USERS), fc.oneof(hostileValue, prototypeObject)),
  messageId: often(fc.stringMatching(/^[0-9a-f]{8,32}$/), fc.oneof(hostileValue, prototypeObject)),
  date: often(fc.constant(NOW_NUMBER), hostileValue),
  text: often(text, fc.oneof(hostileValue, prototypeObject)),
  isBot: often(fc.constant(false), hostileValue),
  chatType: often(fc.constant('PRIVATE'), fc.oneof(fc.constantFrom('GROUP', 'private'), hostileValue)),
  wrapped: fc.boolean(),
}).chain((u) => {
  const message = shapedOrMutated(fc.constant({ message_id: u.messageId, date: u.date, text: u.text, from: { id: u.user, display_name: 'Người dùng', is_bot: u.isBot }, chat: { id: u.user, chat_type: u.chatType } } as Record<string, unknown>));
  return shapedOrMutated(message.map((m) => ({ event_name: u.event_name, message: m }))).map((update) => (u.wrapped ? { ok: true, result: update } : update));
});

export const botRequest = (secrets: Secrets, path: string): fc.Arbitrary<Generated> =>
  fc.tuple(shapedAndHostile(botUpdate), wire, secretHeader('x-bot-api-secret-token', secrets.bot))
    .map(([body, w, headers]) => generated('zalo-bot', body, w, request(path, body, w, () => headers)));

