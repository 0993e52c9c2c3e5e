import { TonvoError } from '../errors/tonvo-error.js';
import { decodeAlaw } from './alaw.js';
import { decodeMulaw } from './mulaw.js';

/**
 * How samples are stored: little-endian integers (`pcm8` is unsigned, as in WAV),
 * IEEE floats, or G.711 companded bytes.
 * @public
 */
export type SampleEncoding =
  'pcm8' | 'pcm16' | 'pcm24' | 'pcm32' | 'float32' | 'float64' | 'mulaw' | 'alaw';

/** All sample encodings. @public */
export const SAMPLE_ENCODINGS: readonly SampleEncoding[] = [
  'pcm8',
  'pcm16',
  'pcm24',
  'pcm32',
  'float32',
  'float64',
  'mulaw',
  'alaw',
];

/** Bytes per sample of each encoding. @public */
export function bytesPerSample(encoding: SampleEncoding): number {
  switch (encoding) {
    case 'pcm8':
    case 'mulaw':
    case 'alaw':
      return 1;
    case 'pcm16':
      return 2;
    case 'pcm24':
      return 3;
    case 'pcm32':
    case 'float32':
      return 4;
    case 'float64':
      return 8;
  }
}

/** Options for {@link createInterleavedDecoder}. @public */
export interface InterleavedDecoderOptions {
  readonly encoding: SampleEncoding;
  /** Interleaved channels, 1 to 8. */
  readonly channels: number;
}

/**
 * Decodes a byte stream of interleaved samples into one float array per channel.
 * Chunks may split a sample or a sample frame anywhere; the remainder is carried to the
 * next chunk. Non-finite float samples decode as 0 and floats are clipped to [-1, 1].
 * @public
 */
export interface InterleavedDecoder {
  readonly encoding: SampleEncoding;
  readonly channels: number;
  /**
   * Decodes a chunk. Returns one array per channel, views of internal buffers valid until
   * the next call.
   */
  decode(bytes: Uint8Array): readonly Float32Array[];
  /** Bytes held back because they did not complete a sample frame. */
  readonly pendingBytes: number;
  /** Sample frames decoded so far. */
  readonly framesDecoded: number;
  /** Drops any partial frame and starts over. */
  reset(): void;
}

/**
 * Creates an {@link InterleavedDecoder}.
 *
 * @param options - Encoding and channel count.
 * @returns The decoder.
 * @example
 * ```ts
 * const dec = createInterleavedDecoder({ encoding: 'mulaw', channels: 1 });
 * const [samples] = dec.decode(payload);
 * ```
 * @public
 */
export function createInterleavedDecoder(options: InterleavedDecoderOptions): InterleavedDecoder {
  const { encoding, channels } = options;
  if (!SAMPLE_ENCODINGS.includes(encoding))
    throw TonvoError.invalidOption(
      'encoding',
      `must be one of ${SAMPLE_ENCODINGS.join(', ')}, got ${String(encoding)}`,
    );
  if (!Number.isInteger(channels) || channels < 1 || channels > 8)
    throw TonvoError.invalidOption('channels', `must be an integer in [1, 8], got ${channels}`);
  const bps = bytesPerSample(encoding);
  const frameBytes = bps * channels;
  const pending = new Uint8Array(frameBytes);
  let pendingLen = 0;
  let decodedFrames = 0;
  let planes: Float32Array[] = Array.from({ length: channels }, () => new Float32Array(1024));
  let scratch = new Float32Array(1024 * channels);

  const ensure = (frames: number): void => {
    if (planes[0]!.length >= frames) return;
    const size = Math.max(frames, planes[0]!.length * 2);
    planes = Array.from({ length: channels }, () => new Float32Array(size));
    scratch = new Float32Array(size * channels);
  };

  const clip = (v: number): number => (v > 1 ? 1 : v < -1 ? -1 : v === v ? v : 0);

  // Decodes whole frames from `src` starting at `offset` into planes at frame `at`.
  const decodeFrames = (src: Uint8Array, offset: number, frames: number, at: number): void => {
    const n = frames * channels;
    if (encoding === 'mulaw' || encoding === 'alaw') {
      const view = src.subarray(offset, offset + n);
      const out = scratch.subarray(0, n);
      if (encoding === 'mulaw') decodeMulaw(view, out);
      else decodeAlaw(view, out);
      for (let i = 0; i < n; i++) planes[i % channels]![at + Math.floor(i / channels)] = out[i]!;
      return;
    }
    const dv = new DataView(src.buffer, src.byteOffset + offset, n * bps);
    for (let f = 0; f < frames; f++) {
      for (let c = 0; c < channels; c++) {
        const p = (f * channels + c) * bps;
        let v: number;
        switch (encoding) {
          case 'pcm8':
            v = (dv.getUint8(p) - 128) / 128;
            break;
          case 'pcm16':
            v = dv.getInt16(p, true) / 32768;
            break;
          case 'pcm24':
            v = (dv.getUint8(p) | (dv.getUint8(p + 1) << 8) | (dv.getInt8(p + 2) << 16)) / 8388608;
            break;
          case 'pcm32':
            v = dv.getInt32(p, true) / 2147483648;
            break;
          case 'float32':
            v = clip(dv.getFloat32(p, true));
            break;
          default:
            v = clip(dv.getFloat64(p, true));
        }
        planes[c]![at + f] = v;
      }
    }
  };

  return {
    encoding,
    channels,
    decode(bytes) {
      const total = pendingLen + bytes.length;
      const frames = Math.floor(total / frameBytes);
      ensure(frames);
      let consumed = 0;
      let at = 0;
      if (pendingLen > 0 && frames > 0) {
        // Complete the carried partial frame first.
        const need = frameBytes - pendingLen;
        pending.set(bytes.subarray(0, need), pendingLen);
        decodeFrames(pending, 0, 1, 0);
        consumed = need;
        at = 1;
        pendingLen = 0;
      }
      const whole = Math.floor((bytes.length - consumed) / frameBytes);
      if (whole > 0) decodeFrames(bytes, consumed, whole, at);
      consumed += whole * frameBytes;
      at += whole;
      const rest = bytes.length - consumed;
      if (rest > 0) {
        pending.set(bytes.subarray(consumed), pendingLen);
        pendingLen += rest;
      }
      decodedFrames += at;
      return planes.map((p) => p.subarray(0, at));
    },
    get pendingBytes() {
      return pendingLen;
    },
    get framesDecoded() {
      return decodedFrames;
    },
    reset() {
      pendingLen = 0;
      decodedFrames = 0;
    },
  };
}
