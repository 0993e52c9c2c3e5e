import { createRng, shuffle } from './rng.js';

/** Sizes and training knobs of the emotion model. */
export interface NetConfig {
  readonly buckets: number;
  readonly dim: number;
  /** Hidden ReLU units; 0 puts the output layer straight on the mean embedding. */
  readonly hidden: number;
  readonly labels: number;
  /**
   * Output heads as [start, end) column ranges that are one softmax each; columns
   * in no range are independent sigmoids (multi-label binary cross-entropy).
   */
  readonly softmaxHeads: readonly (readonly [number, number])[];
  readonly epochs: number;
  /** Starting learning rate, decayed linearly to 0 (fastText style). */
  readonly lr: number;
  /** Positive examples of label j weigh (negatives/positives)^posWeightPower. */
  readonly posWeightPower: number;
  /**
   * `sgd`: plain SGD everywhere, learning rate `lr` decayed linearly (fastText).
   * `adam`: Adam (rate `lr`) for the dense layers and row-wise AdaGrad (rate
   * `embeddingLr`) for the embedding table, both decayed linearly.
   */
  readonly optimizer: 'sgd' | 'adam';
  /** Embedding learning rate under `adam`. */
  readonly embeddingLr: number;
  /** Share of a text's feature ids left out of each training step (0 = none). */
  readonly dropout: number;
  readonly seed: number;
}

/** The trained parameters, row-major float32. */
export interface Net {
  readonly config: NetConfig;
  /** [buckets, dim]; row 0 stays zero (padding). */
  readonly embedding: Float32Array;
  /** [hidden, dim] and [hidden] (empty when hidden = 0). */
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  /** [labels, hidden || dim] and [labels]. */
  readonly w2: Float32Array;
  readonly b2: Float32Array;
}

/** One training row: feature ids (weights are 1/n) and its 0/1 labels. */
export interface TrainRow {
  readonly ids: Int32Array;
  readonly gold: Uint8Array;
  /** Outputs whose label this row knows (1) or leaves out of its loss (0); all when absent. */
  readonly mask?: Uint8Array;
  /**
   * A teacher's probabilities for this row (distillation): the target becomes
   * `(1 - softWeight) x gold + softWeight x soft`. Absent: the gold labels alone.
   */
  readonly soft?: Float32Array;
}

export function createNet(config: NetConfig, prior: Float64Array): Net {
  const rng = createRng(config.seed);
  const { buckets, dim, hidden, labels } = config;
  const uniform = (n: number, scale: number): Float32Array => {
    const a = new Float32Array(n);
    for (let i = 0; i < n; i++) a[i] = (rng() * 2 - 1) * scale;
    return a;
  };
  const embedding = uniform(buckets * dim, 1 / dim);
  embedding.fill(0, 0, dim);
  const inner = hidden > 0 ? hidden : dim;
  const w1 =
    hidden > 0 ? uniform(hidden * dim, Math.sqrt(6 / (dim + hidden))) : new Float32Array(0);
  const b1 = new Float32Array(hidden);
  const w2 = uniform(labels * inner, Math.sqrt(6 / (inner + labels)));
  const b2 = new Float32Array(labels);
  for (let j = 0; j < labels; j++) {
    const p = Math.min(0.99, Math.max(0.001, prior[j] as number));
    b2[j] = Math.log(p / (1 - p));
  }
  return { config, embedding, w1, b1, w2, b2 };
}

/** Scratch buffers for one forward/backward pass. */
interface Scratch {
  e: Float64Array;
  z: Float64Array;
  a: Float64Array;
  p: Float64Array;
  ga: Float64Array;
  ge: Float64Array;
}

function scratchFor(c: NetConfig): Scratch {
  const inner = c.hidden > 0 ? c.hidden : c.dim;
  return {
    e: new Float64Array(c.dim),
    z: new Float64Array(c.hidden),
    a: new Float64Array(inner),
    p: new Float64Array(c.labels),
    ga: new Float64Array(inner),
    ge: new Float64Array(c.dim),
  };
}

function forward(net: Net, ids: Int32Array, s: Scratch): void {
  const { dim, hidden, labels } = net.config;
  const E = net.embedding;
  s.e.fill(0);
  const w = ids.length === 0 ? 0 : 1 / ids.length;
  for (let k = 0; k < ids.length; k++) {
    const base = (ids[k] as number) * dim;
    for (let d = 0; d < dim; d++) s.e[d] = (s.e[d] as number) + (E[base + d] as number) * w;
  }
  let a = s.e;
  if (hidden > 0) {
    for (let h = 0; h < hidden; h++) {
      let z = net.b1[h] as number;
      const row = h * dim;
      for (let d = 0; d < dim; d++) z += (net.w1[row + d] as number) * (s.e[d] as number);
      s.z[h] = z;
      s.a[h] = z > 0 ? z : 0;
    }
    a = s.a;
  }
  const inner = a.length;
  for (let j = 0; j < labels; j++) {
    let v = net.b2[j] as number;
    const row = j * inner;
    for (let h = 0; h < inner; h++) v += (net.w2[row + h] as number) * (a[h] as number);
    s.p[j] = v;
  }
  const soft = net.config.softmaxHeads;
  let next = 0;
  for (let j = 0; j < labels; j++) {
    const head = soft.find(([start]) => start === j);
    if (head !== undefined) {
      const [start, end] = head;
      let max = -Infinity;
      for (let k = start; k < end; k++) max = Math.max(max, s.p[k] as number);
      let sum = 0;
      for (let k = start; k < end; k++) {
        const e = Math.exp((s.p[k] as number) - max);
        s.p[k] = e;
        sum += e;
      }
      for (let k = start; k < end; k++) s.p[k] = (s.p[k] as number) / sum;
      next = end;
      j = end - 1;
      continue;
    }
    if (j >= next) s.p[j] = 1 / (1 + Math.exp(-(s.p[j] as number)));
  }
}

/** Probabilities for one feature-id row (the reference the ONNX graph must match). */
export function predict(net: Net, ids: Int32Array): Float64Array {
  const s = scratchFor(net.config);
  forward(net, ids, s);
  return s.p.slice();
}

/** Per-parameter optimiser state for the dense layers (Adam). */
interface AdamState {
  m: Float32Array;
  v: Float32Array;
}

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPS = 1e-8;

/**
 * Trains one example at a time (binary cross-entropy per sigmoid label, cross-entropy
 * per softmax head), rows shuffled each epoch by the seeded PRNG. `rowsForEpoch(epoch)`
 * gives that epoch's rows (e.g. the written or transcribed form of each text).
 * Deterministic for a given config.
 */
export function train(
  net: Net,
  rowsForEpoch: (epoch: number) => TrainRow[],
  posWeight: Float64Array,
  log: (line: string) => void = () => {},
  outputWeight?: Float64Array,
  softWeight = 0,
): void {
  const { dim, hidden, labels, epochs, lr, optimizer } = net.config;
  const adam = optimizer === 'adam';
  const rng = createRng(net.config.seed ^ 0x5bd1e995);
  const s = scratchFor(net.config);
  const E = net.embedding;
  const inner = hidden > 0 ? hidden : dim;
  const total = rowsForEpoch(0).length * epochs;
  const state = (a: Float32Array): AdamState => ({
    m: new Float32Array(a.length),
    v: new Float32Array(a.length),
  });
  const sw1 = state(net.w1);
  const sb1 = state(net.b1);
  const sw2 = state(net.w2);
  const sb2 = state(net.b2);
  const rowAcc = adam ? new Float32Array(net.config.buckets) : new Float32Array(0);
  let t = 0;
  let c1 = 1;
  let c2 = 1;
  // One dense update: SGD, or Adam with bias correction folded into the rate.
  const update = (p: Float32Array, st: AdamState, i: number, g: number, rate: number): void => {
    if (!adam) {
      p[i] = (p[i] as number) - rate * g;
      return;
    }
    const m = BETA1 * (st.m[i] as number) + (1 - BETA1) * g;
    const v = BETA2 * (st.v[i] as number) + (1 - BETA2) * g * g;
    st.m[i] = m;
    st.v[i] = v;
    p[i] = (p[i] as number) - (rate * (m / c1)) / (Math.sqrt(v / c2) + EPS);
  };
  let seen = 0;
  const kept = new Int32Array(1 << 16);
  const target = new Float64Array(labels);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rows = shuffle(rowsForEpoch(epoch).slice(), rng);
    let loss = 0;
    for (const full of rows) {
      const decay = Math.max(0.0001, 1 - seen / total);
      const rate = lr * decay;
      seen++;
      t++;
      if (adam) {
        c1 = 1 - Math.pow(BETA1, t);
        c2 = 1 - Math.pow(BETA2, t);
      }
      let row = full;
      if (net.config.dropout > 0 && full.ids.length > 1) {
        let n = 0;
        for (let k = 0; k < full.ids.length; k++)
          if (rng() >= net.config.dropout) kept[n++] = full.ids[k] as number;
        if (n === 0) kept[n++] = full.ids[Math.floor(rng() * full.ids.length)] as number;
        row = { ...full, ids: kept.subarray(0, n) };
      }
      forward(net, row.ids, s);
      const a = hidden > 0 ? s.a : s.e;
      s.ga.fill(0);
      target.set(row.gold);
      for (const [start, end] of net.config.softmaxHeads) {
        let n = 0;
        for (let k = start; k < end; k++) n += row.gold[k] as number;
        for (let k = start; k < end; k++) target[k] = n === 0 ? 0 : (row.gold[k] as number) / n;
      }
      const soft = row.soft;
      if (soft !== undefined && softWeight > 0)
        for (let j = 0; j < labels; j++)
          target[j] = (1 - softWeight) * (target[j] as number) + softWeight * (soft[j] as number);
      const mask = row.mask;
      for (let j = 0; j < labels; j++) {
        if (mask !== undefined && mask[j] === 0) continue;
        const y = target[j] as number;
        const p = s.p[j] as number;
        const weight =
          (y > 0 ? (posWeight[j] as number) : 1) *
          (outputWeight === undefined ? 1 : (outputWeight[j] as number));
        loss -= weight * (y > 0 ? y * Math.log(p + 1e-12) : 0);
        const g = (p - y) * weight;
        if (g === 0) continue;
        const rowOff = j * inner;
        for (let h = 0; h < inner; h++) {
          s.ga[h] = (s.ga[h] as number) + g * (net.w2[rowOff + h] as number);
          update(net.w2, sw2, rowOff + h, g * (a[h] as number), rate);
        }
        update(net.b2, sb2, j, g, rate);
      }
      if (hidden > 0) {
        s.ge.fill(0);
        for (let h = 0; h < hidden; h++) {
          if ((s.z[h] as number) <= 0) continue;
          const g = s.ga[h] as number;
          const rowOff = h * dim;
          for (let d = 0; d < dim; d++) {
            s.ge[d] = (s.ge[d] as number) + g * (net.w1[rowOff + d] as number);
            update(net.w1, sw1, rowOff + d, g * (s.e[d] as number), rate);
          }
          update(net.b1, sb1, h, g, rate);
        }
      } else {
        for (let d = 0; d < dim; d++) s.ge[d] = s.ga[d] as number;
      }
      const n = row.ids.length;
      if (n === 0) continue;
      let step = rate / n;
      if (adam) {
        // row-wise AdaGrad: one accumulator per embedding row
        let g2 = 0;
        for (let d = 0; d < dim; d++) g2 += ((s.ge[d] as number) / n) ** 2;
        g2 /= dim;
        step = (net.config.embeddingLr * decay) / n;
        for (let k = 0; k < n; k++) {
          const id = row.ids[k] as number;
          if (id === 0) continue;
          rowAcc[id] = (rowAcc[id] as number) + g2;
          const r = step / Math.sqrt((rowAcc[id] as number) + 1e-10);
          const base = id * dim;
          for (let d = 0; d < dim; d++)
            E[base + d] = (E[base + d] as number) - r * (s.ge[d] as number);
        }
        continue;
      }
      for (let k = 0; k < n; k++) {
        const id = row.ids[k] as number;
        if (id === 0) continue;
        const base = id * dim;
        for (let d = 0; d < dim; d++)
          E[base + d] = (E[base + d] as number) - step * (s.ge[d] as number);
      }
    }
    log(`epoch ${epoch + 1}/${epochs} loss ${(loss / rows.length).toFixed(4)}`);
  }
}
