// Words of immediate danger or self-harm, found by explainable rules (no model): the core sends `user.risk`
// instead of `user.text` when `detectRisk` returns a kind. Deterministic: same text, same answer.
// Measured on test/flows/text/risk-corpus.json; counsellors should review the rules and the corpus together.
import type { RiskKind } from '../contract.js';
import { type Reading, readHomographs } from './homographs.js';
import { type CompiledPattern, compilePattern, findPattern, type PreparedWords, prepareWords } from './pattern.js';
import { RISK_LEXICON } from './risk-lexicon.js';
import { RISK_RULES, type RiskRule } from './risk-rules.js';
import { understand } from './teencode.js';
import { unglue } from './unglue.js';

export interface RiskExplanation {
  risk: RiskKind | null;
  /** The rule that decided, e.g. 'danger.weapon'. */
  rule: string | null;
  why: string | null;
  /** The pattern that matched and the words it matched (folded, teencode expanded). */
  pattern: string | null;
  matched: string | null;
  /** For a rule that needs a second cue (`RiskRule.with`): the words of that cue ("nua dem"), else null. */
  cue: string | null;
  /**
   * Rules whose words were there but that a sign of the harmless reading held back (`RiskRule.unless`): a game, a
   * school test, pills for someone else, violence long past. A counsellor sees why they did not fire.
   */
  spared: { rule: string; matched: string; by: string }[];
  /** What the text became before matching. */
  expanded: string;
  /** How each ambiguous word was read ("dao" → harmless by context "@ nay"). */
  readings: Reading[];
}

const compileAll = (patterns: readonly string[] | undefined): CompiledPattern[] =>
  (patterns ?? []).map((p) => compilePattern(p, RISK_LEXICON));

interface CompiledRule {
  rule: RiskRule;
  patterns: CompiledPattern[];
  cues: CompiledPattern[];
  unless: { id: string; signs: CompiledPattern[]; butNot: CompiledPattern[] }[];
}

const COMPILED: readonly CompiledRule[] = RISK_RULES.map((rule) => ({
  rule,
  patterns: compileAll(rule.patterns),
  cues: compileAll(rule.with),
  unless: (rule.unless ?? []).map((u) => ({ id: u.id, signs: compileAll(u.signs), butNot: compileAll(u.butNot) })),
}));

/** The harmless sign that holds a rule back, or null: none found, or the message is about the writer now after all. */
function findSpare(r: CompiledRule, tokens: PreparedWords): string | null {
  for (const u of r.unless) {
    const sign = findCue(u.signs, tokens);
    if (sign === null) continue;
    if (u.butNot.length && findCue(u.butNot, tokens) !== null) continue;
    return `${u.id}: ${sign}`;
  }
  return null;
}

/** The words of the first cue found, '' when the rule needs none, null when it needs one and none is there. */
function findCue(cues: readonly CompiledPattern[], tokens: PreparedWords): string | null {
  if (cues.length === 0) return '';
  for (const c of cues) {
    const found = findPattern(c, tokens);
    if (found !== null) return found;
  }
  return null;
}

export function explainRisk(text: string): RiskExplanation {
  const u = understand(unglue(text));
  const { tokens: words, readings } = readHomographs(u);
  const tokens = prepareWords(words);
  const spared: RiskExplanation['spared'] = [];
  for (const compiled of COMPILED) {
    const { rule, patterns, cues } = compiled;
    for (const p of patterns) {
      const matched = findPattern(p, tokens);
      if (matched === null) continue;
      const cue = findCue(cues, tokens);
      if (cue === null) break;
      const by = findSpare(compiled, tokens);
      if (by !== null) {
        spared.push({ rule: rule.id, matched, by });
        break;
      }
      return {
        risk: rule.kind, rule: rule.id, why: rule.why, pattern: p.source, matched, cue: cue === '' ? null : cue,
        spared, expanded: u.expanded, readings,
      };
    }
  }
  return { risk: null, rule: null, why: null, pattern: null, matched: null, cue: null, spared, expanded: u.expanded, readings };
}

/** 'selfharm' when a self-harm rule matches (even if a danger rule does too), else 'danger', else null. */
export function detectRisk(text: string): RiskKind | null {
  return explainRisk(text).risk;
}
