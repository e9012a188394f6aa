// Counsellors, by the pseudonym of their desk account, with the alias people see.
import type { Client } from './client.js';

export function counsellorRepository(client: Client) {
  return {
    async alias(key: string): Promise<string | null> {
      return (await client.counsellor.findUnique({ where: { telegramKey: key } }))?.alias ?? null;
    },
    async setAlias(key: string, alias: string): Promise<void> {
      await client.counsellor.upsert({ where: { telegramKey: key }, create: { telegramKey: key, alias }, update: { alias } });
    },
    /** Every known alias: pseudonym → alias. */
    async aliases(): Promise<Map<string, string>> {
      return new Map((await client.counsellor.findMany()).map((c) => [c.telegramKey, c.alias]));
    },
  };
}

export type CounsellorRepository = ReturnType<typeof counsellorRepository>;
