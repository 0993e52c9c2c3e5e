import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bytesPerSample,
  createInterleavedDecoder,
  SAMPLE_ENCODINGS,
  type SampleEncoding,
} from './interleaved-decoder.js';

function decodeAll(encoding: SampleEncoding, channels: number, chunks: Uint8Array[]): number[][] {
  const dec = createInterleavedDecoder({ encoding, channels });
  const out: number[][] = Array.from({ length: channels }, () => []);
  for (const c of chunks) dec.decode(c).forEach((p, i) => out[i]!.push(...p));
  return out;
}

function split(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const p of points) {
    parts.push(bytes.subarray(at, p));
    at = p;
  }
  parts.push(bytes.subarray(at));
  return parts;
}

describe('createInterleavedDecoder', () => {
  it('de-interleaves stereo PCM16 into one plane per channel', () => {
    const pcm = Int16Array.of(16384, -16384, 8192, -8192);
    const [l, r] = createInterleavedDecoder({ encoding: 'pcm16', channels: 2 }).decode(
      new Uint8Array(pcm.buffer),
    );
    expect(Array.from(l!)).toEqual([0.5, 0.25]);
    expect(Array.from(r!)).toEqual([-0.5, -0.25]);
  });

  it('decodes 8-bit unsigned, 24- and 32-bit ints and floats', () => {
    const one = (encoding: SampleEncoding, bytes: number[]): number =>
      createInterleavedDecoder({ encoding, channels: 1 }).decode(Uint8Array.from(bytes))[0]![0]!;
    expect(one('pcm8', [0x80])).toBe(0);
    expect(one('pcm8', [0x00])).toBe(-1);
    expect(one('pcm24', [0x00, 0x00, 0x40])).toBe(0.5);
    expect(one('pcm24', [0x00, 0x00, 0x80])).toBe(-1);
    expect(one('pcm32', [0, 0, 0, 0xc0])).toBe(-0.5);
    expect(one('float32', Array.from(new Uint8Array(Float32Array.of(0.25).buffer)))).toBe(0.25);
    expect(one('float64', Array.from(new Uint8Array(Float64Array.of(-0.75).buffer)))).toBe(-0.75);
  });

  it('decodes long companded stereo chunks completely', () => {
    const bytes = Uint8Array.from({ length: 6000 }, (_, i) => (i * 7) % 256);
    const [l, r] = createInterleavedDecoder({ encoding: 'alaw', channels: 2 }).decode(bytes);
    const mono = createInterleavedDecoder({ encoding: 'alaw', channels: 1 }).decode(bytes)[0]!;
    expect(l).toHaveLength(3000);
    for (let i = 0; i < 3000; i++) {
      expect(l![i]).toBe(mono[2 * i]);
      expect(r![i]).toBe(mono[2 * i + 1]);
    }
  });

  it('turns NaN and out-of-range floats into safe samples', () => {
    const bytes = new Uint8Array(Float32Array.of(NaN, 4, -Infinity).buffer);
    expect(
      Array.from(createInterleavedDecoder({ encoding: 'float32', channels: 1 }).decode(bytes)[0]!),
    ).toEqual([0, 1, -1]);
  });

  it('gives the same samples however the bytes are chunked, and never throws', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SAMPLE_ENCODINGS),
        fc.integer({ min: 1, max: 3 }),
        fc.uint8Array({ maxLength: 600 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (encoding, channels, bytes, cuts) => {
          const whole = decodeAll(encoding, channels, [bytes]);
          const chunked = decodeAll(encoding, channels, split(bytes, cuts));
          expect(chunked).toEqual(whole);
          const frames = Math.floor(bytes.length / (bytesPerSample(encoding) * channels));
          for (const plane of whole) {
            expect(plane).toHaveLength(frames);
            for (const v of plane) expect(Math.abs(v)).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });

  it('rejects bad options by name', () => {
    expect(() => createInterleavedDecoder({ encoding: 'pcm16', channels: 0 })).toThrow(/channels/);
    expect(() =>
      createInterleavedDecoder({ encoding: 'opus' as SampleEncoding, channels: 1 }),
    ).toThrow(/encoding/);
  });
});
