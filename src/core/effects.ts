// Effects are what a flow asks the core to do. Each has a handler that runs inside the message's transaction,
// so the reply, the case change and the escalation commit or fail together. Modules (cases, directory, handoff)
// contribute handlers; the core brings the ones about the conversation itself.
import type { FlowEffect, Lang } from '../../flows/contract.js';
import type { Repositories } from '../db/repositories/index.js';
import { AppError } from './errors.js';
import type { Channel, OutboundMessage } from './messages.js';
import type { Translator } from './i18n.js';

/** An outbox row for a recipient other than the person (the counsellors' desk). */
export interface ExtraOutboxRow { channel: string; chatKey: string; kind: string; payload: OutboundMessage }

export interface EffectContext {
  /** The repositories, bound to the message's transaction. */
  repos: Repositories;
  i18n: Translator;
  channel: Channel;
  chatKey: string;
  conversationId: string;
  at: Date;
  lang: Lang;
  /** Replies to deliver, in order. */
  out: OutboundMessage[];
  /** Outbox rows for other recipients (e.g. the counsellors' group) written in the same transaction. */
  extraOutbox: ExtraOutboxRow[];
  conversation: { relayAllowed: boolean; relayPaused: boolean; delete: boolean };
}

export type EffectHandler<T extends FlowEffect = FlowEffect> = (ctx: EffectContext, effect: T) => Promise<void> | void;
export type EffectHandlers = { [K in FlowEffect['type']]?: EffectHandler<Extract<FlowEffect, { type: K }>> };

export async function runEffect(handlers: EffectHandlers, ctx: EffectContext, effect: FlowEffect): Promise<void> {
  const handler = handlers[effect.type] as EffectHandler | undefined;
  if (!handler) throw new AppError('flow_failed', `no handler for flow effect ${effect.type}`, { details: { effect: effect.type } });
  await handler(ctx, effect);
}
