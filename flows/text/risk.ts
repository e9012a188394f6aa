// Words of immediate danger or self-harm, found by explainable rules (no model): the core sends `user.risk`
// instead of `user.text` when `detectRisk` returns a kind. Deterministic: same text, same answer.
// Measured on test/flows/text/risk-corpus.json; counsellors should review the rules and the corpus together.
import type { RiskKind } from '../contract.js';
import { type Reading, readHomographs } from './homographs.js';
import { type CompiledPattern, compilePattern, findPattern, type PreparedWords, prepareWords } from './pattern.js';
import { RISK_LEXICON } from './risk-lexicon.js';
import { MODEL_FLAGS_AT_WHEN_SPARED, MODEL_SELFHARM_OVER_DANGER, MODEL_SPARES_BELOW, type ModelReader, readWithModel } from './risk-model.js';
import { MODEL_DOUBTS, RISK_RULES, type RiskRule } from './risk-rules.js';
import { type Understanding, understand } from './teencode.js';
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
  /**
   * The model's view (risk-model.ts): the probability of danger + self-harm and the words that weighed most. Null
   * when only the rules were asked (`explainRiskByRules`).
   */
  model: { risky: number; words: string[] } | null;
  /** True when no rule flagged the message and the model did (rule "danger.model" or "selfharm.model"). */
  byModel: boolean;
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

/** The model's doubts (risk-rules.ts MODEL_DOUBTS), compiled like a rule's `unless`. */
const DOUBTS = MODEL_DOUBTS.map((u) => ({ id: u.id, signs: compileAll(u.signs), butNot: compileAll(u.butNot) }));

const COMPILED: readonly CompiledRule[] = RISK_RULES.map((rule) => ({
  rule,
  patterns: compileAll(rule.patterns),
  cues: compileAll(rule.with),
  unless: (rule.unless ?? []).map((u) => ({ id: u.id, signs: compileAll(u.signs), butNot: compileAll(u.butNot) })),
}));

/** The harmless sign that holds a rule back, or null: none found, or the message is about the writer now after all. */
function findSpare(r: Pick<CompiledRule, 'unless'>, tokens: PreparedWords): string | null {
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

/**
 * The rules first, in order; the model (risk-model.ts) holds back a rule whose message it reads as harmless, reads
 * self-harm where a danger rule matched, and flags a message no rule caught when it is confident.
 */
export function explainRisk(text: string): RiskExplanation {
  return explainRiskWith(text, readWithModel);
}

/** The hand-written rules alone, without the model: for the bench's comparison and the trainer's cross-validation. */
export function explainRiskByRules(text: string): RiskExplanation {
  return explainRiskWith(text, null);
}

/**
 * The words both readers see: glued words split, teencode expanded, homographs read (a harmless reading marked "~").
 * The model's trainer reads its corpora through this too, so a weight means the same at training and in the bot.
 */
export function riskWords(text: string): { u: Understanding; words: string[]; readings: Reading[] } {
  const u = understand(unglue(text));
  const { tokens: words, readings } = readHomographs(u);
  return { u, words, readings };
}

export function explainRiskWith(text: string, model: ModelReader | null): RiskExplanation {
  const { u, words, readings } = riskWords(text);
  const tokens = prepareWords(words);
  const spared: RiskExplanation['spared'] = [];
  /** A rule was held back by its own sign of the harmless reading (not by the model). */
  let signSpared = false;
  const reading = model ? model(words) : null;
  const view = reading ? { risky: reading.risky, words: reading.words } : null;
  const none = { pattern: null, matched: null, cue: null, spared, expanded: u.expanded, readings, model: view, byModel: false };
  for (const compiled of COMPILED) {
    const { rule, patterns, cues } = compiled;
    for (const p of patterns) {
      const matched = findPattern(p, tokens);
      if (matched === null) continue;
      const cue = findCue(cues, tokens);
      if (cue === null) break;
      const sign = findSpare(compiled, tokens);
      signSpared ||= sign !== null;
      const by = sign ?? (reading && rule.trusted !== true && reading.risky < MODEL_SPARES_BELOW
        ? `model: danger + self-harm ${reading.risky.toFixed(2)}` : null);
      if (by !== null) {
        spared.push({ rule: rule.id, matched, by });
        break;
      }
      if (reading && rule.kind === 'danger' && rule.neverSelfharm !== true && reading.probabilities.selfharm >= MODEL_SELFHARM_OVER_DANGER) {
        return {
          ...none, risk: 'selfharm', rule: 'selfharm.model', matched: reading.words.join(', '),
          why: `the words weigh towards self-harm (model, ${(100 * reading.probabilities.selfharm).toFixed(0)} %); the danger rule ${rule.id} matched "${matched}" too`,
        };
      }
      return {
        ...none, risk: rule.kind, rule: rule.id, why: rule.why, pattern: p.source, matched, cue: cue === '' ? null : cue,
      };
    }
  }
  if (reading?.risk) {
    const doubt = findSpare({ unless: DOUBTS }, tokens)
      ?? (signSpared && reading.risky < MODEL_FLAGS_AT_WHEN_SPARED ? 'a spared rule' : null);
    if (doubt !== null) {
      spared.push({ rule: `${reading.risk}.model`, matched: reading.words.join(', '), by: doubt });
      return { ...none, risk: null, rule: null, why: null };
    }
    return {
      ...none, risk: reading.risk, rule: `${reading.risk}.model`, byModel: true, matched: reading.words.join(', '),
      why: `the words weigh towards ${reading.risk === 'danger' ? 'danger' : 'self-harm'} in the labelled corpora (model, ${(100 * reading.risky).toFixed(0)} %)`,
    };
  }
  return { ...none, risk: null, rule: null, why: null };
}

/** 'selfharm' when a self-harm rule matches (even if a danger rule does too), else 'danger', else null. */
export function detectRisk(text: string): RiskKind | null {
  return explainRisk(text).risk;
}
