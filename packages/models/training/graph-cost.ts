// What the graph's shape costs in onnxruntime-node, one utterance per call: the
// shipped file beside graphs of the same layout with random weights and a smaller
// table, narrower or no hidden layer, and a floor graph that only passes one input
// through. Same dev features for all, one thread, sessions timed in interleaved
// rounds in one process (compare rows with each other, not across runs).
//   pnpm --filter @tonvo/models graph-cost [--rounds 4]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { percentile } from '@tonvo/core';
import * as ort from 'onnxruntime-node';
import { createFeaturizer } from '../src/text-emotion/featurizer.js';
import { dataDir, readLabels, readTsv } from './data.js';
import {
  ModelProtoSchema,
  NodeProtoSchema,
  type GraphProto,
  type ValueInfoProto,
} from './onnx/gen/onnx/onnx_pb.js';
import { writeEmotionOnnx } from './onnx/write-onnx.js';
import { createRng } from './rng.js';
import { FEATURIZER } from './settings.js';

const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg === -1 ? 4 : Number(process.argv[roundsArg + 1]);
const dir = dataDir();
const texts = readTsv(join(dir, 'goemotions/dev.tsv'), readLabels(dir).length).map((e) => e.text);
const featurizer = createFeaturizer(FEATURIZER);
const rows = texts.map((t) => featurizer.featurizeBatch([t]));

/** A graph of the shipped layout with seeded random weights. */
function randomGraph(buckets: number, dim: number, hidden: number, outputs = 39): Uint8Array {
  const rng = createRng(buckets ^ (dim << 20) ^ hidden);
  const floats = (n: number, scale: number): Float32Array =>
    Float32Array.from({ length: n }, () => (rng() * 2 - 1) * scale);
  return writeEmotionOnnx({
    buckets,
    dim,
    hidden,
    embedding: Int8Array.from({ length: buckets * dim }, () => Math.floor(rng() * 255) - 127),
    rowScale: floats(buckets, 0.01).map(Math.abs),
    w1: floats(hidden * dim, 0.1),
    b1: floats(hidden, 0.1),
    w2: floats(outputs * (hidden || dim), 0.1),
    b2: floats(outputs, 0.1),
    heads: [{ name: 'all', width: outputs }],
    docString: '',
    metadata: {},
  });
}

/** The floor: the model's `weights` input passed through one Identity node. */
function floorGraph(): Uint8Array {
  // The writer's model with its graph body swapped for a single Identity.
  const model = fromBinary(ModelProtoSchema, randomGraph(2, 1, 0, 1));
  const graph = model.graph as GraphProto;
  const weights = graph.input.find((i) => i.name === 'weights') as ValueInfoProto;
  graph.node = [
    create(NodeProtoSchema, {
      opType: 'Identity',
      input: ['weights'],
      output: ['out'],
      name: 'out',
    }),
  ];
  graph.initializer = [];
  graph.input = [weights];
  graph.output = [{ ...weights, name: 'out' }];
  return toBinary(ModelProtoSchema, model);
}

const cases: { name: string; bytes: Uint8Array; buckets: number }[] = [
  {
    name: 'shipped model (65,536 x 64 table, hidden 256)',
    bytes: readFileSync(join(import.meta.dirname, '../assets/text-emotion.onnx')),
    buckets: FEATURIZER.buckets,
  },
  { name: 'random, 65,536 x 64, hidden 256', bytes: randomGraph(65536, 64, 256), buckets: 65536 },
  { name: 'random, 65,536 x 32, hidden 256', bytes: randomGraph(65536, 32, 256), buckets: 65536 },
  { name: 'random, 16,384 x 64, hidden 256', bytes: randomGraph(16384, 64, 256), buckets: 16384 },
  { name: 'random, 2,048 x 64, hidden 256', bytes: randomGraph(2048, 64, 256), buckets: 2048 },
  { name: 'random, 65,536 x 64, hidden 64', bytes: randomGraph(65536, 64, 64), buckets: 65536 },
  {
    name: 'random, 65,536 x 64, no hidden layer',
    bytes: randomGraph(65536, 64, 0),
    buckets: 65536,
  },
  { name: 'floor: Identity of the weights input', bytes: floorGraph(), buckets: 0 },
];

const options = {
  intraOpNumThreads: 1,
  interOpNumThreads: 1,
  graphOptimizationLevel: 'all' as const,
};
const sessions = await Promise.all(cases.map((c) => ort.InferenceSession.create(c.bytes, options)));
const feeds = cases.map((c) =>
  rows.map((r) => {
    const ids = c.buckets === 0 ? r.ids : r.ids.map((id) => id % c.buckets);
    return {
      ids: new ort.Tensor('int32', ids, [ids.length]),
      weights: new ort.Tensor('float32', r.weights, [...r.dims]),
    };
  }),
);
const times = cases.map(() => [] as number[]);
const load0 = loadavg()[0] as number;
for (let round = 0; round <= rounds; round++)
  for (let k = 0; k < cases.length; k++) {
    const s = sessions[k] as ort.InferenceSession;
    const floor = (cases[k] as { buckets: number }).buckets === 0;
    for (const f of feeds[k] as { ids: ort.Tensor; weights: ort.Tensor }[]) {
      const t0 = process.hrtime.bigint();
      await s.run(floor ? { weights: f.weights } : f);
      // round 0 warms up
      if (round > 0) (times[k] as number[]).push(Number(process.hrtime.bigint() - t0) / 1000);
    }
  }
const load1 = loadavg()[0] as number;
console.log(
  `graph cost in onnxruntime-node ${process.versions.node}, one thread, ${texts.length} dev texts x ${rounds} rounds, load ${load0.toFixed(1)}-${load1.toFixed(1)}\n`,
);
console.log('| graph | p50 µs per call | p90 |');
console.log('|---|---|---|');
cases.forEach((c, k) => {
  const a = (times[k] as number[]).sort((x, y) => x - y);
  console.log(
    `| ${c.name} | ${percentile(a, 0.5).toFixed(1)} | ${percentile(a, 0.9).toFixed(1)} |`,
  );
});
