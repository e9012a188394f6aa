// Text understanding for the flows: pure functions of the text, no I/O, no clock, no randomness.
export { normalise, fold, stripMarks, hasMarks, wordKey, accentKey } from './normalise.js';
export { understand, expandWord, type Understanding, type Word } from './teencode.js';
export { detectRisk, explainRisk, explainRiskByRules, explainRiskWith, riskWords, type RiskExplanation } from './risk.js';
export { readWithModel, modelReader, MODEL_CLASSES, type ModelReading, type ModelReader, type TrainedModel } from './risk-model.js';
export { riskFeatures } from './risk-features.js';
export { RISK_RULES, SELFHARM_RULES, DANGER_RULES, type RiskRule } from './risk-rules.js';
export { HOMOGRAPHS, readHomographs, type Homograph, type Reading, type Sense } from './homographs.js';
export { RISK_LEXICON } from './risk-lexicon.js';
export { compilePattern, defineLexicon, findPattern, type CompiledPattern, type Lexicon } from './pattern.js';
export { matchChoice, answerWords, isBackWord, isSkipWord, isMenuWord, type ChoiceOption } from './choice-match.js';
export { resolveProvince, listProvinces, type ResolvedProvince, type Province, type FormerProvince } from './provinces.js';
export { readDisclosure, looksEnglish, type Disclosure, type RuleMatch, type DisclosureKind, type RequestKind, type CueKind } from './disclosure.js';
export { DISCLOSURE_RULES, REQUEST_RULES, CUE_RULES } from './disclosure-rules.js';
