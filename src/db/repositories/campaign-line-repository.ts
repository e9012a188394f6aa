// Campaign lines: short texts an admin sets to be shown under the welcome for a period. Added and ended, never
// edited or deleted (the audit log names who did which).
import type { CampaignLine } from '../generated/client.js';
import type { Client } from './client.js';

export type { CampaignLine };

export interface NewCampaignLine { textVi: string; textEn: string; startsAt: Date; endsAt: Date; createdBy: string }

export function campaignLineRepository(client: Client) {
  return {
    add: (line: NewCampaignLine): Promise<CampaignLine> => client.campaignLine.create({ data: line }),
    byId: (id: string): Promise<CampaignLine | null> => client.campaignLine.findUnique({ where: { id } }),
    /** Lines not yet over at `at` (running or to come), soonest first: what the welcome may show. */
    current: (at: Date): Promise<CampaignLine[]> => client.campaignLine.findMany({ where: { endsAt: { gt: at } }, orderBy: [{ startsAt: 'asc' }, { createdAt: 'asc' }] }),
    /** The latest lines, newest first (the dashboard's list). */
    recent: (take = 50): Promise<CampaignLine[]> => client.campaignLine.findMany({ orderBy: { createdAt: 'desc' }, take }),
    /** Ends a line now (its end moves to `at`, never later than it was). */
    async end(id: string, at: Date): Promise<void> {
      await client.campaignLine.updateMany({ where: { id, endsAt: { gt: at } }, data: { endsAt: at } });
    },
  };
}

export type CampaignLineRepository = ReturnType<typeof campaignLineRepository>;
