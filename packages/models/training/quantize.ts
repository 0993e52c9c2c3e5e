import type { Net } from './trainer.js';

/** An embedding table stored as int8 with one float scale per row. */
export interface QuantizedEmbedding {
  readonly values: Int8Array;
  readonly rowScale: Float32Array;
}

/**
 * Symmetric per-row int8 quantisation. Rows that training never touched (hash
 * buckets no training text reached) carry only their random start and are zeroed:
 * at run time they would add noise, not knowledge.
 */
export function quantizeEmbedding(net: Net, touched: Uint8Array): QuantizedEmbedding {
  const { buckets, dim } = net.config;
  const values = new Int8Array(buckets * dim);
  const rowScale = new Float32Array(buckets);
  for (let r = 0; r < buckets; r++) {
    if (touched[r] !== 1) continue;
    let max = 0;
    for (let d = 0; d < dim; d++)
      max = Math.max(max, Math.abs(net.embedding[r * dim + d] as number));
    if (max === 0) continue;
    const scale = Math.fround(max / 127);
    rowScale[r] = scale;
    for (let d = 0; d < dim; d++)
      values[r * dim + d] = Math.max(
        -127,
        Math.min(127, Math.round((net.embedding[r * dim + d] as number) / scale)),
      );
  }
  return { values, rowScale };
}

/** A copy of the net whose embedding is the dequantised table (what the ONNX graph computes). */
export function dequantizedNet(net: Net, q: QuantizedEmbedding): Net {
  const { buckets, dim } = net.config;
  const embedding = new Float32Array(buckets * dim);
  for (let r = 0; r < buckets; r++) {
    const s = q.rowScale[r] as number;
    if (s === 0) continue;
    for (let d = 0; d < dim; d++) embedding[r * dim + d] = (q.values[r * dim + d] as number) * s;
  }
  return { ...net, embedding };
}
