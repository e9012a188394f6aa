// The load generator, the same for the app and for the bare echo: CHATS chats run at once, each like a person —
// it sends the next message of its script only once the answer to the previous one has arrived. Measures for a
// fixed time; reports messages answered per second and the latency of each answer.
import { latencies, type Latencies } from './stats.js';

export interface LoadResult extends Latencies {
  chats: number;
  seconds: number;
  perSecond: number;
  /** Messages answered with an error, or whose answer never came within the wait (the chat moved on). */
  failed: number;
  /** performance.now() when the last chat finished its last message. */
  endedAt: number;
}

/** `send` resolves when the answer to message `i` of chat `chat` has fully arrived (or rejects on timeout). */
export type SendMessage = (chat: number, i: number) => Promise<void>;

export async function runChats(opts: { chats: number; seconds: number; send: SendMessage }): Promise<LoadResult> {
  const times: number[] = [];
  let failed = 0;
  const started = performance.now();
  const deadline = started + opts.seconds * 1000;
  await Promise.all(Array.from({ length: opts.chats }, async (_, chat) => {
    for (let i = 0; performance.now() < deadline; i++) {
      const sent = performance.now();
      try {
        await opts.send(chat, i);
        times.push(performance.now() - sent);
      } catch {
        failed++;
      }
    }
  }));
  const endedAt = performance.now();
  const seconds = (endedAt - started) / 1000;
  return { chats: opts.chats, seconds, perSecond: times.length / seconds, failed, endedAt, ...latencies(times) };
}

/** "1,50,200" → [1, 50, 200] */
export function parseChats(value: string | undefined, fallback: number[]): number[] {
  return value ? value.split(',').map((v) => Number(v.trim())).filter((n) => Number.isInteger(n) && n > 0) : fallback;
}
