// What the dashboard's console desk shows in a case's thread (sealed: it may carry the person's own words).
import type { Client } from './client.js';

export interface DeskMessageRow { id: bigint; at: Date; from: string; sealed: string }

export function deskMessageRepository(client: Client) {
  return {
    async add(caseId: string, from: string, sealed: string, at: Date): Promise<void> {
      await client.deskMessage.create({ data: { caseId, from, sealed, at } });
    },
    /** The case's messages after `afterId` (0: all), oldest first. */
    since(caseId: string, afterId: bigint): Promise<DeskMessageRow[]> {
      return client.deskMessage.findMany({ where: { caseId, id: { gt: afterId } }, orderBy: { id: 'asc' }, select: { id: true, at: true, from: true, sealed: true } });
    },
    /** Retention and data deletion: the words go, the case's counts stay. */
    async purge(caseId: string): Promise<void> {
      await client.deskMessage.deleteMany({ where: { caseId } });
    },
  };
}

export type DeskMessageRepository = ReturnType<typeof deskMessageRepository>;
