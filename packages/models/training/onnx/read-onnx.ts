// Reads the trained parameters back out of a model written by write-onnx.ts, for
// `TONVO_TRAIN_REUSE=1 pnpm --filter @tonvo/models train` (see train.ts).
import { fromBinary } from '@bufbuild/protobuf';
import type { QuantizedEmbedding } from '../quantize.js';
import { dequantizedNet } from '../quantize.js';
import type { Net } from '../trainer.js';
import { ModelProtoSchema, type TensorProto } from './gen/onnx/onnx_pb.js';

function raw(t: TensorProto | undefined, name: string): Uint8Array {
  if (t === undefined) throw new Error(`the model has no initializer ${name}`);
  // a copy, not a view: the bytes may be a Node Buffer, whose slice() shares memory
  return new Uint8Array(t.rawData);
}

/** The int8 table and the dense layers of a written emotion model, as the trainer holds them. */
export function readEmotionOnnx(bytes: Uint8Array): { q: QuantizedEmbedding; net: Net } {
  const graph = fromBinary(ModelProtoSchema, bytes).graph;
  const init = new Map((graph?.initializer ?? []).map((t) => [t.name, t]));
  const floats = (name: string): Float32Array => {
    const b = raw(init.get(name), name);
    const view = new DataView(b.buffer);
    return Float32Array.from({ length: b.length / 4 }, (_, i) => view.getFloat32(i * 4, true));
  };
  const rowScale = floats('embedding_scale');
  const values = new Int8Array(raw(init.get('embedding_q'), 'embedding_q').buffer);
  const b1 = floats('b1');
  const b2 = floats('b2');
  const buckets = rowScale.length;
  const dim = values.length / buckets;
  const q = { values, rowScale };
  const net: Net = {
    config: {
      buckets,
      dim,
      hidden: b1.length,
      labels: b2.length,
      softmaxHeads: [],
      epochs: 0,
      lr: 0,
      posWeightPower: 0,
      optimizer: 'adam',
      embeddingLr: 0,
      dropout: 0,
      seed: 0,
    },
    embedding: new Float32Array(0),
    w1: floats('w1'),
    b1,
    w2: floats('w2'),
    b2,
  };
  return { q, net: dequantizedNet(net, q) };
}
