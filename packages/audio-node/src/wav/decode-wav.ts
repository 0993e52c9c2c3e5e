import { createInterleavedDecoder } from '@tonvo/core';
import { parseWavHeader, type WavHeader } from './wav-header.js';

/** A decoded WAV file: one float array per channel. @public */
export interface DecodedWav {
  readonly header: WavHeader;
  /** Samples in [-1, 1], one array per channel. */
  readonly channels: readonly Float32Array[];
}

/**
 * Decodes a whole WAV file held in memory (PCM 8/16/24/32-bit, IEEE float 32/64,
 * mu-law, A-law; mono, stereo or up to 8 channels). Errors are {@link parseWavHeader}'s.
 * A trailing partial sample frame is ignored.
 *
 * @param bytes - The file.
 * @returns The header and the samples.
 * @example
 * ```ts
 * const { header, channels } = decodeWav(await readFile('call.wav'));
 * ```
 * @public
 */
export function decodeWav(bytes: Uint8Array): DecodedWav {
  const header = parseWavHeader(bytes);
  const data = bytes.subarray(
    header.dataOffset,
    header.dataOffset + header.frames * header.blockAlign,
  );
  const decoder = createInterleavedDecoder({
    encoding: header.encoding,
    channels: header.channels,
  });
  const planes = decoder.decode(data);
  return { header, channels: planes.map((p) => p.slice()) };
}
