// A stand-in for Zalo's OA Open API and OAuth servers, written from the documented shapes (shared notes
// channel-apis A1.3, A1.5, A1.6), not from our adapter: real HTTP on loopback (node:http, port 0).
//   POST /v3.0/oa/message/cs      header `access_token`; JSON { recipient: { user_id }, message: { text, attachment? } }
//                                 → HTTP 200 { error: 0, message: "Success", data: { message_id, user_id } }, and
//                                   errors as HTTP 200 with `error` ≠ 0: -216 invalid token, -230 no interaction in
//                                   7 days, -32 rate limit, -210 a parameter over its limit (text > 2000, > 5 buttons).
//   POST /v4/oa/access_token      form-encoded refresh_token, app_id, grant_type; header `secret_key`
//                                 → { access_token, refresh_token, expires_in: "90000" }; each refresh token works once.
//                                 grant_type=authorization_code with `code` and the PKCE `code_verifier` (S256).
//   GET  /v4/oa/permission        app_id, redirect_uri, code_challenge, state → 302 to redirect_uri?code=…&oa_id=…&state=…
//                                 (an admin approving at once; the code is valid for 10 minutes)
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface OaButton { title: string; type: string; payload: unknown }
export interface OaSent { userId: string; text: string; buttons: OaButton[]; messageId: string }

export interface OaStubOptions { appId: string; appSecret: string; refreshToken: string }

export interface OaStub {
  url: string;
  sent: OaSent[];
  /** How many refresh requests succeeded, and the refresh token Zalo would accept next. */
  refreshes: number;
  currentRefreshToken: string;
  /** Makes every access token handed out so far invalid (an expired token: -216 on the next call). */
  expireAccessTokens(): void;
  /** Users outside the 7-day window: messages to them get -230. */
  windowClosed: Set<string>;
  /** The next n messages get -32 (rate limit). */
  rateLimitNext(n: number): void;
  /** Delay before answering a refresh (to make two refreshes overlap). */
  refreshDelayMs: number;
  close(): Promise<void>;
}

const readBody = (req: IncomingMessage) => new Promise<string>((resolve, reject) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  req.on('error', reject);
});

const BUTTON_TYPES = new Set(['oa.query.hide', 'oa.query.show', 'oa.open.phone', 'oa.open.url', 'oa.open.sms']);

export async function startOaStub(opts: OaStubOptions): Promise<OaStub> {
  const validAccess = new Set<string>();
  let rateLimited = 0;
  let counter = 0;
  const stub: Omit<OaStub, 'url' | 'close'> = {
    sent: [], refreshes: 0, currentRefreshToken: opts.refreshToken, windowClosed: new Set(), refreshDelayMs: 0,
    expireAccessTokens: () => validAccess.clear(),
    rateLimitNext: (n) => { rateLimited = n; },
  };

  const messageCs = (token: string | undefined, body: any) => {
    if (!token || !validAccess.has(token)) return { error: -216, message: 'Access token is invalid' };
    const userId = body?.recipient?.user_id;
    const message = body?.message;
    if (typeof userId !== 'string' || !message) return { error: -201, message: 'Parameters are invalid' };
    if (rateLimited > 0) { rateLimited--; return { error: -32, message: 'Request rate limit exceeded' }; }
    if (stub.windowClosed.has(userId)) return { error: -230, message: 'User has not interacted with the OA in the past 7 days' };
    const text = message.text;
    if (typeof text !== 'string' || text.length === 0 || text.length > 2000) return { error: -210, message: 'Parameter exceeds limit: text' };
    const buttons: OaButton[] = message.attachment?.payload?.buttons ?? [];
    if (message.attachment && (message.attachment.type !== 'template' || !Array.isArray(buttons))) return { error: -201, message: 'Parameters are invalid: attachment' };
    if (buttons.length > 5) return { error: -210, message: 'Parameter exceeds limit: buttons' };
    for (const b of buttons) {
      if (!BUTTON_TYPES.has(b.type) || typeof b.title !== 'string' || !b.title) return { error: -201, message: 'Parameters are invalid: button' };
      if (b.type === 'oa.open.phone' && typeof (b.payload as { phone_code?: unknown })?.phone_code !== 'string') return { error: -201, message: 'Parameters are invalid: phone_code' };
      if (b.type.startsWith('oa.query') && (typeof b.payload !== 'string' || b.payload.length > 1000)) return { error: -201, message: 'Parameters are invalid: payload' };
    }
    const messageId = `m${++counter}${randomBytes(4).toString('hex')}`;
    stub.sent.push({ userId, text, buttons, messageId });
    return { error: 0, message: 'Success', data: { message_id: messageId, user_id: userId } };
  };

  const codes = new Map<string, { challenge: string; until: number }>();
  const refresh = async (secret: string | undefined, form: URLSearchParams) => {
    if (stub.refreshDelayMs) await new Promise((r) => setTimeout(r, stub.refreshDelayMs));
    if (secret !== opts.appSecret) return { error: -14002, error_name: 'Invalid secret key', error_description: 'Invalid secret key' };
    if (form.get('app_id') !== opts.appId) return { error: -14001, error_name: 'Invalid app id', error_description: 'Invalid app id' };
    if (form.get('grant_type') === 'authorization_code') {
      const grant = codes.get(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      if (!grant || grant.until < Date.now() || createHash('sha256').update(verifier).digest('base64url') !== grant.challenge) {
        return { error: -14019, error_name: 'Invalid code', error_description: 'Invalid authorization code or verifier' };
      }
      codes.delete(form.get('code')!);
    } else if (form.get('grant_type') !== 'refresh_token' || form.get('refresh_token') !== stub.currentRefreshToken) {
      return { error: -14014, error_name: 'Invalid refresh token', error_description: 'Invalid refresh token' };
    }
    // Single use: the token just spent is gone, a new pair is issued.
    stub.refreshes++;
    stub.currentRefreshToken = `rt-${randomBytes(12).toString('hex')}`;
    const access = `at-${randomBytes(12).toString('hex')}`;
    validAccess.add(access);
    return { access_token: access, refresh_token: stub.currentRefreshToken, expires_in: '90000' };
  };

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    let answer: unknown;
    if (req.method === 'POST' && req.url === '/v3.0/oa/message/cs') {
      let body: unknown;
      try { body = JSON.parse(raw); } catch { body = null; }
      answer = messageCs(req.headers['access_token'] as string | undefined, body);
    } else if (req.method === 'POST' && req.url === '/v4/oa/access_token' && String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded')) {
      answer = await refresh(req.headers['secret_key'] as string | undefined, new URLSearchParams(raw));
    } else if (req.method === 'GET' && req.url?.startsWith('/v4/oa/permission?')) {
      const q = new URL(req.url, 'http://stub').searchParams;
      if (q.get('app_id') !== opts.appId || !q.get('redirect_uri') || !q.get('code_challenge')) {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: -14003, message: 'Invalid request' }));
        return;
      }
      const code = `code-${randomBytes(12).toString('hex')}`;
      codes.set(code, { challenge: q.get('code_challenge')!, until: Date.now() + 10 * 60_000 });
      const back = new URL(q.get('redirect_uri')!);
      back.search = new URLSearchParams({ code, oa_id: '3662729599332560487', ...(q.get('state') ? { state: q.get('state')! } : {}) }).toString();
      res.writeHead(302, { location: back.toString() }).end();
      return;
    } else {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 404, message: 'not found' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(stub as OaStub, {
    url,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  });
}
