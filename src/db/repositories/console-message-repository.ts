// What the dashboard's console desk shows in a case's thread (sealed: it may carry the person's own words).
import type { Client } from './client.js';

export interface ConsoleMessageRow { id: bigint; at: Date; from: string; sealed: string }

export function consoleMessageRepository(client: Client) {
  return {
    async add(caseId: string, from: string, sealed: string, at: Date): Promise<void> {
      await client.consoleMessage.create({ data: { caseId, from, sealed, at } });
    },
    /** The case's messages after `afterId` (0: all), oldest first. */
    since(caseId: string, afterId: bigint): Promise<ConsoleMessageRow[]> {
      return client.consoleMessage.findMany({ where: { caseId, id: { gt: afterId } }, orderBy: { id: 'asc' }, select: { id: true, at: true, from: true, sealed: true } });
    },
    /** The person deleted their data: the console's copy of their words goes with it (before the cases are unlinked). */
    async forgetPerson(chatKey: string): Promise<void> {
      const cases = await client.case.findMany({ where: { chatKey }, select: { id: true } });
      if (cases.length) await client.consoleMessage.deleteMany({ where: { caseId: { in: cases.map((c) => c.id) } } });
    },
    /** Retention: the words of these cases go; the cases' counts stay. */
    async forgetCases(caseIds: string[]): Promise<number> {
      if (!caseIds.length) return 0;
      return (await client.consoleMessage.deleteMany({ where: { caseId: { in: caseIds } } })).count;
    },
  };
}

export type ConsoleMessageRepository = ReturnType<typeof consoleMessageRepository>;
