// The risk model (flows/text/risk-model.ts) beside the rules: it is current with its corpora, trains the same way
// twice, never sees a held-out set, and each of its decisions is explained. How well it generalises is measured by
// `npm run risk:train -- --cross-validate` and `npm run bench:risk` (not here: a test would invite tuning on them).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explainRisk, explainRiskByRules, modelReader, understand } from '../../../flows/text/index.js';
import { RISK_MODEL } from '../../../flows/text/risk-model-weights.js';
import { CORPUS_DIR, corpusDigest, HELD_OUT, TRAINING } from '../../../scripts/risk-model-corpora.js';
import { loadExamples, train } from '../../../scripts/train-risk-model.js';

describe('the shipped risk model', () => {
  it('was trained on the corpora, settings and feature code as they are now (else: npm run risk:train)', () => {
    expect(RISK_MODEL.digest).toBe(corpusDigest());
    expect(RISK_MODEL.trainedOn).toBeGreaterThan(5000);
  });

  it('never trains on a held-out set, and every corpus it names exists', () => {
    for (const file of HELD_OUT) expect(TRAINING as readonly string[]).not.toContain(file);
    for (const file of [...TRAINING, ...HELD_OUT]) expect(existsSync(new URL(file, CORPUS_DIR))).toBe(true);
    const trainedFiles = new Set(loadExamples().map((e) => e.file));
    for (const file of HELD_OUT) expect(trainedFiles.has(file)).toBe(false);
  });

  it('trains deterministically: the same examples give the same weights, byte for byte', () => {
    const some = loadExamples().filter((_, i) => i % 20 === 0);
    const first = train(some, { epochs: 5, step: 0.1, l2: 1e-4, minCount: 2, decimals: 3, prune: 0 });
    const second = train(some, { epochs: 5, step: 0.1, l2: 1e-4, minCount: 2, decimals: 3, prune: 0 });
    expect(first.weights.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
  });
});

describe('rules and model together', () => {
  it('flags what no rule names, as the model, with the words that weighed most', () => {
    const text = 'mệt mỏi, hết cách rồi, chắc tui sẽ ko còn ở đây lâu nữa';
    expect(explainRiskByRules(text).risk).toBeNull();
    const e = explainRisk(text);
    expect(e).toMatchObject({ risk: 'selfharm', rule: 'selfharm.model', byModel: true });
    expect(e.matched).not.toBe('');
    expect(e.why).toMatch(/model/);
    expect(e.model?.risky).toBeGreaterThanOrEqual(0.5);
  });

  it('holds back a danger rule whose message the model reads as harmless, and says so in `spared`', () => {
    const text = 'thg em trai tui quynh nhau voi con meo gianh cuc thit, tui quay clip ne';
    expect(explainRiskByRules(text).risk).toBe('danger');
    const e = explainRisk(text);
    expect(e.risk).toBeNull();
    expect(e.spared.map((s) => s.by)).toContainEqual(expect.stringMatching(/^model: danger \+ self-harm 0\.0/));
  });

  it('holds back a self-harm rule too, where the rest reads as a film or a kitchen', () => {
    const text = 'xem phim kinh dị tối qua có cảnh treo cổ ghê quá, ngủ ko được';
    expect(explainRiskByRules(text).rule).toBe('selfharm.hanging');
    expect(explainRisk(text).risk).toBeNull();
  });

  it('answers as self-harm a message a danger rule matched when the model reads self-harm in it', () => {
    const e = explainRisk('he hits me every night and honestly dying seems easier');
    expect(e).toMatchObject({ risk: 'selfharm', rule: 'selfharm.model' });
    expect(e.why).toContain('danger.hitting');
  });

  it('never reads an abuser\'s "mày muốn chết à" as self-harm, and never holds back "khẩn cấp"', () => {
    expect(explainRisk('mày muốn chết à')).toMatchObject({ risk: 'danger', rule: 'danger.threat-to-kill' });
    expect(explainRisk('tình huống khẩn cấp').risk).toBe('danger');
  });

  it('does not flag where a sign of the harmless reading is (living apart, ending a marriage), and names it', () => {
    const e = explainRisk('em không muốn sống với chồng nữa');
    expect(e.risk).toBeNull();
    expect(e.spared.map((s) => s.by)).toContainEqual(expect.stringMatching(/^living-apart/));
  });

  it('reads a model as data: a reader over given weights follows them', () => {
    const read = modelReader({ bias: [0, 0, 0, 0], weights: 'cuu\t5\t0\t0\t0\nchao\t0\t0\t0\t5' });
    expect(read(understand('cứu').tokens)).toMatchObject({ risk: 'danger', words: ['cuu'] });
    expect(read(understand('chào').tokens).risk).toBeNull();
  });
});
