// The web chat's JSON API: POST /api/chat for a message, POST /api/chat/updates for messages that arrive later
// (a counsellor's answer). Replies to a message come back in its response; nothing else is kept in the page.
// Invalid bodies throw a bad_request AppError; the HTTP error boundary (src/http/server.ts) answers it. Both routes
// check the rate limits (web-limits.ts) before any database work.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { typedContent } from '../../core/commands.js';
import type { Core } from '../../core/engine.js';
import { AppError } from '../../core/errors.js';
import type { InboundContent, OutboundMessage } from '../../core/messages.js';
import type { Repositories } from '../../db/repositories/index.js';
import { isQuickExit } from '../limits/quick-exit.js';
import type { WebLimits } from './web-limits.js';

const sessionId = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/, 'sessionId must be 16–128 characters of A-Z a-z 0-9 _ -');
const chatBody = z.object({
  sessionId,
  text: z.string().trim().min(1, 'text must not be empty').max(4000, 'text is longer than 4000 characters').optional(),
  choice: z.string().min(1).max(64, 'choice is longer than 64 characters').optional(),
  location: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).optional(),
  /** Optional: a retried request with the same id is processed once and answered again with the same replies. */
  messageId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/).optional(),
}).strict().refine((b) => [b.text, b.choice, b.location].filter((v) => v !== undefined).length === 1, {
  message: 'send exactly one of text, choice or location',
});

/** "sessionId: …" for each problem, so the message names the field. */
function describeIssues(issues: z.core.$ZodIssue[]): string {
  return issues.map((i) => (i.path.length && !i.message.startsWith(String(i.path[0])) ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

export interface WebReply { text: string; choices?: { id: string; label: string }[]; askLocation?: true; clearChat?: true; lang?: 'vi' | 'en' }

export function toWebReply(m: OutboundMessage): WebReply {
  const r: WebReply = { text: m.text };
  if (m.choices?.length) r.choices = m.choices;
  if (m.askLocation) r.askLocation = true;
  if (m.clearChat) r.clearChat = true;
  // The page shows its own texts (the emergency bar, the buttons) in the language of the replies.
  if (m.lang) r.lang = m.lang;
  return r;
}

function contentOf(body: z.infer<typeof chatBody>): InboundContent {
  if (body.choice !== undefined) return { kind: 'choice', id: body.choice };
  if (body.location) return { kind: 'location', ...body.location };
  return typedContent(body.text!);
}

export function registerWebChat(app: FastifyInstance, deps: { core: Core; outbox: Repositories['outbox']; limits: WebLimits }): void {
  app.post('/api/chat', async (req, reply) => {
    const parsed = chatBody.safeParse(req.body);
    const exit = parsed.success && isQuickExit(contentOf(parsed.data));
    deps.limits.address(req, reply, { exit });
    if (!parsed.success) throw new AppError('bad_request', describeIssues(parsed.error.issues));
    const body = parsed.data;
    deps.limits.session(body.sessionId, reply, { exit });
    const result = await deps.core.handle({
      channel: 'web', userId: body.sessionId, address: { chatId: body.sessionId },
      updateId: body.messageId ?? randomUUID(), at: new Date(), content: contentOf(body),
    }, { inline: true });
    return { replies: result.replies.map((r) => toWebReply(r.message)), duplicate: result.duplicate || undefined };
  });

  app.post('/api/chat/updates', async (req, reply) => {
    deps.limits.address(req, reply);
    const parsed = z.object({ sessionId }).strict().safeParse(req.body);
    if (!parsed.success) throw new AppError('bad_request', describeIssues(parsed.error.issues));
    const chatKey = deps.core.chatKeyOf('web', parsed.data.sessionId);
    // Take and erase in one statement: each pending message reaches the page once.
    const messages = await deps.outbox.takePending('web', chatKey);
    return { replies: messages.map(toWebReply) };
  });
}
