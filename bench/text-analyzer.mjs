// Benchmark: Tonvo's baseline text analyzer against the word-list packages a user would
// otherwise pick, `sentiment` (AFINN-165) and `vader-sentiment` (VADER), on GoEmotions dev
// with the paper's sentiment grouping. Same rows, same run, same process.
//
//   pnpm --filter @tonvo/core build && node bench/text-analyzer.mjs [--json]
//
// It imports the built `@tonvo/core` (dist), which is what users run. GoEmotions is looked
// for in $TONVO_DATA_DIR/goemotions, then in shared/data/goemotions beside the repository
// (or beside the worktree folder), as in bench/lib/goemotions.mjs. Rows: single-label only; ambiguous emotions (surprise,
// curiosity, confusion, realization) dropped; classes positive / negative / neutral.
import { join } from 'node:path';
import { createBaselineAnalyzer } from '@tonvo/core';
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';
import { dataDir, loadGoEmotions } from './lib/goemotions.mjs';

const CLASSES = ['positive', 'negative', 'neutral'];
const ROUNDS = 7;

/** GoEmotions dev, single-label rows only, with the paper's sentiment grouping. */
function loadDev() {
  const { rows, sentiment } = loadGoEmotions('dev');
  const group = new Map([['neutral', 'neutral']]);
  for (const [g, labels] of Object.entries(sentiment)) for (const l of labels) group.set(l, g);
  const out = [];
  for (const { text, labels } of rows) {
    if (labels.length !== 1) continue; // single-label rows only
    const label = group.get(labels[0]);
    if (label === 'ambiguous') continue;
    out.push({ text, label });
  }
  return out;
}

/** The spoken form of a text: lower case, no punctuation but inner apostrophes. */
function spoken(text) {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\s]|'(?![\p{L}])|(?<![\p{L}])'/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function macroF1(gold, pred) {
  const perClass = {};
  let sum = 0;
  for (const c of CLASSES) {
    let tp = 0;
    let p = 0;
    let g = 0;
    for (let i = 0; i < gold.length; i++) {
      if (pred[i] === c) p++;
      if (gold[i] === c) g++;
      if (pred[i] === c && gold[i] === c) tp++;
    }
    const prec = p ? tp / p : 0;
    const rec = g ? tp / g : 0;
    perClass[c] = prec + rec ? (2 * prec * rec) / (prec + rec) : 0;
    sum += perClass[c];
  }
  return { macro: sum / CLASSES.length, perClass };
}

const baseline = createBaselineAnalyzer();
// Ablation: without the words learned from GoEmotions train (hand-written lexicon and
// customer-service phrases only), to show what the in-domain learned words add here.
const handOnly = createBaselineAnalyzer({ learnedWords: false });
const band = baseline.neutralBand;
const byBand = (s) => (s >= band ? 'positive' : s <= -band ? 'negative' : 'neutral');
const afinn = new Sentiment();
const systems = [
  {
    name: 'tonvo baseline',
    classify: (t) => byBand(baseline.analyze(t).sentiment),
    rule: `sentiment >= ${band} pos, <= -${band} neg`,
  },
  {
    name: 'tonvo baseline, hand lexicon only',
    classify: (t) => byBand(handOnly.analyze(t).sentiment),
    rule: 'same',
  },
  {
    name: 'sentiment (AFINN)',
    classify: (t) => {
      const s = afinn.analyze(t).score;
      return s > 0 ? 'positive' : s < 0 ? 'negative' : 'neutral';
    },
    rule: 'score > 0 pos, < 0 neg',
  },
  {
    name: 'vader-sentiment',
    classify: (t) => {
      const s = vader.SentimentIntensityAnalyzer.polarity_scores(t).compound;
      return s >= 0.05 ? 'positive' : s <= -0.05 ? 'negative' : 'neutral';
    },
    rule: 'compound >= 0.05 pos, <= -0.05 neg',
  },
];

// CPU time of this process (user + system), not wall time: on a shared machine the wall
// clock also counts the time other processes held the CPU.
function timeOne(system, texts) {
  let sink = 0;
  const t0 = process.cpuUsage();
  for (const t of texts) sink += system.classify(t).length;
  const { user, system: sys } = process.cpuUsage(t0);
  if (sink === 0) throw new Error('unreachable');
  return (user + sys) / texts.length;
}

function run(rows, form) {
  const texts = rows.map((r) => (form === 'spoken' ? spoken(r.text) : r.text));
  const gold = rows.map((r) => r.label);
  const results = systems.map((s) => ({ ...s, ...macroF1(gold, texts.map(s.classify)) }));
  // Warm up once, then alternate systems round by round; report the median per system.
  for (const s of systems) timeOne(s, texts);
  const times = systems.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    systems.forEach((s, k) => times[k].push(timeOne(s, texts)));
  }
  results.forEach((r, k) => {
    const sorted = times[k].sort((a, b) => a - b);
    r.usPerText = sorted[Math.floor(sorted.length / 2)];
  });
  return results;
}

function table(title, results) {
  const base = results[0];
  const lines = [
    `${title}`,
    '| analyzer | macro-F1 | F1 pos | F1 neg | F1 neu | CPU µs/text | F1 vs baseline | time vs baseline |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.name} | ${r.macro.toFixed(3)} | ${r.perClass.positive.toFixed(3)} | ${r.perClass.negative.toFixed(3)} | ${r.perClass.neutral.toFixed(3)} | ${r.usPerText.toFixed(2)} | ${(r.macro / base.macro).toFixed(2)}x | ${(r.usPerText / base.usPerText).toFixed(2)}x |`,
    );
  }
  return lines.join('\n');
}

const dir = join(dataDir(), 'goemotions');
const rows = loadDev();
const counts = Object.fromEntries(
  CLASSES.map((c) => [c, rows.filter((r) => r.label === c).length]),
);
const written = run(rows, 'written');
const spokenResults = run(rows, 'spoken');

if (process.argv.includes('--json')) {
  const strip = (rs) =>
    rs.map(({ name, rule, macro, perClass, usPerText }) => ({
      name,
      rule,
      macro,
      perClass,
      usPerText,
    }));
  process.stdout.write(
    `${JSON.stringify({ rows: rows.length, counts, written: strip(written), spoken: strip(spokenResults) }, null, 2)}\n`,
  );
} else {
  const out = [
    `GoEmotions dev (${dir}), ${rows.length} single-label rows: ${CLASSES.map((c) => `${counts[c]} ${c}`).join(', ')}`,
    `node ${process.version}, CPU time per text, median of ${ROUNDS} rounds (systems alternate); decision rules: ${systems.map((s) => `${s.name}: ${s.rule}`).join('; ')}`,
    '',
    table('Written text (as in the data set)', written),
    '',
    table('Spoken form (lower case, punctuation stripped)', spokenResults),
    '',
  ];
  process.stdout.write(out.join('\n'));
}
