// The Zalo Bot Platform API (channel-apis notes A2): POST {root}/bot<TOKEN>/<method> with a JSON body; answers
// are `{ ok: true, result }` or `{ ok: false, error_code, description }`. The token is in the URL, so URLs and
// bodies are never logged — method and code only.
import axios, { type AxiosInstance } from 'axios';

export class ZaloBotError extends Error {
  constructor(readonly method: string, readonly code: number | string) {
    super(`Zalo Bot ${method} failed (${code})`);
    this.name = 'ZaloBotError';
  }
}

export interface ZaloBotApi {
  call<T = unknown>(method: string, body?: Record<string, unknown>, options?: { timeoutMs?: number; signal?: AbortSignal }): Promise<T>;
}

export function zaloBotApi(opts: { apiRoot: string; token: string; http?: AxiosInstance }): ZaloBotApi {
  const http = opts.http ?? axios.create();
  const base = `${opts.apiRoot.replace(/\/$/, '')}/bot${opts.token}`;
  return {
    async call<T>(method: string, body: Record<string, unknown> = {}, options: { timeoutMs?: number; signal?: AbortSignal } = {}) {
      let res;
      try {
        res = await http.post(`${base}/${method}`, body, { timeout: options.timeoutMs ?? 20_000, signal: options.signal, validateStatus: () => true, headers: { 'content-type': 'application/json' } });
      } catch {
        throw new ZaloBotError(method, 'network');
      }
      const data = (res.data ?? {}) as { ok?: boolean; result?: T; error_code?: number };
      if (data.ok === true) return data.result as T;
      throw new ZaloBotError(method, Number(data.error_code ?? res.status));
    },
  };
}
