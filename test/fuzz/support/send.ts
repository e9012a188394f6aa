// Sends a generated request over real HTTP and says how it went: the status, or the network error when there was
// no answer. A body past the limit may be cut off by the server after its 413 (the client then sees a closed
// connection, not a status): that alone is not a failure, the health check after the run says whether the
// process survived.
import type { Generated } from './bodies.js';
import { BODY_LIMIT } from './hostile.js';

export interface Outcome { status: number; answer: string; pastLimit: boolean; networkError?: string }

export async function send(baseUrl: string, g: Generated): Promise<Outcome> {
  const req = g.build();
  const size = req.body === undefined ? 0 : typeof req.body === 'string' ? Buffer.byteLength(req.body) : req.body.byteLength;
  const pastLimit = size > BODY_LIMIT;
  try {
    const res = await fetch(`${baseUrl}${req.path}`, { method: 'POST', headers: req.headers, body: req.body as BodyInit | undefined });
    const answer = await res.text();
    return { status: res.status, answer: answer.slice(0, 300), pastLimit };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string; message?: string } };
    return { status: 0, answer: '', pastLimit, networkError: `${e.message} (${e.cause?.code ?? e.cause?.message ?? 'no cause'})` };
  }
}

/** A failure worth a counter-example: a 5xx, or no answer at all to a body within the limit. */
export function failed(o: Outcome): boolean {
  return o.status >= 500 || (o.status === 0 && !o.pastLimit);
}
