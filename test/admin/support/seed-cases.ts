// Seeds cases straight through the case repository (answers, province, timeline events, sealed contact details),
// the way the flows and the hand-off leave them, so the dashboard's pages and reports have a known set to show.
import { randomBytes } from 'node:crypto';
import type { TestApp } from '../../support/test-app.js';
import { contactContext } from '../../../src/cases/case-store.js';
import type { CaseEvent } from '../../../src/cases/case-events.js';
import { createSealer } from '../../../src/privacy/sealer.js';

export interface SeedCase {
  ref?: string;
  channel?: string;
  status?: 'draft' | 'open' | 'claimed' | 'closed';
  urgency?: 'urgent' | 'normal';
  level?: string;
  province?: string;
  answers?: Record<string, unknown>;
  contact?: Record<string, string>;
  claimedBy?: string;
  claimedAlias?: string;
  outcome?: string;
  at: Date;
  /** Timeline events after `created`, minutes after `at`. */
  events?: { minutes: number; event: CaseEvent }[];
}

export const sealerOf = (t: TestApp) => createSealer(Buffer.from(t.target.env.ENCRYPTION_KEY!, 'hex'));

let n = 0;
export async function seedCase(t: TestApp, c: SeedCase) {
  const { cases } = t.app.database.store;
  const ref = c.ref ?? `T${String(++n).padStart(3, '0')}${randomBytes(2).toString('hex').toUpperCase()}`;
  const created = await cases.create({ ref, channel: c.channel ?? 'web', chatKey: `seed-${randomBytes(8).toString('hex')}`, status: c.status ?? 'open', urgency: c.urgency ?? 'normal', at: c.at });
  if (!created) throw new Error('reference taken');
  await cases.update(created.id, {
    ...(c.level ? { level: c.level } : {}), ...(c.province ? { province: c.province } : {}), answers: c.answers ?? {},
    ...(c.outcome ? { outcome: c.outcome, closedAt: c.at } : {}),
    ...(c.contact ? { contactSealed: sealerOf(t).seal(JSON.stringify(c.contact), contactContext(created.id)) } : {}),
  });
  if (c.claimedBy) await t.app.database.db.case.update({ where: { id: created.id }, data: { claimedBy: c.claimedBy, claimedAlias: c.claimedAlias ?? 'Lan' } });
  for (const e of c.events ?? []) await cases.addEvent(created.id, e.event, new Date(c.at.getTime() + e.minutes * 60_000));
  return (await cases.byId(created.id))!;
}
