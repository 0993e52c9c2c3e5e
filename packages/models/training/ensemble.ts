// Dev figures of several models averaged (an ensemble), from the dev scores that
// sweep.ts dumps with TONVO_SWEEP_SCORES (float32, one row of every output per dev
// text): the mean logit of the models, read raw and as shipped (grouped heads mixed
// with their member labels, weights tuned on dev). Prints one JSON line.
//   TONVO_SWEEP_SCORES=/tmp/a.f32 pnpm --filter @tonvo/models sweep '{"seed":1001}'
//   pnpm --filter @tonvo/models ensemble /tmp/a.f32 /tmp/b.f32 ...
import { readFileSync } from 'node:fs';
import { dataDir } from './data.js';
import { evaluateDev, loadCorpus, mixScores, tuneMix } from './pipeline.js';

const files = process.argv.slice(2);
if (files.length === 0) throw new Error('usage: ensemble <scores.f32>...');
const corpus = loadCorpus(dataDir());
const n = corpus.dev.length;
const dumps = files.map((f) => {
  const b = readFileSync(f);
  const a = new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  if (a.length % n !== 0)
    throw new Error(`${f}: ${a.length} values is not a whole row per dev text`);
  return a;
});
const width = (dumps[0] as Float32Array).length / n;
const logit = (p: number): number => {
  const q = Math.min(Math.max(p, 1e-7), 1 - 1e-7);
  return Math.log(q / (1 - q));
};
const scores = Array.from({ length: n }, (_, i) => {
  const row = new Float64Array(width);
  for (let j = 0; j < width; j++) {
    let sum = 0;
    for (const d of dumps) sum += logit(d[i * width + j] as number);
    row[j] = 1 / (1 + Math.exp(-sum / dumps.length));
  }
  return row;
});
const r = (v: number): number => Math.round(v * 1e4) / 1e4;
// As sweep.ts reports them: the raw scores' 3-class figure is the better of score cuts
// and offset argmax; the mixed scores' is score cuts, the shipped rule.
const figures = (d: ReturnType<typeof evaluateDev>, shipped: boolean): Record<string, number> => ({
  full: r(d.full),
  ekman: r(d.ekman),
  groups: r(d.sentimentGroups),
  s3: r(shipped ? d.sentiment3 : Math.max(d.sentiment3, d.sentiment3Argmax)),
});
const mix = tuneMix(corpus, corpus.dev, scores);
process.stdout.write(
  `${JSON.stringify({
    models: files.length,
    raw: figures(evaluateDev(corpus, corpus.dev, scores), false),
    mixed: {
      ...figures(evaluateDev(corpus, corpus.dev, mixScores(corpus, scores, mix)), true),
      mix,
    },
  })}\n`,
);
