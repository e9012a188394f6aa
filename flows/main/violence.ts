// Kinds of violence the intake offers, and how they map to the law and to the two statistics standards.
// Sources: Law 13/2022/QH15 Art. 3(1) (letters a–p) and Art. 2 (the four groups: physical, mental, sexual,
// economic); Labour Code 2019 Art. 3(9) (workplace sexual harassment); GBVIMS User Guide ch. 3 (six core types,
// classified by elimination in a fixed order) — see ../shared/notes/domain.md §2.1 and case-standards.md (b).
// Where the letter or group is our reading rather than the source's, the line says ⚠️: counsellors should review.

export const VIOLENCE_KINDS = [
  'physical',
  'rape',
  'sexual_contact',
  'psychological',
  'economic',
  'controlling',
  'neglect',
  'forced_marriage',
  'online',
  'trafficking',
  'workplace_harassment',
] as const;
export type ViolenceKind = (typeof VIOLENCE_KINDS)[number];

/** The four forms of violence the official DV statistics count (MOCST form; Law 13/2022 Art. 2). */
export type ViolenceGroup = 'physical' | 'mental' | 'sexual' | 'economic';

/** GBVIMS core incident types, in the order the classification tool eliminates them. */
export const GBVIMS_TYPES = [
  'rape',
  'sexual_assault',
  'physical_assault',
  'forced_marriage',
  'denial_of_resources',
  'psychological_emotional_abuse',
] as const;
export type GbvimsType = (typeof GBVIMS_TYPES)[number];

/** The same types under the ids Primero's Incident Recorder export uses. */
export const GBVIMS_PRIMERO_ID: Record<GbvimsType, string> = {
  rape: 'rape',
  sexual_assault: 'sexual_assault',
  physical_assault: 'physical_assault',
  forced_marriage: 'forced_marriage',
  denial_of_resources: 'denial_of_resources_opportunities_or_services',
  psychological_emotional_abuse: 'psychological_emotional_abuse',
};

interface KindMapping {
  /** Letters of Law 13/2022 Art. 3(1); empty when the kind is outside the DV law. */
  art3: string[];
  groups: ViolenceGroup[];
  /** The GBVIMS type this kind points to, if any (trafficking is a context, not a type). */
  gbvims: GbvimsType | null;
}

export const KIND_MAPPING: Record<ViolenceKind, KindMapping> = {
  physical: { art3: ['a'], groups: ['physical'], gbvims: 'physical_assault' },
  // i: forced sex within marriage; k: forcing sexual acts.
  rape: { art3: ['i', 'k'], groups: ['sexual'], gbvims: 'rape' },
  sexual_contact: { art3: ['k'], groups: ['sexual'], gbvims: 'sexual_assault' },
  // b: insults, humiliation; c: forced to watch violence, constant pressure; h: spreading secrets to humiliate.
  psychological: { art3: ['b', 'c', 'h'], groups: ['mental'], gbvims: 'psychological_emotional_abuse' },
  // n: seizing or destroying property (⚠️ wording not read); o: controlling income, forced contributions.
  economic: { art3: ['n', 'o'], groups: ['economic'], gbvims: 'denial_of_resources' },
  // e: cutting off relatives, isolating; p: confining, forcing out of the home (⚠️ group is our reading).
  controlling: { art3: ['e', 'p'], groups: ['mental'], gbvims: 'psychological_emotional_abuse' },
  // d: neglecting children, pregnant women, elderly or disabled people. ⚠️ group and GBVIMS type are our reading
  // (denial of care and services).
  neglect: { art3: ['d'], groups: ['mental'], gbvims: 'denial_of_resources' },
  // l: forcing marriage or divorce, or blocking them. ⚠️ group is our reading.
  forced_marriage: { art3: ['l'], groups: ['mental'], gbvims: 'forced_marriage' },
  // Online abuse by a family member falls under b/h. ⚠️ our reading; GBVIMS counts threats/harassment as psychological.
  online: { art3: ['b', 'h'], groups: ['mental'], gbvims: 'psychological_emotional_abuse' },
  // Outside the DV law (anti-trafficking law; 111 is also the trafficking hotline, Decree 162/2025). GBVIMS treats
  // trafficking as a context: the act (rape, assault, …) sets the type.
  trafficking: { art3: [], groups: [], gbvims: null },
  // Labour Code 2019 Art. 3(9), Art. 8; not DV. GBVIMS: sexual remarks and gestures are psychological abuse;
  // unwanted touching is chosen separately as sexual_contact.
  workplace_harassment: { art3: [], groups: ['sexual'], gbvims: 'psychological_emotional_abuse' },
};

export function isViolenceKind(id: string): id is ViolenceKind {
  return (VIOLENCE_KINDS as readonly string[]).includes(id);
}

/** The one GBVIMS type for a set of kinds: the first type, in the GBVIMS order, that any kind points to. */
export function gbvimsType(kinds: readonly string[]): GbvimsType | null {
  const present = new Set(kinds.filter(isViolenceKind).map((k) => KIND_MAPPING[k].gbvims));
  return GBVIMS_TYPES.find((t) => present.has(t)) ?? null;
}

/** For the case module: the GBVIMS type of stored answers (reads `kinds`). */
export function gbvimsTypeOfAnswers(answers: Record<string, unknown>): GbvimsType | null {
  const kinds = answers.kinds;
  return Array.isArray(kinds) ? gbvimsType(kinds.filter((k): k is string => typeof k === 'string')) : null;
}

/** Art. 3(1) letters covered by the kinds, in the law's order. */
export function art3Letters(kinds: readonly string[]): string[] {
  const order = 'a b c d đ e g h i k l m n o p'.split(' ');
  const letters = new Set(kinds.filter(isViolenceKind).flatMap((k) => KIND_MAPPING[k].art3));
  return order.filter((l) => letters.has(l));
}

/** The official statistics groups covered by the kinds, in a fixed order. */
export function violenceGroups(kinds: readonly string[]): ViolenceGroup[] {
  const groups = new Set(kinds.filter(isViolenceKind).flatMap((k) => KIND_MAPPING[k].groups));
  return (['physical', 'mental', 'sexual', 'economic'] as const).filter((g) => groups.has(g));
}
