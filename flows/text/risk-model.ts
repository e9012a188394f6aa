// The second reader of risk: a linear model over the words of a message (risk-features.ts), trained on the labelled
// corpora by `npm run risk:train` (scripts/train-risk-model.ts) and shipped as data (risk-model-weights.ts).
// Why: hand-written rules caught about 70 % of danger and self-harm messages written by people who never saw them;
// a model trained on some 6 000 such messages generalises to new wordings the rules do not list. It stays
// deterministic (the same text, the same answer) and explainable: a flag names the words that weighed most.
// Measured by leave-one-file-out cross-validation (`npm run risk:train -- --cross-validate`) and by the held-out sets.
import type { RiskKind } from '../contract.js';
import { riskFeatures } from './risk-features.js';
import { RISK_MODEL } from './risk-model-weights.js';

export const MODEL_CLASSES = ['danger', 'selfharm', 'concern', 'harmless'] as const;
export type ModelClass = (typeof MODEL_CLASSES)[number];
/** Each class's position in a weight line and in the bias. */
const CLASS = Object.fromEntries(MODEL_CLASSES.map((c, k) => [c, k])) as Record<ModelClass, number>;

/**
 * A message the rules did not flag is flagged when the model gives danger + self-harm at least this probability, and
 * the larger of the two names the family. Chosen by cross-validation on files the model was not trained on
 * (`npm run risk:train -- --cross-validate`): below 0.7, danger flags were right less often than wrong; self-harm
 * ones were mostly right from 0.4. A miss of self-harm costs more than a question too many.
 */
export const MODEL_FLAGS_AT: Readonly<Record<RiskKind, number>> = { danger: 0.7, selfharm: 0.4 };
/**
 * A message a danger rule matched is answered as self-harm when the model gives self-harm at least this: "he hits
 * me every night and dying seems easier". Like the rules' own order, self-harm help also covers immediate safety.
 */
export const MODEL_SELFHARM_OVER_DANGER = 0.5;
/** When a rule was held back by a sign of the harmless reading, the model must be this sure to flag anyway. */
export const MODEL_FLAGS_AT_WHEN_SPARED = 0.9;
/**
 * A rule's match is held back when the model gives danger + self-harm less than this: the words around it are those
 * of harmless messages ("tía mà biết là tía xử đẹp tui 😅", "nóng muốn chết luôn á"). In cross-validation, of the
 * rule matches under 0.1, 44 were false alarms and 4 were right; rules marked `trusted` are never held back.
 */
export const MODEL_SPARES_BELOW = 0.1;

export interface ModelReading {
  /** The family the model flags, or null. */
  risk: RiskKind | null;
  probabilities: Readonly<Record<ModelClass, number>>;
  /** danger + selfharm. */
  risky: number;
  /** The features that weighed most towards the winning risky family, strongest first ("chong danh", "[HIT]"). */
  words: string[];
}

/** A trained model as data: one bias per class and, per feature, a line "feature\tw0\tw1\tw2\tw3". */
export interface TrainedModel {
  bias: readonly number[];
  weights: string;
}

export type ModelReader = (tokens: readonly string[]) => ModelReading;

/** A reader for a trained model; the trainer's cross-validation makes one per fold. */
export function modelReader(model: TrainedModel): ModelReader {
  const weights = new Map<string, readonly number[]>();
  for (const line of model.weights.split('\n')) {
    const [feature, ...values] = line.split('\t');
    if (feature) weights.set(feature, values.map(Number));
  }
  return (tokens) => read(model.bias, weights, tokens);
}

/** The shipped model's reading of a message's words (`riskWords(text).words`). */
export const readWithModel: ModelReader = modelReader(RISK_MODEL);

function read(bias: readonly number[], weights: ReadonlyMap<string, readonly number[]>, tokens: readonly string[]): ModelReading {
  const features = riskFeatures(tokens).filter((f) => weights.has(f));
  const scores = [...bias];
  for (const f of features) {
    const w = weights.get(f) ?? [];
    for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] ?? 0) + (w[k] ?? 0);
  }
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  const p = (k: number): number => (exps[k] ?? 0) / sum;
  const probabilities = Object.fromEntries(MODEL_CLASSES.map((c, k) => [c, p(k)])) as Record<ModelClass, number>;
  const risky = probabilities.danger + probabilities.selfharm;
  const family: RiskKind = probabilities.selfharm > probabilities.danger ? 'selfharm' : 'danger';
  // How much a feature pulls towards the family rather than towards concern or harmless.
  const pull = (f: string): number => {
    const w = weights.get(f) ?? [];
    return (w[CLASS[family]] ?? 0) - Math.max(w[CLASS.concern] ?? 0, w[CLASS.harmless] ?? 0);
  };
  const words = features.filter((f) => pull(f) > 0).sort((a, b) => pull(b) - pull(a) || a.localeCompare(b)).slice(0, 4);
  // The family must also be the likeliest of the four: "em sợ lắm" leaning to concern is asked "are you safe now?".
  const likeliest = probabilities[family] >= Math.max(probabilities.concern, probabilities.harmless);
  return { risk: risky >= MODEL_FLAGS_AT[family] && likeliest ? family : null, probabilities, risky, words };
}
