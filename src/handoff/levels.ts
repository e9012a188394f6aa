// Escalation levels, in queue order, with their claim deadlines from the configuration.
import type { EscalationLevel } from '../../flows/contract.js';
import type { Config } from '../config.js';

export const LEVEL_ORDER: readonly EscalationLevel[] = ['danger', 'selfharm', 'ongoing', 'talk'];

export function levelRank(level: string | null | undefined): number {
  const i = LEVEL_ORDER.indexOf(level as EscalationLevel);
  return i === -1 ? LEVEL_ORDER.length : i;
}

/** The more urgent of two levels. */
export function higherLevel(a: string | null | undefined, b: EscalationLevel): EscalationLevel {
  return levelRank(a) <= levelRank(b) ? (a as EscalationLevel) : b;
}

export function claimDeadlineMinutes(config: Config, level: EscalationLevel): number {
  switch (level) {
    case 'danger': return config.URGENT_CLAIM_SLA_MINUTES;
    case 'selfharm': return config.SELFHARM_CLAIM_SLA_MINUTES;
    case 'ongoing': return config.ONGOING_CLAIM_SLA_MINUTES;
    case 'talk': return config.NORMAL_CLAIM_SLA_MINUTES;
  }
}
