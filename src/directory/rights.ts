// The rights topics and their sources. The texts live in flows/locales/<lang>/rights.ftl as `rights-topic-<id>`
// (menu label), `rights-<id>` (the answer) and `rights-source-<id>` (its last line, the source the person reads);
// rights-sources.json maps each id to its legal sources.
import { readFileSync } from 'node:fs';

export const RIGHTS_TOPIC_IDS = ['dv-definition', 'protection-order', 'legal-aid', 'medical-evidence', 'workplace-harassment', 'safety-plan', 'report-police', 'criminal-offences', 'fines', 'divorce-custody'] as const;
export type RightsTopicId = (typeof RIGHTS_TOPIC_IDS)[number];

export interface RightsSource { law: string; articles: string; url: string; confidence: string; note?: string }

const raw = JSON.parse(readFileSync(new URL('./rights-sources.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** id → sources (entries starting with "_" are notes, not topics). */
export const rightsSources: Readonly<Record<string, RightsSource[]>> = Object.fromEntries(
  Object.entries(raw).filter(([id]) => !id.startsWith('_')) as [string, RightsSource[]][],
);
