import { TonvoError } from '@tonvo/core';
import { FNV_OFFSET, fnv1a, fnvStep, mix32 } from './hash.js';
import { tokenize } from './tokenize.js';

/**
 * How texts become hashed feature ids: the featurizer half of the model contract,
 * stored in the manifest so every runtime featurizes exactly as training did.
 * @public
 */
export interface FeaturizerSpec {
  /** Featurizer family; only `hashed-ngrams` exists. */
  readonly kind: 'hashed-ngrams';
  /** Bumped whenever the same spec would give different ids. */
  readonly version: 1;
  /** Rows of the model's embedding table; id 0 is padding and never produced. */
  readonly buckets: number;
  /** Longest word n-gram hashed (1 = words only, 2 = words and pairs). */
  readonly wordNgramMax: number;
  /** Shortest character n-gram taken from `<word>` (0 disables character n-grams). */
  readonly charNgramMin: number;
  /** Longest character n-gram taken from `<word>`. */
  readonly charNgramMax: number;
  /** Tokens read from one text; the rest is ignored. */
  readonly maxTokens: number;
  /** Characters of a word used for its character n-grams. */
  readonly maxCharsPerWord: number;
}

/**
 * Feature ids and weights of one or more texts, the model's two inputs: every text's
 * ids one after another (`ids`, `[features]`), and a `[batch, features]` matrix whose
 * row b weighs text b's own ids 1/n and every other id 0, so one matrix product gives
 * each text's mean embedding. No padding, and one text is a plain `[1, n]` row.
 * @public
 */
export interface FeatureBatch {
  /** Bucket ids (int32) of all texts in order, `[features]`. */
  readonly ids: Int32Array;
  /** `[batch, features]` row-major: row b holds 1/n over text b's ids, 0 elsewhere. */
  readonly weights: Float32Array;
  /** `[batch, features]`: the weights' shape (ids is `[features]`). */
  readonly dims: readonly [number, number];
}

/** Turns texts into the model's inputs. Create one with {@link createFeaturizer}. @public */
export interface Featurizer {
  readonly spec: FeaturizerSpec;
  /** Feature ids of one text, unpadded (may be empty). */
  ids(text: string): Int32Array;
  /** Ids and weights of many texts (see {@link FeatureBatch}). */
  featurizeBatch(texts: readonly string[]): FeatureBatch;
}

// Salts keep feature families apart in the shared table.
const SALT_WORD = 0x1b873593;
const SALT_PAIR = 0x2c1b3c6d;
const SALT_TRIPLE = 0x297a2d39;
const SALT_CHAR = 0x6b43a9b5;
const SHOUT_FEATURE = '<shout>';
const CACHE_LIMIT = 20_000;
const LT = 0x3c;
const GT = 0x3e;

function isWordStart(code: number): boolean {
  // letters and digits (the tokenizer's words); not ! ? [ or pictographs
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code < 0x2000 && code !== 0xd7 && code !== 0xf7)
  );
}

function checkSpec(spec: FeaturizerSpec): void {
  const int = (name: keyof FeaturizerSpec, min: number, max: number): void => {
    const v = spec[name];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
      throw TonvoError.invalidOption(
        `featurizer.${name}`,
        `must be an integer in [${min}, ${max}]`,
      );
  };
  if (spec.kind !== 'hashed-ngrams' || spec.version !== 1)
    throw TonvoError.invalidOption('featurizer.kind', 'must be hashed-ngrams version 1');
  int('buckets', 2, 2 ** 30);
  int('wordNgramMax', 1, 3);
  int('charNgramMin', 0, 16);
  int('charNgramMax', spec.charNgramMin, 16);
  int('maxTokens', 1, 100_000);
  int('maxCharsPerWord', 1, 1000);
}

/**
 * Creates the emotion model's featurizer: lower-case words, word pairs and
 * character n-grams of each word, hashed into `spec.buckets` rows, each weighted
 * 1/n so the model sees their mean. Deterministic and identical in every runtime.
 *
 * @example
 * ```ts
 * const f = createFeaturizer(TEXT_EMOTION_MANIFEST.featurizer);
 * const { ids, weights, dims } = f.featurizeBatch(['I was charged twice']);
 * ```
 * @public
 */
export function createFeaturizer(spec: FeaturizerSpec): Featurizer {
  checkSpec(spec);
  const mod = spec.buckets - 1;
  const bucket = (h: number): number => 1 + (mix32(h) % mod);
  const cache = new Map<string, Int32Array>();
  const shoutId = bucket(fnv1a(SHOUT_FEATURE) ^ SALT_WORD);
  let scratch = new Int32Array(256);

  // A word's hash (slot 0) and ids (its own and its character n-grams) never change: cache them.
  const wordIds = (word: string): Int32Array => {
    const hit = cache.get(word);
    if (hit !== undefined) return hit;
    const hash = fnv1a(word);
    const out: number[] = [hash | 0, bucket(hash ^ SALT_WORD)];
    if (spec.charNgramMin > 0 && isWordStart(word.charCodeAt(0))) {
      const n = Math.min(word.length, spec.maxCharsPerWord);
      const padded = n + 2;
      const at = (i: number): number =>
        i === 0 ? LT : i === padded - 1 ? GT : word.charCodeAt(i - 1);
      for (let start = 0; start < padded; start++) {
        let h = FNV_OFFSET;
        for (let len = 1; len <= spec.charNgramMax && start + len <= padded; len++) {
          h = fnvStep(h, at(start + len - 1));
          // the whole `<word>` is already the word feature
          if (len >= spec.charNgramMin && len < padded) out.push(bucket(h ^ SALT_CHAR));
        }
      }
    }
    const ids = Int32Array.from(out);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, ids);
    return ids;
  };

  const ids = (text: string): Int32Array => {
    const { tokens, shouting } = tokenize(text, spec.maxTokens);
    let out = scratch;
    let n = 0;
    let prev2 = 0;
    let prev1 = 0;
    for (let t = 0; t < tokens.length; t++) {
      const w = wordIds(tokens[t] as string);
      // room for this word's ids, its pair and triple, and the shout feature
      if (n + w.length + 3 > out.length) {
        const bigger = new Int32Array(Math.max(out.length * 2, n + w.length + 3));
        bigger.set(out.subarray(0, n));
        out = bigger;
        scratch = bigger;
      }
      for (let k = 1; k < w.length; k++) out[n++] = w[k] as number;
      const h = (w[0] as number) >>> 0;
      if (spec.wordNgramMax >= 2 && t >= 1)
        out[n++] = bucket(Math.imul(prev1, 0x9e3779b1) ^ h ^ SALT_PAIR);
      if (spec.wordNgramMax >= 3 && t >= 2)
        out[n++] = bucket(
          Math.imul(Math.imul(prev2, 0x9e3779b1) ^ prev1, 0x85ebca77) ^ h ^ SALT_TRIPLE,
        );
      prev2 = prev1;
      prev1 = h;
    }
    if (shouting) out[n++] = shoutId;
    return out.slice(0, n);
  };

  return {
    spec,
    ids,
    featurizeBatch(texts) {
      return layoutFeatures(texts.map(ids));
    },
  };
}

/**
 * Lays out the feature ids of several texts as the model's inputs (see
 * {@link FeatureBatch}). When no text has a feature, one id 0 (the all-zero row)
 * keeps the input non-empty.
 * @internal
 */
export function layoutFeatures(rows: readonly Int32Array[]): FeatureBatch {
  let total = 0;
  for (const r of rows) total += r.length;
  const width = Math.max(1, total);
  const ids = new Int32Array(width);
  const weights = new Float32Array(rows.length * width);
  let at = 0;
  for (let b = 0; b < rows.length; b++) {
    const a = rows[b] as Int32Array;
    ids.set(a, at);
    if (a.length > 0) weights.fill(1 / a.length, b * width + at, b * width + at + a.length);
    at += a.length;
  }
  return { ids, weights, dims: [rows.length, width] };
}
