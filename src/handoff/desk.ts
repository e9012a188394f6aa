// The counsellors' desk as a port. The hand-off service (desk-sender.ts, counsellor-actions.ts) decides what a
// desk shows and records it on the case; an adapter only translates to its platform. The Telegram group
// (telegram/group-desk.ts) is the first adapter; the dashboard's web console will be the second.
import type { CounsellorActions } from './counsellor-actions.js';

/** What an adapter knows of a case: its id and reference, and where it lives on this desk. */
export interface DeskCase {
  id: string;
  ref: string;
  /** The case's own thread (a forum topic), when the desk has one for it. */
  thread: string | null;
  /** The desk message that roots the case's thread when there is no topic (its card). */
  root: string | null;
}

/** Text as the service renders it: `html` (escaped, the desk's rich text) or `plain` (the person's own words). */
export type DeskText = { html: string } | { plain: string };

/** A counsellor to mention: their account on this desk and their alias. */
export interface OnDutyCounsellor { account: string; alias: string }

export interface Posted { messageIds: string[] }

/** `silent`: no notification — a message sent again after a crash may repeat one that already rang. */
export interface PostOptions { silent?: boolean }

/** Thrown (AppError code `not_found`, details.thread) when the case's thread is gone: the service forgets it. */
export const THREAD_GONE = 'thread-gone';

export interface DeskPort {
  /** The desk's id: outbox rows for it carry it as their channel. */
  readonly id: string;
  /** Opens the case's own thread where the desk has threads; null when it has none (the card becomes the root). */
  openThread(c: DeskCase): Promise<string | null>;
  /**
   * Shows the case card with its actions (claim, close). `remind` makes it a fresh message at the top of the desk
   * (a re-announcement), mentioning those on duty, rather than a message in the case's thread.
   */
  announce(c: DeskCase, card: DeskText, opts?: PostOptions & { remind?: OnDutyCounsellor[] }): Promise<Posted>;
  /** Posts in the case's thread: the person's words, a notice. */
  post(c: DeskCase, text: DeskText, opts?: PostOptions): Promise<Posted>;
}

/** An adapter: the port out, and `listen` to turn what counsellors do there into the service's actions. */
export interface DeskAdapter extends DeskPort {
  listen(actions: CounsellorActions): void;
  /** The counsellors on duty to mention, with their aliases (the adapter knows the desk's accounts). */
  onDuty(aliasOf: (account: string) => Promise<string | null>): Promise<OnDutyCounsellor[]>;
}
