// The OA Open API v3 customer-service message call (channel-apis notes A1.3, A1.6). Zalo answers errors with
// HTTP 200 and `error` ≠ 0: -216/-220 mean the access token is invalid or expired (refresh once, retry once),
// -32 the rate limit (back off), -230 the 7-day messaging window (undeliverable). Bodies are never logged.
import axios, { type AxiosInstance } from 'axios';
import { PermanentDeliveryError } from '../../core/delivery.js';
import type { ZaloTokens } from './tokens.js';

/** Codes retrying cannot fix for this person: no interaction for 7 days, unknown / not following / inactive user. */
const PERSON_UNREACHABLE = new Set([-201, -213, -227, -231, -232, -244]);
export const WINDOW_CLOSED = -230;
const TOKEN_REJECTED = new Set([-216, -220]);

/** The 7-day window is closed: the sender records it on the case before giving the row up. */
export class ZaloWindowError extends PermanentDeliveryError {
  constructor() {
    super('Zalo OA: no interaction in 7 days (-230)', WINDOW_CLOSED);
    this.name = 'ZaloWindowError';
  }
}

export interface OaButton { title: string; type: 'oa.query.hide' | 'oa.open.phone'; payload: string | { phone_code: string } }

export interface OaApi {
  /** Sends one CS message; returns Zalo's message id. */
  sendCs(userId: string, text: string, buttons?: OaButton[]): Promise<string>;
}

export function oaApi(opts: { apiRoot: string; tokens: ZaloTokens; http?: AxiosInstance }): OaApi {
  const http = opts.http ?? axios.create();
  const url = `${opts.apiRoot.replace(/\/$/, '')}/v3.0/oa/message/cs`;
  const post = async (token: string, body: unknown) => {
    try {
      const res = await http.post(url, body, { headers: { access_token: token, 'content-type': 'application/json' }, timeout: 20_000, validateStatus: () => true });
      if (res.status >= 500 || res.status === 429) throw Object.assign(new Error(`Zalo OA HTTP ${res.status}`), { code: res.status });
      return (res.data ?? {}) as { error?: number | string; message?: string; data?: { message_id?: string } };
    } catch (error) {
      if (axios.isAxiosError(error)) throw Object.assign(new Error('network error talking to Zalo OA'), { code: 'network' });
      throw error;
    }
  };
  return {
    async sendCs(userId, text, buttons) {
      const message: Record<string, unknown> = { text };
      if (buttons?.length) message.attachment = { type: 'template', payload: { buttons } };
      const body = { recipient: { user_id: userId }, message };
      let token = await opts.tokens.accessToken();
      let answer = await post(token, body);
      if (TOKEN_REJECTED.has(Number(answer.error))) {
        token = await opts.tokens.refreshAfterRejection(token);
        answer = await post(token, body);
      }
      const code = Number(answer.error ?? 0);
      if (code === 0) return String(answer.data?.message_id ?? '');
      if (code === WINDOW_CLOSED) throw new ZaloWindowError();
      if (PERSON_UNREACHABLE.has(code)) throw new PermanentDeliveryError(`Zalo OA refused the message (${code})`, code);
      // -32 (rate limit) and everything else: the outbox retries with its recorded backoff.
      throw Object.assign(new Error(`Zalo OA error ${code}`), { code });
    },
  };
}
