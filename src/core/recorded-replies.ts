// What an update answered, kept sealed with its processed update id: a repeat of the update (a webhook delivered
// again, a web request retried after its response was lost) gets exactly the same replies, and nothing is
// processed or sent twice.
import type { Sealer } from '../privacy/sealer.js';
import type { Reply } from './engine.js';
import { repliesContext } from './sealing-contexts.js';

export function sealReplies(sealer: Sealer, channel: string, updateId: string, replies: Reply[]): string {
  const plain = replies.map((r) => ({ outboxId: r.outboxId.toString(), message: r.message }));
  return sealer.seal(JSON.stringify(plain), repliesContext(channel, updateId));
}

/** null (nothing kept: the person deleted their data, or a record older than this feature) opens as no replies. */
export function openReplies(sealer: Sealer, channel: string, updateId: string, sealed: string | null): Reply[] {
  if (!sealed) return [];
  const plain = JSON.parse(sealer.open(sealed, repliesContext(channel, updateId))) as { outboxId: string; message: Reply['message'] }[];
  return plain.map((r) => ({ outboxId: BigInt(r.outboxId), message: r.message }));
}
