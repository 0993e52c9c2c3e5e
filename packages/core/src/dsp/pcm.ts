/**
 * PCM sample conversions between 16-bit integers and floats in [-1, 1).
 * @packageDocumentation
 */

/**
 * Converts signed 16-bit samples to floats in [-1, 1) (divides by 32768).
 *
 * @param input - 16-bit samples.
 * @param output - Where to write; allocated when absent. Must be at least `input.length` long.
 * @returns The float samples (`output` when given).
 * @example
 * ```ts
 * pcm16ToFloat32(new Int16Array([16384, -32768])); // Float32Array [0.5, -1]
 * ```
 * @public
 */
export function pcm16ToFloat32(input: Int16Array, output?: Float32Array): Float32Array {
  const out = output ?? new Float32Array(input.length);
  for (let i = 0; i < input.length; i++) out[i] = input[i]! / 32768;
  return out;
}

/**
 * Converts floats to signed 16-bit samples, rounding and clipping to [-32768, 32767].
 * NaN becomes 0.
 *
 * @param input - Float samples, nominally in [-1, 1].
 * @param output - Where to write; allocated when absent.
 * @returns The 16-bit samples (`output` when given).
 * @example
 * ```ts
 * float32ToPcm16(new Float32Array([0.5, 2])); // Int16Array [16384, 32767]
 * ```
 * @public
 */
export function float32ToPcm16(input: Float32Array, output?: Int16Array): Int16Array {
  const out = output ?? new Int16Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const v = Math.round(input[i]! * 32768);
    out[i] = v > 32767 ? 32767 : v < -32768 ? -32768 : v === v ? v : 0;
  }
  return out;
}
