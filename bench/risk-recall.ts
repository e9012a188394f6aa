// Scores the danger and self-harm rules (flows/text detectRisk) on a labelled corpus file. A measurement, not a
// test: it always exits 0. Each miss and false alarm is printed only with --show, so that scoring a held-out file
// does not put its messages in front of whoever tunes the rules.
// Usage: npm run bench:risk -- [FILE=test/flows/text/risk-heldout4.json] [--show]
// The held-out sets, never trained or tuned on: risk-heldout4.json and risk-heldout5.json (scripts/risk-model-corpora.ts).
// It scores the bot's reading (rules and model, flows/text/risk.ts) and, for comparison, the rules alone.
// FILE: {"messages":[{"text","label":"danger"|"selfharm"|"concern"|"harmless","group"?,"source"?}]}
import { readFileSync } from 'node:fs';
import { NO_PEOPLE } from '../flows/contract.js';
import { mainMachine } from '../flows/main/machine.js';
import { explainRisk, explainRiskByRules } from '../flows/text/index.js';
import { stepFlow } from '../src/core/flow-host.js';

type Label = 'danger' | 'selfharm' | 'concern' | 'harmless';
interface Line { text: string; label: Label; group?: string; source?: string }

const args = process.argv.slice(2);
const show = args.includes('--show');
const file = args.find((a) => !a.startsWith('--')) ?? 'test/flows/text/risk-heldout4.json';

function load(path: string): Line[] | string {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    return `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`;
  }
  let parsed: { messages?: unknown };
  try {
    parsed = JSON.parse(raw) as { messages?: unknown };
  } catch {
    return `${path} is not JSON`;
  }
  if (!Array.isArray(parsed.messages)) return `${path} has no "messages" array`;
  const lines = parsed.messages as Line[];
  const bad = lines.filter((l) => typeof l.text !== 'string' || !['danger', 'selfharm', 'concern', 'harmless'].includes(l.label));
  return bad.length ? `${path}: ${bad.length} messages without a text or a known label` : lines;
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
const ratio = (n: number, d: number): string => `${n}/${d} = ${pct(n, d)}`;
/** Look-alike groups share words with danger ("lookalike", "lookalike-knife", …). */
const isLookalike = (l: Line): boolean => /^look-?alike/.test(l.group ?? '');

const lines = load(file);
if (typeof lines === 'string') {
  console.log(`bench:risk — ${lines}`);
  process.exit(0);
}

const scored = lines.map((l) => ({ ...l, e: explainRisk(l.text), rules: explainRiskByRules(l.text).risk }));
const by = <T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> => {
  const m = new Map<string, T[]>();
  for (const it of items) m.set(key(it), [...(m.get(key(it)) ?? []), it]);
  return m;
};
const count = (label: Label): number => lines.filter((l) => l.label === label).length;

console.log(`bench:risk — ${file}`);
console.log(`sizes: ${lines.length} messages — danger ${count('danger')}, selfharm ${count('selfharm')}, concern ${count('concern')}, harmless ${count('harmless')}`);

const risky = scored.filter((l) => l.label === 'danger' || l.label === 'selfharm');
const right = (l: (typeof scored)[number]): boolean => l.e.risk === l.label;
console.log(`\nrecall (right family), danger + selfharm: ${ratio(risky.filter(right).length, risky.length)}`);
console.log(`  flagged at all (either family):        ${ratio(risky.filter((l) => l.e.risk !== null).length, risky.length)}`);
console.log(`  the rules alone, without the model:    ${ratio(risky.filter((l) => l.rules === l.label).length, risky.length)}`);
console.log(`  flagged by the model, no rule:         ${ratio(risky.filter((l) => right(l) && l.e.byModel).length, risky.length)}`);
for (const label of ['danger', 'selfharm'] as const) {
  const all = risky.filter((l) => l.label === label);
  console.log(`  ${label.padEnd(8)} ${ratio(all.filter(right).length, all.length)}`);
}
console.log('  per group:');
for (const [group, all] of [...by(risky, (l) => `${l.label}/${l.group ?? '-'}`)].sort()) {
  console.log(`    ${group.padEnd(42)} ${ratio(all.filter(right).length, all.length)}`);
}

const harmless = scored.filter((l) => l.label === 'harmless');
const flagged = harmless.filter((l) => l.e.risk !== null);
const lookalikes = harmless.filter(isLookalike);
console.log(`\nfalse alarms (harmless flagged): ${ratio(flagged.length, harmless.length)}`);
console.log(`  the rules alone:    ${ratio(harmless.filter((l) => l.rules !== null).length, harmless.length)}`);
console.log(`  look-alike groups:  ${ratio(lookalikes.filter((l) => l.e.risk !== null).length, lookalikes.length)}`);
const others = harmless.filter((l) => !isLookalike(l));
console.log(`  other harmless:     ${ratio(others.filter((l) => l.e.risk !== null).length, others.length)}`);
for (const [group, all] of [...by(lookalikes, (l) => l.group ?? '-')].sort()) {
  console.log(`    ${group.padEnd(42)} ${ratio(all.filter((l) => l.e.risk !== null).length, all.length)}`);
}

const concern = scored.filter((l) => l.label === 'concern');
if (concern.length) {
  const as = (risk: string | null): number => concern.filter((l) => l.e.risk === risk).length;
  console.log(`\nconcern (violence, not clearly now): ${concern.length} — treated as danger ${as('danger')}, selfharm ${as('selfharm')}, no risk ${as(null)}`);
}

// The safety net: what a message NOT flagged by the rules brings when it is a person's first message. The
// free-text reading (flows/text/disclosure.ts) sends violence that may be happening now to "are you safe right now?",
// a child to the children's screen (111), recent sexual violence to the care screen — each with the emergency numbers
// on the same screen. Counted separately: it is a second chance, not the alarm.
const SAFETY_SCREENS = ['flow.understood.checkIn', 'flow.understood.child', 'flow.understood.care'];
const firstScreen = (text: string): string | null => {
  const start = stepFlow(mainMachine, null, null, { people: NO_PEOPLE });
  const step = stepFlow(mainMachine, start.persisted, { type: 'user.text', text, at: 0 }, { people: NO_PEOPLE });
  const snapshot = mainMachine.resolveState(step.persisted as never);
  return SAFETY_SCREENS.find((path) => snapshot.matches(path as never)) ?? null;
};
const net = (l: (typeof scored)[number]): boolean => l.e.risk === null && firstScreen(l.text) !== null;
console.log(`\nsafety net (not flagged, but the first screen asks "are you safe now?" or is the children's or care screen, numbers on it):`);
console.log(`  danger + selfharm caught by the net:  ${ratio(risky.filter(net).length, risky.length)}`);
console.log(`  flagged or caught by the net:         ${ratio(risky.filter((l) => l.e.risk !== null || net(l)).length, risky.length)}`);
console.log(`  harmless that get such a screen:      ${ratio(harmless.filter(net).length, harmless.length)}`);
if (concern.length) console.log(`  concern flagged or caught by the net: ${ratio(concern.filter((l) => l.e.risk !== null || net(l)).length, concern.length)}`);

if (show) {
  const misses = risky.filter((l) => !right(l));
  console.log(`\nmisses (${misses.length}):`);
  for (const l of misses) console.log(`  [${l.label}/${l.group ?? '-'}] ${l.text}  → ${l.e.risk ?? 'none'}${l.e.rule ? ` (${l.e.rule}: "${l.e.matched}")` : ''}`);
  console.log(`\nfalse alarms (${flagged.length}):`);
  for (const l of flagged) console.log(`  [${l.group ?? '-'}] ${l.text}  → ${l.e.rule}: "${l.e.matched}"`);
  console.log(`\nconcern flagged:`);
  for (const l of concern.filter((c) => c.e.risk !== null)) console.log(`  [${l.group ?? '-'}] ${l.text}  → ${l.e.rule}: "${l.e.matched}"`);
} else {
  console.log('\n(add --show to list each miss and false alarm; do not use --show on a held-out file you tune against)');
}
