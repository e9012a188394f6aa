// A stand-in for the Zalo Bot Platform API, written from the documented shapes (shared notes channel-apis A2), not
// from our adapter: real HTTP on loopback (node:http, port 0). Every method is POST {root}/bot<TOKEN>/<method> with a
// JSON body and answers { ok: true, result } or { ok: false, error_code, description }:
//   sendMessage    { chat_id, text (1–2000 characters) } → { message_id, date }
//   sendChatAction { chat_id, action: "typing" }          → true
//   getUpdates     { timeout: "30" } → one update (not an array); 408 when nothing came in the timeout;
//                  400 while a webhook is set (getUpdates and webhooks are mutually exclusive)
//   setWebhook     { url (https), secret_token (8–256) } → { url, updated_at };  deleteWebhook → { url: "" }
//   a wrong token  → 401
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface BotSent { chatId: string; text: string; messageId: string }

export interface BotStub {
  url: string;
  sent: BotSent[];
  actions: { chatId: string; action: string }[];
  /** Updates waiting for getUpdates. */
  queue: unknown[];
  webhook: { url: string; secret: string } | null;
  getUpdatesCalls: number;
  /** Refuse the next n getUpdates with 400 (a conflicting webhook). */
  conflictNext(n: number): void;
  close(): Promise<void>;
}

const readBody = (req: IncomingMessage) => new Promise<string>((resolve, reject) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  req.on('error', reject);
});

const fail = (error_code: number, description: string) => ({ ok: false, error_code, description });

export async function startBotStub(opts: { token: string; longPollMs?: number }): Promise<BotStub> {
  let conflicts = 0;
  let counter = 0;
  const waiters: Array<() => void> = [];
  const stub: Omit<BotStub, 'url' | 'close'> = {
    sent: [], actions: [], queue: [], webhook: null, getUpdatesCalls: 0,
    conflictNext: (n) => { conflicts = n; },
  };
  // Wake a waiting getUpdates when an update is queued.
  const queue = stub.queue;
  const push = queue.push.bind(queue);
  queue.push = (...items: unknown[]) => { const n = push(...items); waiters.splice(0).forEach((w) => w()); return n; };

  const methods: Record<string, (body: any) => Promise<unknown>> = {
    async sendMessage(b) {
      if (typeof b?.chat_id !== 'string' || !b.chat_id) return fail(400, 'Bad Request: chat_id is invalid');
      if (typeof b.text !== 'string' || b.text.length < 1 || b.text.length > 2000) return fail(400, 'Bad Request: text must be 1-2000 characters');
      const messageId = `${(++counter).toString(16)}${randomBytes(8).toString('hex')}`;
      stub.sent.push({ chatId: b.chat_id, text: b.text, messageId });
      return { ok: true, result: { message_id: messageId, date: Date.now() } };
    },
    async sendChatAction(b) {
      if (typeof b?.chat_id !== 'string' || b.action !== 'typing') return fail(400, 'Bad Request');
      stub.actions.push({ chatId: b.chat_id, action: b.action });
      return { ok: true, result: true };
    },
    async getUpdates(b) {
      stub.getUpdatesCalls++;
      if (conflicts > 0) { conflicts--; return fail(400, 'Bad Request: webhook is active'); }
      if (stub.webhook) return fail(400, 'Bad Request: webhook is active');
      const seconds = Number(b?.timeout ?? 30);
      const waitMs = Math.min(opts.longPollMs ?? 1_000, (Number.isFinite(seconds) ? seconds : 30) * 1000);
      if (!queue.length) await new Promise<void>((r) => { const t = setTimeout(r, waitMs); waiters.push(() => { clearTimeout(t); r(); }); });
      if (!queue.length) return fail(408, 'Request timeout');
      return { ok: true, result: queue.shift() };
    },
    async setWebhook(b) {
      if (typeof b?.url !== 'string' || !b.url.startsWith('https://')) return fail(400, 'Bad Request: url must be https');
      if (typeof b.secret_token !== 'string' || b.secret_token.length < 8 || b.secret_token.length > 256) return fail(400, 'Bad Request: secret_token');
      stub.webhook = { url: b.url, secret: b.secret_token };
      return { ok: true, result: { url: b.url, updated_at: Date.now() } };
    },
    async deleteWebhook() {
      stub.webhook = null;
      return { ok: true, result: { url: '', updated_at: Date.now() } };
    },
  };

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
    let answer: unknown;
    if (req.method !== 'POST' || !match) answer = fail(404, 'Not Found');
    else if (match[1] !== opts.token) answer = fail(401, 'Unauthorized');
    else if (!methods[match[2]!]) answer = fail(404, 'Not Found: method');
    else {
      let body: unknown = {};
      try { body = raw ? JSON.parse(raw) : {}; } catch { body = null; }
      answer = await methods[match[2]!]!(body);
    }
    const status = (answer as { ok?: boolean; error_code?: number }).ok ? 200 : (answer as { error_code: number }).error_code;
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(stub as BotStub, {
    url,
    close: () => new Promise<void>((r) => { waiters.splice(0).forEach((w) => w()); server.closeAllConnections(); server.close(() => r()); }),
  });
}

let seq = 0;
/** An update as the docs show it, wrapped in { ok, result } unless `bare`. */
export function textUpdate(chatId: string, text: string, o: { bare?: boolean; messageId?: string; event?: string } = {}) {
  const update = {
    event_name: o.event ?? 'message.text.received',
    message: { message_id: o.messageId ?? `${Date.now().toString(16)}${(++seq).toString(16).padStart(8, '0')}`, date: Date.now(), text,
      from: { id: chatId, display_name: 'Người dùng', is_bot: false }, chat: { id: chatId, chat_type: 'PRIVATE' } },
  };
  return o.bare ? update : { ok: true, result: update };
}
