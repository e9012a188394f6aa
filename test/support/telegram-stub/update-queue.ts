// One bot's pending updates, as Telegram keeps them: numbered, kept until confirmed (getUpdates offset or a
// 2xx webhook answer), handed to long polls as they arrive.
import type { Update } from 'grammy/types';

export type NewUpdate = Omit<Update, 'update_id'>;

export interface PendingUpdate {
  readonly update: Update;
  /** Updates of one chat are delivered in order; different chats independently. */
  readonly chatKey: number;
  settle(delivered: boolean): void;
}

export class UpdateQueue {
  private nextId = 1;
  private pending: PendingUpdate[] = [];
  private readonly listeners = new Set<() => void>();

  push(partial: NewUpdate, chatKey: number): { update: Update; confirmed: Promise<boolean> } {
    const update = { update_id: this.nextId++, ...partial } as Update;
    let settle!: (delivered: boolean) => void;
    const confirmed = new Promise<boolean>((resolve) => { settle = resolve; });
    this.pending.push({ update, chatKey, settle });
    for (const listener of [...this.listeners]) listener();
    return { update, confirmed };
  }

  get size(): number {
    return this.pending.length;
  }

  all(): readonly PendingUpdate[] {
    return this.pending;
  }

  peek(limit: number): Update[] {
    return this.pending.slice(0, limit).map((p) => p.update);
  }

  /** getUpdates with offset N confirms every update below N. */
  confirmBelow(offset: number): void {
    this.removeWhere((p) => p.update.update_id < offset, true);
  }

  /** getUpdates with offset -N forgets all but the last N updates. */
  keepLast(count: number): void {
    const keep = new Set(this.pending.slice(-count));
    this.removeWhere((p) => !keep.has(p), false);
  }

  remove(item: PendingUpdate, delivered: boolean): void {
    this.removeWhere((p) => p === item, delivered);
  }

  dropAll(): void {
    this.removeWhere(() => true, false);
  }

  /** Calls `listener` whenever an update is pushed; returns the unsubscribe function. */
  onPush(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private removeWhere(test: (p: PendingUpdate) => boolean, delivered: boolean): void {
    const removed = this.pending.filter(test);
    this.pending = this.pending.filter((p) => !test(p));
    for (const p of removed) p.settle(delivered);
  }
}
