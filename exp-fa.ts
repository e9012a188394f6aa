import { loadExamples, train } from './scripts/train-risk-model.js';
import { explainRiskWith, modelReader } from './flows/text/index.js';
const ex = loadExamples();
const files = [...new Set(ex.map((e) => e.file))].filter((f) => f.startsWith('risk-train-'));
for (const file of files) {
  const m = modelReader(train(ex.filter((e) => e.file !== file)));
  for (const e of ex.filter((x) => x.file === file)) {
    const r = explainRiskWith(e.line.text, m);
    console.log(JSON.stringify({ f: file, l: e.line.label, r: r.risk, rule: r.rule, p: r.model?.risky, t: e.line.text }));
  }
}
