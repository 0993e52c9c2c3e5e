import fc from 'fast-check';
import { isTonvoError } from '@tonvo/core';
import { describe, expect, it } from 'vitest';
import { decodeWav } from './decode-wav.js';
import { encodeWav, type WavEncoding } from './encode-wav.js';
import { parseWavHeader } from './wav-header.js';

const tone = (n: number, hz = 440, rate = 8000): Float32Array =>
  Float32Array.from({ length: n }, (_, i) => 0.5 * Math.sin((2 * Math.PI * hz * i) / rate));

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (e) {
    if (!isTonvoError(e)) throw e;
    return e.code;
  }
};

describe('WAV reading', () => {
  it.each<[WavEncoding, number]>([
    ['pcm16', 1 / 32768],
    ['float32', 1e-7],
    ['mulaw', 0.02],
    ['alaw', 0.02],
  ])('round-trips stereo %s', (encoding, tolerance) => {
    const left = tone(800);
    const right = tone(800, 1000);
    const bytes = encodeWav({ sampleRateHz: 8000, channels: [left, right], encoding });
    const { header, channels } = decodeWav(bytes);
    expect(header).toMatchObject({ encoding, sampleRateHz: 8000, channels: 2, frames: 800 });
    for (let i = 0; i < 800; i++) {
      expect(Math.abs(channels[0]![i]! - left[i]!)).toBeLessThanOrEqual(tolerance + 1e-6);
      expect(Math.abs(channels[1]![i]! - right[i]!)).toBeLessThanOrEqual(tolerance + 1e-6);
    }
  });

  it('skips metadata chunks (odd sizes padded) and reads WAVE_FORMAT_EXTENSIBLE', () => {
    const plain = encodeWav({ sampleRateHz: 16000, channels: [tone(10)] });
    // RIFF header, a 3-byte LIST chunk (+1 pad), then an extensible fmt and the data.
    const list = Uint8Array.of(...[...'LIST'].map((c) => c.charCodeAt(0)), 3, 0, 0, 0, 1, 2, 3, 0);
    const fmt = new Uint8Array(8 + 40);
    const dv = new DataView(fmt.buffer);
    fmt.set([...'fmt '].map((c) => c.charCodeAt(0)));
    dv.setUint32(4, 40, true);
    dv.setUint16(8, 0xfffe, true);
    dv.setUint16(10, 1, true);
    dv.setUint32(12, 16000, true);
    dv.setUint32(16, 32000, true);
    dv.setUint16(20, 2, true);
    dv.setUint16(22, 16, true);
    dv.setUint16(24, 22, true);
    dv.setUint16(26, 16, true);
    dv.setUint16(32, 0x0001, true); // sub-format: PCM
    const data = plain.subarray(36);
    const file = new Uint8Array(12 + list.length + fmt.length + data.length);
    file.set(plain.subarray(0, 12));
    file.set(list, 12);
    file.set(fmt, 12 + list.length);
    file.set(data, 12 + list.length + fmt.length);
    const { header, channels } = decodeWav(file);
    expect(header).toMatchObject({ encoding: 'pcm16', sampleRateHz: 16000, frames: 10 });
    expect(channels[0]![3]).toBeCloseTo(tone(10)[3]!, 4);
  });

  it('reads an open-ended data chunk (size 0xFFFFFFFF) to the end of the file', () => {
    const bytes = encodeWav({ sampleRateHz: 8000, channels: [tone(100)] });
    new DataView(bytes.buffer).setUint32(40, 0xffffffff, true);
    expect(parseWavHeader(bytes)).toMatchObject({ openEnded: true, frames: 100 });
  });

  it('says which kind of problem a bad file has', () => {
    const good = encodeWav({ sampleRateHz: 8000, channels: [tone(100)] });
    expect(
      codeOf(() => parseWavHeader(new TextEncoder().encode('ID3 not a wav file at all'))),
    ).toBe('invalid-audio');
    expect(codeOf(() => parseWavHeader(good.subarray(0, 6)))).toBe('truncated');
    expect(codeOf(() => parseWavHeader(good.subarray(0, 30)))).toBe('truncated');
    expect(codeOf(() => parseWavHeader(good.subarray(0, 100)))).toBe('truncated'); // data cut short
    const mp3 = good.slice();
    new DataView(mp3.buffer).setUint16(20, 0x0055, true);
    expect(codeOf(() => parseWavHeader(mp3))).toBe('unsupported-audio');
    const noData = good.slice(0, 36);
    new DataView(noData.buffer).setUint32(4, 28, true);
    expect(codeOf(() => parseWavHeader(noData))).toBe('invalid-audio');
  });

  it('never crashes, hangs or throws anything but a typed error on arbitrary bytes', () => {
    const good = encodeWav({ sampleRateHz: 8000, channels: [tone(64), tone(64)] });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          // Valid header, then random corruption and truncation.
          fc
            .tuple(
              fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), {
                maxLength: 6,
              }),
              fc.nat(good.length),
            )
            .map(([edits, cut]) => {
              const b = good.slice(0, Math.max(cut, 1));
              for (const [at, v] of edits) if (at < b.length) b[at] = v;
              return b;
            }),
        ),
        (bytes) => {
          try {
            const { header, channels } = decodeWav(bytes);
            expect(channels).toHaveLength(header.channels);
            for (const c of channels) expect(c.length).toBe(header.frames);
          } catch (e) {
            expect(isTonvoError(e)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
