// The quick exit, as every channel's content reads it: the /thoat command (also what a Zalo unfollow becomes) or
// the universal exit button. The limits let it through a little past a full window: leaving must always work.
import type { InboundContent } from '../../core/messages.js';
import { EXIT_CHOICE } from '../../core/render.js';

export function isQuickExit(content: InboundContent): boolean {
  return (content.kind === 'command' && content.command === 'thoat') || (content.kind === 'choice' && content.id === EXIT_CHOICE);
}
