import { TonvoError, bytesPerSample, type SampleEncoding } from '@tonvo/core';

/** What a WAV file holds and where its samples are. @public */
export interface WavHeader {
  readonly encoding: SampleEncoding;
  readonly sampleRateHz: number;
  readonly channels: number;
  readonly bitsPerSample: number;
  /** Bytes per sample frame (all channels). */
  readonly blockAlign: number;
  /** Byte offset of the first sample. */
  readonly dataOffset: number;
  /**
   * Bytes of sample data, as declared (or up to the end of the file when the size was
   * left open by a streaming writer: 0 or 0xFFFFFFFF).
   */
  readonly dataBytes: number;
  /** Whether the data chunk's size was left open. */
  readonly openEnded: boolean;
  /** Whole sample frames in the data. */
  readonly frames: number;
}

const FORMAT_PCM = 0x0001;
const FORMAT_FLOAT = 0x0003;
const FORMAT_ALAW = 0x0006;
const FORMAT_MULAW = 0x0007;
const FORMAT_EXTENSIBLE = 0xfffe;

const ascii = (b: Uint8Array, at: number): string =>
  String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);

function truncated(what: string, offset: number): TonvoError {
  return new TonvoError('truncated', `WAV file ends inside ${what} (at byte ${offset})`, {
    offset,
  });
}
function unsupported(problem: string, offset: number): TonvoError {
  return new TonvoError('unsupported-audio', problem, { offset });
}

function encodingOf(format: number, bits: number, offset: number): SampleEncoding {
  if (format === FORMAT_PCM) {
    if (bits === 8) return 'pcm8';
    if (bits === 16) return 'pcm16';
    if (bits === 24) return 'pcm24';
    if (bits === 32) return 'pcm32';
  } else if (format === FORMAT_FLOAT) {
    if (bits === 32) return 'float32';
    if (bits === 64) return 'float64';
  } else if (format === FORMAT_MULAW && bits === 8) {
    return 'mulaw';
  } else if (format === FORMAT_ALAW && bits === 8) {
    return 'alaw';
  } else if (
    format !== FORMAT_PCM &&
    format !== FORMAT_FLOAT &&
    format !== FORMAT_MULAW &&
    format !== FORMAT_ALAW
  ) {
    throw unsupported(
      `WAV format 0x${format.toString(16).padStart(4, '0')} is not supported (PCM, IEEE float, mu-law and A-law are)`,
      offset,
    );
  }
  throw unsupported(
    `WAV format 0x${format.toString(16)} with ${bits} bits per sample is not supported`,
    offset,
  );
}

/**
 * Reads the header of a RIFF/WAVE file: format, rate, channels and where the samples
 * are. Needs the bytes up to the start of the data chunk (the samples themselves may be
 * absent, e.g. the first 64 KiB of a long file). Throws a {@link TonvoError} with code
 * `invalid-audio` (not a WAV file, missing chunks), `unsupported-audio` (another codec,
 * more than 8 channels) or `truncated` (the header is cut off); it never loops on
 * malformed chunk sizes.
 *
 * @param bytes - The start of the file (or all of it).
 * @param fileBytes - The size of the whole file, when `bytes` is only its start. Default `bytes.length`.
 * @returns The header.
 * @example
 * ```ts
 * const h = parseWavHeader(await readFile('call.wav'));
 * h.sampleRateHz; // 8000
 * ```
 * @public
 */
export function parseWavHeader(bytes: Uint8Array, fileBytes: number = bytes.length): WavHeader {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12) {
    if (bytes.length >= 4 && ascii(bytes, 0) !== 'RIFF')
      throw TonvoError.invalidAudio('not a WAV file (no RIFF header)', { offset: 0 });
    throw truncated('the RIFF header', bytes.length);
  }
  const riff = ascii(bytes, 0);
  if (riff === 'RF64' || riff === 'RIFX')
    throw unsupported(`${riff} WAV files are not supported (little-endian RIFF is)`, 0);
  if (riff !== 'RIFF' || ascii(bytes, 8) !== 'WAVE')
    throw TonvoError.invalidAudio('not a WAV file (no RIFF/WAVE header)', { offset: 0 });

  let at = 12;
  let fmt:
    | { encoding: SampleEncoding; rate: number; channels: number; bits: number; blockAlign: number }
    | undefined;
  for (;;) {
    if (at + 8 > bytes.length) {
      if (at >= fileBytes) break;
      throw truncated('a chunk header', at);
    }
    const id = ascii(bytes, at);
    const size = dv.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ') {
      if (size < 16)
        throw TonvoError.invalidAudio(`fmt chunk is ${size} bytes, needs 16`, { offset: at });
      if (body + 16 > bytes.length) throw truncated('the fmt chunk', bytes.length);
      let format = dv.getUint16(body, true);
      const channels = dv.getUint16(body + 2, true);
      const rate = dv.getUint32(body + 4, true);
      const blockAlign = dv.getUint16(body + 12, true);
      const bits = dv.getUint16(body + 14, true);
      if (format === FORMAT_EXTENSIBLE) {
        if (size < 40)
          throw TonvoError.invalidAudio('extensible fmt chunk is too short', { offset: at });
        if (body + 26 > bytes.length) throw truncated('the fmt chunk', bytes.length);
        format = dv.getUint16(body + 24, true); // first two bytes of the sub-format GUID
      }
      const encoding = encodingOf(format, bits, body);
      if (channels < 1 || channels > 8)
        throw unsupported(`${channels} channels are not supported (1 to 8 are)`, body + 2);
      if (rate < 1000 || rate > 384_000)
        throw TonvoError.invalidAudio(`sample rate ${rate} Hz is not plausible`, {
          offset: body + 4,
        });
      if (blockAlign !== bytesPerSample(encoding) * channels)
        throw TonvoError.invalidAudio(
          `block align ${blockAlign} does not match ${channels} channel(s) of ${bits}-bit samples`,
          { offset: body + 12 },
        );
      fmt = { encoding, rate, channels, bits, blockAlign };
    } else if (id === 'data') {
      if (fmt === undefined)
        throw TonvoError.invalidAudio('data chunk comes before the fmt chunk', { offset: at });
      const available = Math.max(0, fileBytes - body);
      const openEnded = size === 0xffffffff || (size === 0 && available > 0);
      const dataBytes = openEnded ? available : size;
      if (!openEnded && size > available)
        throw new TonvoError(
          'truncated',
          `WAV data chunk declares ${size} bytes but the file holds ${available} after it`,
          { offset: body + available },
        );
      return {
        encoding: fmt.encoding,
        sampleRateHz: fmt.rate,
        channels: fmt.channels,
        bitsPerSample: fmt.bits,
        blockAlign: fmt.blockAlign,
        dataOffset: body,
        dataBytes,
        openEnded,
        frames: Math.floor(dataBytes / fmt.blockAlign),
      };
    }
    // Chunks are padded to an even size. Each step moves forward by at least 8 bytes.
    at = body + size + (size & 1);
  }
  throw TonvoError.invalidAudio(
    fmt === undefined ? 'WAV file has no fmt chunk' : 'WAV file has no data chunk',
    {
      offset: at,
    },
  );
}
