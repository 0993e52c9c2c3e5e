// Speed of the text emotion model in Node on one thread, featurization included,
// beside AFINN (`sentiment`) and VADER (`vader-sentiment`) on the same texts in the
// same run, and beside onnxruntime-node's own floor: the same `run` call on an
// Identity graph. Each case runs over all texts in a block, the blocks alternating
// round by round, so load from other processes falls on each alike; compare ratios.
// Reports wall-clock p50/p99/mean and mean CPU time (process.cpuUsage) per call,
// then batch throughput (analyzeBatch, and analyze() calls sent in the same tick).
// Usage: ROUNDS=3 pnpm --filter @tonvo/bench bench:model-speed
import { loadavg } from 'node:os';
import { createNodeModelRunner } from '@tonvo/audio-node';
import {
  TEXT_EMOTION_MANIFEST,
  createEmotionAnalyzer,
  createFeaturizer,
  interpretEmotionScores,
} from '@tonvo/models';
import { readTextEmotionModel } from '@tonvo/models/node';
import { percentile as quantile } from '@tonvo/core';
import * as ort from 'onnxruntime-node';
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';
import { IDENTITY_ONNX } from './lib/identity-onnx.mjs';
import { loadGoEmotions } from './lib/goemotions.mjs';

/** p-th percentile (0-100) of unsorted values. */
const percentile = (values, p) => quantile(Float64Array.from(values).sort(), p / 100);

const texts = loadGoEmotions('dev').rows.map((r) => r.text);
const threads = { intraOpNumThreads: 1, interOpNumThreads: 1 };
const bytes = await readTextEmotionModel();
const runner = await createNodeModelRunner(bytes, threads);
const analyzer = createEmotionAnalyzer({ runner });
// The same model without reading a call's language (sarcasm, negations, courtesy, thanks,
// apologies, requests, call phrases) as the built-in analyzer does: what that reading costs.
const wordsAlone = createEmotionAnalyzer({ runner, callLanguage: false });
const featurizer = createFeaturizer(TEXT_EMOTION_MANIFEST.featurizer);
const options = { ...threads, graphOptimizationLevel: 'all' };
const model = await ort.InferenceSession.create(bytes, options);
const identity = await ort.InferenceSession.create(IDENTITY_ONNX, options);
const one = new Float32Array(1);
const afinn = new Sentiment();
const features = texts.map((t) => featurizer.featurizeBatch([t]));

const cases = [
  ['tonvo analyze() (all of it)', (i) => analyzer.analyze(texts[i])],
  ['  analyze(), callLanguage: false', (i) => wordsAlone.analyze(texts[i])],
  ['  analyzeBatch([text]) (no same-tick queue)', (i) => analyzer.analyzeBatch([texts[i]])],
  ['  featurize only', (i) => featurizer.featurizeBatch([texts[i]])],
  [
    '  onnxruntime run, model',
    (i) => {
      const f = features[i];
      return model.run({
        ids: new ort.Tensor('int32', f.ids, [f.ids.length]),
        weights: new ort.Tensor('float32', f.weights, f.dims),
      });
    },
  ],
  [
    '  onnxruntime run, Identity',
    () => identity.run({ x: new ort.Tensor('float32', one, [1, 1]) }),
  ],
  ['AFINN (sentiment)', (i) => afinn.analyze(texts[i])],
  ['VADER (vader-sentiment)', (i) => vader.SentimentIntensityAnalyzer.polarity_scores(texts[i])],
];
const stats = cases.map(() => ({ us: [], cpu: 0 }));
for (let i = 0; i < 500; i++) for (const [, fn] of cases) await fn(i); // warm-up
const load0 = loadavg()[0];
const rounds = Number(process.env.ROUNDS ?? 2);
// Each case runs over all texts in a block (warm caches, as each would run alone), and
// the blocks alternate round by round so that changes in load fall on every case.
for (let r = 0; r < rounds; r++)
  for (let c = 0; c < cases.length; c++) {
    const fn = cases[c][1];
    for (let i = 0; i < texts.length; i++) {
      const cpu0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      await fn(i);
      const t1 = process.hrtime.bigint();
      const cpu = process.cpuUsage(cpu0);
      stats[c].us.push(Number(t1 - t0) / 1000);
      stats[c].cpu += cpu.user + cpu.system;
    }
  }
const load1 = loadavg()[0];

// Where one analyze() goes: its steps run in sequence in one loop (so each sees the
// caches the others leave, as in analyze()), each timed on its own.
const phase = { featurize: [], run: [], interpret: [] };
const manifest = TEXT_EMOTION_MANIFEST;
const modelRunner = await createNodeModelRunner(bytes, threads);
for (let r = 0; r < rounds; r++)
  for (const t of texts) {
    const t0 = process.hrtime.bigint();
    const f = featurizer.featurizeBatch([t]);
    const t1 = process.hrtime.bigint();
    const out = await modelRunner.run({
      ids: { type: 'int32', data: f.ids, dims: [f.ids.length] },
      weights: { type: 'float32', data: f.weights, dims: f.dims },
    });
    const t2 = process.hrtime.bigint();
    const p = out[manifest.outputs[0].tensor].data;
    interpretEmotionScores({
      manifest,
      outputs: Object.fromEntries(
        manifest.outputs.map((o) => [o.name, p.subarray(o.offset, o.offset + o.labels.length)]),
      ),
    });
    const t3 = process.hrtime.bigint();
    phase.featurize.push(Number(t1 - t0) / 1000);
    phase.run.push(Number(t2 - t1) / 1000);
    phase.interpret.push(Number(t3 - t2) / 1000);
  }
await modelRunner.dispose();

const rate = async (label, fn, size) => {
  const t0 = process.hrtime.bigint();
  let n = 0;
  for (let r = 0; r < rounds; r++)
    for (let i = 0; i < texts.length; i += size) {
      await fn(texts.slice(i, i + size));
      n += Math.min(size, texts.length - i);
    }
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  return `  ${label.padEnd(34)} ${Math.round(n / s)
    .toLocaleString('en')
    .padStart(7)} texts/s (${((s * 1e6) / n).toFixed(1)} us/text)`;
};
const batchLines = [];
for (const size of [16, 64, 256])
  batchLines.push(
    await rate(`analyzeBatch, ${size} texts per call`, (b) => analyzer.analyzeBatch(b), size),
  );
for (const size of [4, 16])
  batchLines.push(
    await rate(
      `${size} analyze() in the same tick`,
      (b) => Promise.all(b.map((t) => analyzer.analyze(t))),
      size,
    ),
  );

const n = texts.length * rounds;
const f1 = (v) => v.toFixed(1).padStart(8);
const p50 = stats.map((s) => percentile(s.us, 50));
const lines = [
  `${texts.length} GoEmotions dev texts x ${rounds} rounds, one call per text, cases in alternating blocks; Node ${process.version}, onnxruntime-node ${ort.env.versions.common} (1 thread); load average ${load0.toFixed(1)} -> ${load1.toFixed(1)} on this machine`,
  '',
  'microseconds per utterance                   p50       p99      mean   CPU/call',
  ...cases.map(
    ([name], c) =>
      `${name.padEnd(40)} ${f1(p50[c])}  ${f1(percentile(stats[c].us, 99))}  ${f1(stats[c].us.reduce((a, b) => a + b, 0) / n)}  ${f1(stats[c].cpu / n)}`,
  ),
  '',
  `p50 ratios: model/VADER ${(p50[0] / p50[6]).toFixed(2)}, model/AFINN ${(p50[0] / p50[5]).toFixed(2)}, model/Identity floor ${(p50[0] / p50[4]).toFixed(2)} (target: model p50 <= 50 us)`,
  '',
  `steps of one utterance in sequence (p50 us): featurize ${percentile(phase.featurize, 50).toFixed(1)}, onnxruntime run ${percentile(phase.run, 50).toFixed(1)}, read outputs ${percentile(phase.interpret, 50).toFixed(1)}`,
  '',
  'batch throughput',
  ...batchLines,
];
process.stdout.write(`${lines.join('\n')}\n`);
await analyzer.dispose();
await model.release();
await identity.release();
