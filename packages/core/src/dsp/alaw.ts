/**
 * G.711 A-law (European telephony).
 * @packageDocumentation
 */

/** Linear 16-bit value of every A-law byte, built once. */
const DECODE_TABLE: Int16Array = (() => {
  const t = new Int16Array(256);
  for (let b = 0; b < 256; b++) {
    const a = b ^ 0x55;
    const exponent = (a >> 4) & 0x07;
    const mantissa = a & 0x0f;
    const magnitude =
      exponent === 0 ? (mantissa << 4) + 8 : ((mantissa << 4) + 0x108) << (exponent - 1);
    t[b] = a & 0x80 ? magnitude : -magnitude;
  }
  return t;
})();

/**
 * Decodes G.711 A-law bytes to floats in [-1, 1) (one byte per sample).
 *
 * @param input - A-law bytes.
 * @param output - Where to write; allocated when absent. Must be at least `input.length` long.
 * @returns The samples (`output` when given).
 * @example
 * ```ts
 * decodeAlaw(new Uint8Array([0xd5])); // ~[0.00024]
 * ```
 * @public
 */
export function decodeAlaw(input: Uint8Array, output?: Float32Array): Float32Array {
  const out = output ?? new Float32Array(input.length);
  for (let i = 0; i < input.length; i++) out[i] = DECODE_TABLE[input[i]!]! / 32768;
  return out;
}

/**
 * Encodes one 16-bit linear sample to a G.711 A-law byte (for fixtures and tests).
 *
 * @param sample - A 16-bit sample; values outside the range are clipped.
 * @returns The A-law byte.
 * @example
 * ```ts
 * encodeAlawSample(0); // 0xd5
 * ```
 * @public
 */
export function encodeAlawSample(sample: number): number {
  let s = Math.round(sample);
  let sign = 0x80;
  if (s < 0) {
    sign = 0;
    s = -s - 1;
  }
  if (s > 32767) s = 32767;
  let byte: number;
  if (s < 256) {
    byte = s >> 4;
  } else {
    let exponent = 7;
    for (let mask = 0x4000; (s & mask) === 0 && exponent > 1; mask >>= 1) exponent--;
    byte = (exponent << 4) | ((s >> (exponent + 3)) & 0x0f);
  }
  return (byte | sign) ^ 0x55;
}
