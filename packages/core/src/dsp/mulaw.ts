/**
 * G.711 mu-law (North American and Japanese telephony, Twilio Media Streams).
 * @packageDocumentation
 */

const BIAS = 0x84;
const CLIP = 32635;

/** Linear 16-bit value of every mu-law byte, built once. */
const DECODE_TABLE: Int16Array = (() => {
  const t = new Int16Array(256);
  for (let b = 0; b < 256; b++) {
    const u = ~b & 0xff;
    const exponent = (u >> 4) & 0x07;
    const mantissa = u & 0x0f;
    const magnitude = (((mantissa << 3) + BIAS) << exponent) - BIAS;
    t[b] = u & 0x80 ? -magnitude : magnitude;
  }
  return t;
})();

/**
 * Decodes G.711 mu-law bytes to floats in [-1, 1) (one byte per sample).
 *
 * @param input - mu-law bytes.
 * @param output - Where to write; allocated when absent. Must be at least `input.length` long.
 * @returns The samples (`output` when given).
 * @example
 * ```ts
 * decodeMulaw(new Uint8Array([0xff, 0x00])); // ~[0, -0.98]
 * ```
 * @public
 */
export function decodeMulaw(input: Uint8Array, output?: Float32Array): Float32Array {
  const out = output ?? new Float32Array(input.length);
  for (let i = 0; i < input.length; i++) out[i] = DECODE_TABLE[input[i]!]! / 32768;
  return out;
}

/**
 * Encodes one 16-bit linear sample to a G.711 mu-law byte (for fixtures and tests;
 * Tonvo itself only decodes).
 *
 * @param sample - A 16-bit sample; values outside the range are clipped.
 * @returns The mu-law byte.
 * @example
 * ```ts
 * encodeMulawSample(0); // 0xff
 * ```
 * @public
 */
export function encodeMulawSample(sample: number): number {
  let s = Math.round(sample);
  const sign = s < 0 ? 0x80 : 0;
  if (s < 0) s = -s;
  if (s > CLIP) s = CLIP;
  s += BIAS;
  let exponent = 7;
  for (let mask = 0x4000; (s & mask) === 0 && exponent > 0; mask >>= 1) exponent--;
  const mantissa = (s >> (exponent + 3)) & 0x0f;
  return ~(sign | (exponent << 4) | mantissa) & 0xff;
}
