// Evaluates the shipped model (its ONNX file, through onnxruntime-node, with the
// manifest's thresholds) on a GoEmotions-style TSV:
//   pnpm --filter @tonvo/models eval --data <tsv> --taxonomy full|ekman|sentiment [--transcript]
// Prints macro-F1, per-label precision/recall/F1, and how texts whose gold labels
// say frustrated or confused were read.
import { resolve } from 'node:path';
import * as ort from 'onnxruntime-node';
import { createOrtSessionRunner } from '@tonvo/core';
import { applyThresholds, multiLabelScores } from '../src/evaluation/f1.js';
import { groupGold } from '../src/evaluation/taxonomy.js';
import { createEmotionAnalyzer } from '../src/text-emotion/emotion-analyzer.js';
import { TEXT_EMOTION_MANIFEST as manifest } from '../src/text-emotion/text-emotion-manifest.js';
import { toTranscriptForm } from '../src/text-emotion/transcript-form.js';
import { textEmotionModelPath } from '../src/node.js';
import { loadCorpus } from './pipeline.js';
import { dataDir, readTsv } from './data.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}
const taxonomyName = option('--taxonomy') ?? 'full';
if (!['full', 'ekman', 'sentiment'].includes(taxonomyName)) {
  process.stderr.write('--taxonomy must be full, ekman or sentiment\n');
  process.exit(2);
}
// pnpm runs scripts in the package folder; relative paths are the caller's.
const cwd = process.env.INIT_CWD ?? process.cwd();
const dataPath = resolve(cwd, option('--data') ?? resolve(dataDir(), 'goemotions/dev.tsv'));
const transcript = process.argv.includes('--transcript');

const corpus = loadCorpus(dataDir());
const rows = readTsv(dataPath, corpus.labels.length);

// An onnxruntime-node runner through core's session wrapper (the published adapter
// lives in @tonvo/audio-node, which depends on this package).
const runner = await createOrtSessionRunner(
  () =>
    ort.InferenceSession.create(textEmotionModelPath(), {
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
    }),
  ort.Tensor,
);
const analyzer = createEmotionAnalyzer({ runner });
const texts = rows.map((r) => (transcript ? toTranscriptForm(r.text) : r.text));
const analyses = await analyzer.analyzeBatch(texts);

const head = taxonomyName === 'full' ? 'emotions' : taxonomyName;
const out = manifest.outputs.find((o) => o.name === head);
if (out === undefined) throw new Error(`the manifest has no ${head} output`);
const taxonomy = taxonomyName === 'ekman' ? corpus.ekman : corpus.sentiment;
const gold = rows.map((r) => (taxonomyName === 'full' ? r.gold : groupGold(taxonomy, r.gold)));
const scores = analyses.map((a) => a.outputs[head] as ArrayLike<number>);
const report = multiLabelScores({
  labels: out.labels,
  gold,
  predicted: applyThresholds(scores, out.thresholds),
});

const pct = (v: number): string => v.toFixed(3);
const lines = [
  `data ${dataPath} (${rows.length} rows${transcript ? ', transcript form' : ''}), taxonomy ${taxonomyName}, model ${analyzer.id}`,
  `macro-F1 ${pct(report.macroF1)}`,
  '',
  `${'label'.padEnd(16)} precision recall  f1     support`,
  ...report.perLabel.map(
    (l) =>
      `${l.label.padEnd(16)} ${pct(l.precision).padStart(9)} ${pct(l.recall).padStart(6)} ${pct(l.f1).padStart(6)} ${String(l.support).padStart(7)}`,
  ),
];

// Frustrated vs confused: texts whose gold labels map to exactly one of the two.
const stateOf = (labels: readonly string[]): string[] =>
  (['frustrated', 'confused'] as const).filter((s) =>
    manifest.states[s].some((l) => labels.includes(l)),
  );
const matrix = {
  frustrated: { frustrated: 0, confused: 0, other: 0 },
  confused: { frustrated: 0, confused: 0, other: 0 },
};
rows.forEach((r, i) => {
  const g = stateOf(corpus.labels.filter((_, j) => r.gold[j] === 1));
  if (g.length !== 1) return;
  const a = analyses[i];
  if (a === undefined) return;
  const p = a.state === 'frustrated' || a.state === 'confused' ? a.state : 'other';
  matrix[g[0] as 'frustrated' | 'confused'][p]++;
});
lines.push(
  '',
  'frustrated vs confused (rows whose gold labels point to exactly one of them; columns: predicted state)',
  `${'gold'.padEnd(12)} frustrated confused other`,
  ...(['frustrated', 'confused'] as const).map(
    (g) =>
      `${g.padEnd(12)} ${String(matrix[g].frustrated).padStart(10)} ${String(matrix[g].confused).padStart(8)} ${String(matrix[g].other).padStart(5)}`,
  ),
);
process.stdout.write(`${lines.join('\n')}\n`);
await analyzer.dispose();
