import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAlaw, encodeAlawSample } from './alaw.js';
import { decodeMulaw, encodeMulawSample } from './mulaw.js';

describe('G.711 mu-law', () => {
  it('decodes the reference code points (ITU-T G.711)', () => {
    const d = decodeMulaw(Uint8Array.of(0xff, 0x7f, 0x00, 0x80, 0xfe, 0x7e));
    expect(Array.from(d, (v) => Math.round(v * 32768))).toEqual([0, 0, -32124, 32124, 8, -8]);
  });
  it('round-trips a 16-bit sample within the companding step', () => {
    fc.assert(
      fc.property(fc.integer({ min: -32000, max: 32000 }), (s) => {
        const back = decodeMulaw(Uint8Array.of(encodeMulawSample(s)))[0]! * 32768;
        expect(Math.abs(back - s)).toBeLessThanOrEqual(Math.max(8, Math.abs(s) / 16));
      }),
    );
  });
  it('decodes any bytes to one sample each in [-1, 1]', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const d = decodeMulaw(bytes);
        expect(d.length).toBe(bytes.length);
        for (const v of d) expect(Math.abs(v)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('G.711 A-law', () => {
  it('decodes the reference code points (ITU-T G.711)', () => {
    const d = decodeAlaw(Uint8Array.of(0xd5, 0x55, 0xaa, 0x2a));
    expect(Array.from(d, (v) => Math.round(v * 32768))).toEqual([8, -8, 32256, -32256]);
  });
  it('round-trips a 16-bit sample within the companding step', () => {
    fc.assert(
      fc.property(fc.integer({ min: -32000, max: 32000 }), (s) => {
        const back = decodeAlaw(Uint8Array.of(encodeAlawSample(s)))[0]! * 32768;
        expect(Math.abs(back - s)).toBeLessThanOrEqual(Math.max(16, Math.abs(s) / 16));
      }),
    );
  });
  it('decodes any bytes to one sample each in [-1, 1]', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const d = decodeAlaw(bytes);
        expect(d.length).toBe(bytes.length);
        for (const v of d) expect(Math.abs(v)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
