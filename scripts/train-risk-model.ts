// Trains the risk model (flows/text/risk-model.ts) on the labelled corpora and writes flows/text/risk-model-weights.ts.
// Deterministic: full-batch gradient descent from zero weights, features in sorted order, no randomness, so the same
// corpora and settings give the same file byte for byte.
// Usage: npm run risk:train                      train on every TRAINING corpus, write the weights
//        npm run risk:train -- --cross-validate  for each corpus, train on the others and score it (rules alone,
//                                                 rules + model): how the thresholds were chosen; writes nothing
//        npm run risk:train -- --words           the features of the shipped model that weigh most towards each class,
//                                                 for a counsellor's review; writes nothing
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { explainRiskByRules, explainRiskWith, MODEL_CLASSES, modelReader, riskFeatures, riskWords, type TrainedModel } from '../flows/text/index.js';
import { normalise } from '../flows/text/normalise.js';
import { RISK_MODEL } from '../flows/text/risk-model-weights.js';
import { type CorpusLine, corpusDigest, HELD_OUT, readCorpus, SETTINGS, type Settings, TRAINING } from './risk-model-corpora.js';

interface Example { file: string; line: CorpusLine; features: string[] }

export function loadExamples(): Example[] {
  const heldOut = new Set(HELD_OUT.flatMap((f) => readCorpus(f).map((l) => normalise(l.text))));
  return TRAINING.flatMap((file) => readCorpus(file)
    .filter((line) => !heldOut.has(normalise(line.text)))
    .map((line) => ({ file, line, features: riskFeatures(riskWords(line.text).words) })));
}

/** Multinomial logistic regression with L2, on features seen in at least `minCount` examples. */
export function train(examples: readonly Example[], settings: Settings = SETTINGS): TrainedModel & { features: number } {
  const classes = MODEL_CLASSES.length;
  const seen = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const vocabulary = [...seen].filter(([, n]) => n >= settings.minCount).map(([f]) => f).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = examples.map((ex) => Int32Array.from(ex.features.flatMap((f) => { const i = index.get(f); return i === undefined ? [] : [i]; })));
  const labels = examples.map((ex) => MODEL_CLASSES.indexOf(ex.line.label));
  const w = new Float64Array(vocabulary.length * classes);
  const grad = new Float64Array(vocabulary.length * classes);
  const bias = new Float64Array(classes);
  const decay = examples.length * settings.l2;
  // AdaGrad: each weight's step shrinks with the squares of its past gradients, so a feature in half the messages
  // ("[ME]") and one in three of them learn at their own pace instead of the frequent ones oscillating.
  const squares = new Float64Array(w.length);
  const biasSquares = new Float64Array(classes);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    grad.fill(0);
    const biasGrad = new Float64Array(classes);
    rows.forEach((row, n) => {
      const z = Float64Array.from(bias);
      for (const i of row) for (let k = 0; k < classes; k++) z[k] = (z[k] ?? 0) + (w[i * classes + k] ?? 0);
      const top = Math.max(...z);
      const e = z.map((v) => Math.exp(v - top));
      const sum = e.reduce((a, b) => a + b, 0);
      for (let k = 0; k < classes; k++) {
        const g = (e[k] ?? 0) / sum - (k === labels[n] ? 1 : 0);
        biasGrad[k] = (biasGrad[k] ?? 0) + g;
        for (const i of row) grad[i * classes + k] = (grad[i * classes + k] ?? 0) + g;
      }
    });
    for (let j = 0; j < w.length; j++) {
      const g = (grad[j] ?? 0) + decay * (w[j] ?? 0);
      squares[j] = (squares[j] ?? 0) + g * g;
      w[j] = (w[j] ?? 0) - (settings.step * g) / (Math.sqrt(squares[j] ?? 0) + 1e-8);
    }
    for (let k = 0; k < classes; k++) {
      const g = biasGrad[k] ?? 0;
      biasSquares[k] = (biasSquares[k] ?? 0) + g * g;
      bias[k] = (bias[k] ?? 0) - (settings.step * g) / (Math.sqrt(biasSquares[k] ?? 0) + 1e-8);
    }
  }
  const round = (v: number): number => Number(v.toFixed(settings.decimals));
  const lines: string[] = [];
  vocabulary.forEach((f, i) => {
    const ws = Array.from({ length: classes }, (_, k) => round(w[i * classes + k] ?? 0));
    if (ws.some((v) => Math.abs(v) >= Math.max(settings.prune, 10 ** -settings.decimals))) lines.push([f, ...ws].join('\t'));
  });
  return { bias: Array.from(bias, round), weights: lines.join('\n'), features: lines.length };
}

/** Recall of the right family and false alarms; `read(i)` is what was made of `lines[i]`. */
function score(name: string, lines: readonly CorpusLine[], read: (i: number) => string | null): string {
  const risky = lines.flatMap((l, i) => (l.label === 'danger' || l.label === 'selfharm' ? [i] : []));
  const harmless = lines.flatMap((l, i) => (l.label === 'harmless' ? [i] : []));
  const right = risky.filter((i) => read(i) === lines[i]?.label).length;
  const alarms = harmless.filter((i) => read(i) !== null).length;
  return `${name} recall ${right}/${risky.length} = ${((100 * right) / risky.length).toFixed(1)}%, false alarms ${alarms}/${harmless.length} = ${((100 * alarms) / harmless.length).toFixed(1)}%`;
}

/** What rules alone and rules with a model that never saw the message made of each message. */
type Read = { line: CorpusLine; rules: string | null; both: string | null };

/** The two columns of a cross-validation line: rules alone, then rules and model. */
function columns(read: readonly Read[]): string {
  const lines = read.map((r) => r.line);
  const by = (key: 'rules' | 'both') => (i: number): string | null => read[i]?.[key] ?? null;
  return `${score('rules:', lines, by('rules'))} | ${score('rules + model:', lines, by('both'))}`;
}

function crossValidate(examples: readonly Example[]): void {
  const unseen: Read[] = [];
  for (const file of TRAINING) {
    const model = modelReader(train(examples.filter((ex) => ex.file !== file)));
    const read = examples.filter((ex) => ex.file === file)
      .map(({ line }) => ({ line, rules: explainRiskByRules(line.text).risk, both: explainRiskWith(line.text, model).risk }));
    console.log(`${file.padEnd(22)} ${columns(read)}`);
    // The writers' sets (risk-train-*) were never read by whoever wrote the rules: for them, both columns are unseen.
    if (file.startsWith('risk-train-')) unseen.push(...read);
  }
  console.log(`\nwriters' sets, unseen by rules and model: ${columns(unseen)}`);
}

/** The shipped model's strongest features per class: its weight for the class minus the largest of the others. */
function printWords(count = 30): void {
  const rows = RISK_MODEL.weights.split('\n').map((line) => {
    const [feature = '', ...values] = line.split('\t');
    return { feature, w: values.map(Number) };
  });
  MODEL_CLASSES.forEach((name, k) => {
    const lead = (w: number[]): number => (w[k] ?? 0) - Math.max(...w.filter((_, j) => j !== k));
    const top = [...rows].sort((a, b) => lead(b.w) - lead(a.w) || a.feature.localeCompare(b.feature)).slice(0, count);
    console.log(`\n${name}:\n  ${top.map((r) => `${r.feature} (${lead(r.w).toFixed(2)})`).join(', ')}`);
  });
}

/** Writes flows/text/risk-model-weights.ts from a model trained on every TRAINING corpus. */
function writeWeights(examples: readonly Example[]): void {
  const model = train(examples);
  writeFileSync(new URL('../flows/text/risk-model-weights.ts', import.meta.url), [
    '// Generated by `npm run risk:train` (scripts/train-risk-model.ts); do not edit. The weights of the risk model',
    `// (risk-model.ts), trained on ${examples.length} labelled messages of the TRAINING corpora in scripts/risk-model-corpora.ts.`,
    '// `digest` ties them to those corpora, the settings and the feature code; a test fails when they change and this file does not.',
    "import type { TrainedModel } from './risk-model.js';",
    '',
    'export const RISK_MODEL: TrainedModel & { digest: string; trainedOn: number; features: number } = {',
    `  digest: '${corpusDigest()}',`,
    `  trainedOn: ${examples.length},`,
    `  features: ${model.features},`,
    `  bias: [${model.bias.join(', ')}],`,
    `  weights: ${JSON.stringify(model.weights)},`,
    '};',
    '',
  ].join('\n'));
  console.log(`risk model: ${examples.length} messages from ${TRAINING.length} corpora, ${model.features} features → flows/text/risk-model-weights.ts`);
}

function main(): void {
  if (process.argv.includes('--words')) printWords();
  else if (process.argv.includes('--cross-validate')) crossValidate(loadExamples());
  else writeWeights(loadExamples());
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
