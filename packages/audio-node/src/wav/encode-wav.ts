import { TonvoError, encodeAlawSample, encodeMulawSample } from '@tonvo/core';

/** What {@link encodeWav} can write. @public */
export type WavEncoding = 'pcm16' | 'float32' | 'mulaw' | 'alaw';

/** Options for {@link encodeWav}. @public */
export interface EncodeWavOptions {
  readonly sampleRateHz: number;
  /** One array per channel, all the same length, samples in [-1, 1]. */
  readonly channels: readonly Float32Array[];
  /** Default `pcm16`. */
  readonly encoding?: WavEncoding;
}

/**
 * Writes a canonical RIFF/WAVE file (for fixtures, samples and tests).
 *
 * @param options - Rate, samples and encoding.
 * @returns The file's bytes.
 * @example
 * ```ts
 * await writeFile('tone.wav', encodeWav({ sampleRateHz: 8000, channels: [samples] }));
 * ```
 * @public
 */
export function encodeWav(options: EncodeWavOptions): Uint8Array {
  const { sampleRateHz, channels } = options;
  const encoding = options.encoding ?? 'pcm16';
  const n = channels[0]?.length ?? 0;
  if (channels.length < 1 || channels.length > 8 || channels.some((c) => c.length !== n))
    throw TonvoError.invalidOption('channels', 'must be 1 to 8 arrays of the same length');
  const bps = encoding === 'pcm16' ? 2 : encoding === 'float32' ? 4 : 1;
  const format = { pcm16: 1, float32: 3, alaw: 6, mulaw: 7 }[encoding];
  const block = bps * channels.length;
  const dataBytes = n * block;
  const out = new Uint8Array(44 + dataBytes);
  const dv = new DataView(out.buffer);
  const text = (at: number, s: string): void => {
    for (let i = 0; i < 4; i++) out[at + i] = s.charCodeAt(i);
  };
  text(0, 'RIFF');
  dv.setUint32(4, 36 + dataBytes, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  dv.setUint32(16, 16, true);
  dv.setUint16(20, format, true);
  dv.setUint16(22, channels.length, true);
  dv.setUint32(24, sampleRateHz, true);
  dv.setUint32(28, sampleRateHz * block, true);
  dv.setUint16(32, block, true);
  dv.setUint16(34, bps * 8, true);
  text(36, 'data');
  dv.setUint32(40, dataBytes, true);
  let at = 44;
  for (let i = 0; i < n; i++) {
    for (const c of channels) {
      const v = Math.max(-1, Math.min(1, c[i]!));
      const s16 = Math.max(-32768, Math.min(32767, Math.round(v * 32768)));
      if (encoding === 'pcm16') dv.setInt16(at, s16, true);
      else if (encoding === 'float32') dv.setFloat32(at, v, true);
      else if (encoding === 'mulaw') out[at] = encodeMulawSample(s16);
      else out[at] = encodeAlawSample(s16);
      at += bps;
    }
  }
  return out;
}
