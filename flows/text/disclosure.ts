// What a person tells (a kind of violence) or asks (a request) in free text, read by the rules of
// disclosure-rules.ts: deterministic, and every match names its rule so a counsellor can see why the bot answered
// as it did. Danger and self-harm are not read here: `detectRisk` runs first and wins (src/core/interpret.ts).
import { readHomographs } from './homographs.js';
import { hasMarks } from './normalise.js';
import { type CompiledPattern, compilePattern, findPattern } from './pattern.js';
import { explainRisk } from './risk.js';
import {
  CUE_RULES, DISCLOSURE_LEXICON, DISCLOSURE_RULES, REQUEST_RULES,
  type CueKind, type DisclosureKind, type RequestKind,
} from './disclosure-rules.js';
import { understand } from './teencode.js';

export type { CueKind, DisclosureKind, RequestKind } from './disclosure-rules.js';

export interface RuleMatch {
  /** The rule, e.g. 'kind.psychological'; for ages and classes read in code, 'cue.child-age' / 'cue.child-class'. */
  rule: string;
  why: string;
  /** The words it matched (folded, teencode expanded). */
  matched: string;
}

export interface Disclosure {
  /** Kinds of violence heard, in the order of the rules (the first is the one the answer names). */
  kinds: DisclosureKind[];
  /** The intake kinds to tick when the person chooses to report (flows/main/violence.ts ids). */
  ticks: string[];
  /** A request, when the message asks for something (read even alongside a disclosure). */
  request: RequestKind | null;
  /** The person is, or speaks about, someone under 18. */
  child: boolean;
  /** It happened in the last few days. */
  recent: boolean;
  /** A threat of harm is mentioned. */
  threat: boolean;
  /**
   * Violence the risk rules read but held back as long past ("hồi trước chồng cũ hay đánh tôi"): a concern, so the
   * flow asks "are you safe right now?" with the numbers rather than assuming it is over.
   */
  concern: boolean;
  /** The message is written in English. */
  english: boolean;
  /** Every rule that matched, kinds first, then the request, then the cues. */
  matches: RuleMatch[];
}

const compile = <R extends { patterns: readonly string[] }>(rules: readonly R[]) =>
  rules.map((rule) => ({ rule, patterns: rule.patterns.map((p): CompiledPattern => compilePattern(p, DISCLOSURE_LEXICON)) }));

const KIND_RULES = compile(DISCLOSURE_RULES);
const ASK_RULES = compile(REQUEST_RULES);
const CUES = compile(CUE_RULES);

function firstMatch(patterns: readonly CompiledPattern[], tokens: readonly string[]): string | null {
  for (const p of patterns) {
    const m = findPattern(p, tokens);
    if (m !== null) return m;
  }
  return null;
}

/** Words only English uses (typed without marks): enough of them, and no Vietnamese marks, makes a message English. */
const ENGLISH_ONLY = new Set((
  'i im am is are was were be been he she his her him they them their we our you your it its this that what who how why ' +
  'when where which the a an and or but not no yes dont cant wont doesnt didnt isnt have has had will would could should ' +
  'can want wanna need know learn about with from for into of at by just please thanks thank hello hey hi hits hit beat beats ' +
  'beaten husband wife boyfriend girlfriend partner ex father mother dad mom mum son daughter family kids children child ' +
  'teacher school law laws legal rights divorce custody help find shelter safe place stay talk someone somebody phone number ' +
  'money takes took keeps controls reads messages follows tracks threatens insults yells screams hurts hurt touched ' +
  'forced rape abuse abused abusive violence violent police hospital today yesterday night morning delete data my me ' +
  'years old afraid scared feel feeling live living home house work job get got go going tell told say said'
).split(' '));
/** Folded forms that are also ordinary Vietnamese words ("me" = mẹ, "an" = ăn, "my" = Mỹ): they count only with others. */
const SHARED = new Set('me my an hi ban con do to no bo ma ex be say got'.split(' '));

/** English when no word carries a Vietnamese mark and most words, at least one not shared with Vietnamese, are English. */
export function looksEnglish(text: string): boolean {
  const u = understand(text);
  if (u.hasDiacritics || u.normalWords.length === 0) return false;
  const words = u.folded.split(' ');
  const only = words.filter((w) => ENGLISH_ONLY.has(w) && !SHARED.has(w)).length;
  const shared = words.filter((w) => SHARED.has(w)).length;
  return only >= 1 && (only + shared) / words.length >= 0.5;
}

const MARKED_CHILD_WORDS = new Set(['thầy']);
const NUMBER = /^\d{1,2}$/;

/** Ages under 18 ("em 14 tuổi", "con tôi 8t", "I'm 14", "14 years old") and school classes ("lớp 7", "grade 7"). */
function childNumbers(tokens: readonly string[]): RuleMatch | null {
  for (let i = 0; i < tokens.length; i += 1) {
    const w = tokens[i]!;
    const next = tokens[i + 1] ?? '';
    const prev = tokens[i - 1] ?? '';
    const age = /^(\d{1,2})t$/.exec(w)?.[1] ?? (NUMBER.test(w) && ['tuoi', 'years', 'yo', 'yrs'].includes(next) ? w : null)
      ?? (NUMBER.test(w) && ['im', 'am', 'aged', 'age'].includes(prev) ? w : null);
    if (age !== null && Number(age) < 18) {
      return { rule: 'cue.child-age', why: 'an age under 18', matched: [prev, w, next].join(' ').trim() };
    }
    if (NUMBER.test(w) && ['lop', 'grade', 'class'].includes(prev) && Number(w) >= 1 && Number(w) <= 12) {
      return { rule: 'cue.child-class', why: 'a school class (lớp 1–12)', matched: `${prev} ${w}` };
    }
  }
  return null;
}

/** The kind of violence a held-back danger rule names (rule id → kind, tick). */
const KIND_OF_DANGER_RULE: Readonly<Record<string, readonly [DisclosureKind, string]>> = Object.assign(Object.create(null), {
  'danger.hitting': ['physical', 'physical'], 'danger.strangling': ['physical', 'physical'], 'danger.weapon': ['physical', 'physical'],
  'danger.burning': ['physical', 'physical'], 'danger.threat-to-kill': ['psychological', 'psychological'],
  'danger.sexual-violence': ['sexual', 'sexual_contact'], 'danger.child-sexual-cues': ['sexual', 'sexual_contact'],
  'danger.pinned-down': ['sexual', 'rape'], 'danger.sex-against-will': ['sexual', 'rape'], 'danger.child-touched': ['sexual', 'sexual_contact'],
  'danger.confinement': ['controlling', 'controlling'], 'danger.stalking': ['monitoring', 'controlling'], 'danger.pursuit': ['monitoring', 'controlling'],
  'danger.trafficking': ['trafficking', 'trafficking'], 'danger.papers-taken': ['trafficking', 'trafficking'],
  'danger.sextortion': ['online', 'online'], 'danger.forced-marriage': ['forced_marriage', 'forced_marriage'], 'danger.starving': ['neglect', 'neglect'],
}) as Record<string, readonly [DisclosureKind, string]>;

/** The first danger rule the risk reading held back because the violence is past, or null. */
function pastDanger(text: string): { rule: string; matched: string; by: string } | null {
  return explainRisk(text).spared.find((s) => s.rule.startsWith('danger.') && s.by.startsWith('past:')) ?? null;
}

export function readDisclosure(text: string): Disclosure {
  const u = understand(text);
  const { tokens } = readHomographs(u);
  const matches: RuleMatch[] = [];
  const kinds: DisclosureKind[] = [];
  const ticks: string[] = [];
  for (const { rule, patterns } of KIND_RULES) {
    const m = firstMatch(patterns, tokens);
    if (m === null) continue;
    matches.push({ rule: rule.id, why: rule.why, matched: m });
    if (!kinds.includes(rule.kind)) kinds.push(rule.kind);
    if (!ticks.includes(rule.tick)) ticks.push(rule.tick);
  }
  let request: RequestKind | null = null;
  for (const { rule, patterns } of ASK_RULES) {
    const m = firstMatch(patterns, tokens);
    if (m === null) continue;
    matches.push({ rule: rule.id, why: rule.why, matched: m });
    request = rule.kind;
    break;
  }
  const cues = new Set<CueKind>();
  for (const { rule, patterns } of CUES) {
    const m = firstMatch(patterns, tokens);
    if (m === null) continue;
    matches.push({ rule: rule.id, why: rule.why, matched: m });
    cues.add(rule.kind);
  }
  const past = pastDanger(text);
  const pastKind = past ? KIND_OF_DANGER_RULE[past.rule] : undefined;
  if (past) matches.push({ rule: `concern.${past.rule}`, why: `violence the risk rules held back as past (${past.by})`, matched: past.matched });
  if (pastKind && !kinds.includes(pastKind[0])) {
    kinds.push(pastKind[0]);
    if (!ticks.includes(pastKind[1])) ticks.push(pastKind[1]);
  }
  const numbers = childNumbers(tokens);
  if (numbers) { matches.push(numbers); cues.add('child'); }
  // "thầy" written with marks is a teacher; unmarked it is also "thấy" (see).
  const marked = u.normalWords.find((w) => hasMarks(w) && MARKED_CHILD_WORDS.has(w) && u.normalWords.length > 1);
  if (marked && !cues.has('child') && kinds.length) {
    matches.push({ rule: 'cue.child-teacher', why: 'a teacher (thầy) named in a disclosure', matched: marked });
    cues.add('child');
  }
  return {
    kinds, ticks, request,
    child: cues.has('child'), recent: cues.has('recent'), threat: cues.has('threat'), concern: past !== null,
    english: looksEnglish(text), matches,
  };
}
