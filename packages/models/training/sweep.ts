// The architecture comparison behind the shipped model: trains one configuration
// and prints its dev figures (float and int8 embedding; written and transcript
// forms) and training time as one JSON line.
//   pnpm --filter @tonvo/models exec tsx --conditions=source training/sweep.ts '{"dim":32}'
import { writeFileSync } from 'node:fs';
import { toTranscriptForm } from '../src/text-emotion/transcript-form.js';
import { dataDir } from './data.js';
import {
  evaluateDev,
  loadCorpus,
  mixScores,
  scoreTexts,
  trainModel,
  tuneMix,
  type TrainSettings,
} from './pipeline.js';
import { dequantizedNet, quantizeEmbedding } from './quantize.js';
import { SETTINGS } from './settings.js';

const args = JSON.parse(process.argv[2] ?? '{}') as Record<string, number | string>;
const featurizer = { ...SETTINGS.featurizer };
for (const k of ['buckets', 'wordNgramMax', 'charNgramMin', 'charNgramMax'] as const)
  if (typeof args[k] === 'number') (featurizer as Record<string, unknown>)[k] = args[k];
const settings: TrainSettings = {
  ...SETTINGS,
  featurizer,
  ...Object.fromEntries(
    Object.entries(args).filter(([k]) =>
      [
        'dim',
        'hidden',
        'epochs',
        'lr',
        'posWeightPower',
        'dropout',
        'transcriptMode',
        'softmax',
        'seedRepeat',
        'optimizer',
        'embeddingLr',
        'groupWeight',
        'xedRepeat',
        'seed',
        'teachers',
        'distillWeight',
      ].includes(k),
    ),
  ),
};
const corpus = loadCorpus(dataDir());
const trained = trainModel(corpus, settings);
const texts = corpus.dev.map((e) => e.text);
const r = (v: number): number => Math.round(v * 1e4) / 1e4;
const result: Record<string, unknown> = { args, trainS: r(trained.seconds) };
const q = quantizeEmbedding(trained.net, trained.touched);
for (const [name, net] of [
  ['float', trained.net],
  ['int8', dequantizedNet(trained.net, q)],
] as const)
  for (const [form, tx] of [
    ['written', (s: string): string => s],
    ['spoken', toTranscriptForm],
  ] as const) {
    if (name === 'float' && form === 'spoken') continue;
    const scores = scoreTexts(net, featurizer, texts.map(tx));
    const dump = process.env.TONVO_SWEEP_SCORES;
    if (dump !== undefined && name === 'int8' && form === 'written') {
      const flat = new Float32Array(scores.length * (scores[0]?.length ?? 0));
      scores.forEach((row, i) => flat.set(row, i * row.length));
      writeFileSync(dump, flat);
    }
    const d = evaluateDev(corpus, corpus.dev, scores);
    if (name === 'int8') {
      // as shipped: grouped heads mixed with their member labels, weights tuned on dev
      const mixed = evaluateDev(
        corpus,
        corpus.dev,
        mixScores(corpus, scores, tuneMix(corpus, corpus.dev, scores)),
      );
      result[`${name}-${form}-mixed`] = {
        full: r(mixed.full),
        ekman: r(mixed.ekman),
        groups: r(mixed.sentimentGroups),
        s3: r(mixed.sentiment3),
      };
    }
    result[`${name}-${form}`] = {
      full: r(d.full),
      ekman: r(d.ekman),
      groups: r(d.sentimentGroups),
      s3: r(Math.max(d.sentiment3, d.sentiment3Argmax)),
    };
  }
process.stdout.write(`${JSON.stringify(result)}\n`);
