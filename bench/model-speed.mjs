// Speed of the text emotion model in Node on one thread, featurization included,
// beside AFINN (`sentiment`) and VADER (`vader-sentiment`) on the same texts in the
// same run: microseconds per utterance (p50 / p99, one text per call) and batch
// throughput. Usage: pnpm --filter @tonvo/bench bench:model-speed
import { createNodeModelRunner } from '@tonvo/audio-node';
import { createEmotionAnalyzer } from '@tonvo/models';
import { readTextEmotionModel } from '@tonvo/models/node';
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';
import { loadGoEmotions, percentile } from './lib/goemotions.mjs';

const texts = loadGoEmotions('dev').rows.map((r) => r.text);
const runner = await createNodeModelRunner(await readTextEmotionModel(), {
  intraOpNumThreads: 1,
  interOpNumThreads: 1,
});
const analyzer = createEmotionAnalyzer({ runner });
const afinn = new Sentiment();

async function perCall(name, fn, rounds) {
  for (let i = 0; i < 500; i++) await fn(texts[i % texts.length]); // warm-up
  const us = [];
  for (let r = 0; r < rounds; r++)
    for (const t of texts) {
      const t0 = process.hrtime.bigint();
      await fn(t);
      us.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
  return {
    name,
    p50: percentile(us, 50),
    p99: percentile(us, 99),
    mean: us.reduce((a, b) => a + b, 0) / us.length,
  };
}

const rounds = Number(process.env.ROUNDS ?? 2);
const results = [
  await perCall('tonvo model (onnxruntime-node)', (t) => analyzer.analyze(t), rounds),
  await perCall('AFINN (sentiment)', (t) => afinn.analyze(t), rounds),
  await perCall(
    'VADER (vader-sentiment)',
    (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t),
    rounds,
  ),
];
const batchRates = [];
for (const size of [32, 256]) {
  const t0 = process.hrtime.bigint();
  let n = 0;
  for (let r = 0; r < rounds; r++)
    for (let i = 0; i < texts.length; i += size) {
      await analyzer.analyzeBatch(texts.slice(i, i + size));
      n += Math.min(size, texts.length - i);
    }
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  batchRates.push({ size, perSecond: n / s, usPerText: (s * 1e6) / n });
}
const f1 = (v) => v.toFixed(1).padStart(8);
const model = results[0];
const lines = [
  `${texts.length} GoEmotions dev texts x ${rounds} rounds, one call per text, Node ${process.version}, onnxruntime-node 1 thread`,
  '',
  'microseconds per utterance          p50       p99      mean',
  ...results.map((r) => `${r.name.padEnd(32)} ${f1(r.p50)}  ${f1(r.p99)}  ${f1(r.mean)}`),
  '',
  `p50 ratio model/AFINN ${(model.p50 / results[1].p50).toFixed(2)}, model/VADER ${(model.p50 / results[2].p50).toFixed(2)} (target: model p50 <= 50 us)`,
  '',
  'batch throughput (analyzeBatch)',
  ...batchRates.map(
    (b) =>
      `  batch ${String(b.size).padStart(3)}: ${Math.round(b.perSecond).toLocaleString('en')} texts/s (${b.usPerText.toFixed(1)} us/text)`,
  ),
];
process.stdout.write(`${lines.join('\n')}\n`);
await analyzer.dispose();
