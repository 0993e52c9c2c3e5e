import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { float32ToPcm16, pcm16ToFloat32 } from './pcm.js';

describe('PCM16 <-> float', () => {
  it('maps full scale to [-1, 1) and back exactly', () => {
    const pcm = Int16Array.of(-32768, -1, 0, 1, 16384, 32767);
    const f = pcm16ToFloat32(pcm);
    expect(Array.from(f)).toEqual([-1, -1 / 32768, 0, 1 / 32768, 0.5, 32767 / 32768]);
    expect(Array.from(float32ToPcm16(f))).toEqual(Array.from(pcm));
  });

  it('clips out-of-range floats and turns NaN into silence', () => {
    expect(Array.from(float32ToPcm16(Float32Array.of(2, -2, NaN, Infinity)))).toEqual([
      32767, -32768, 0, 32767,
    ]);
  });

  it('round-trips any 16-bit signal', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -32768, max: 32767 })), (xs) => {
        const pcm = Int16Array.from(xs);
        expect(Array.from(float32ToPcm16(pcm16ToFloat32(pcm)))).toEqual(xs);
      }),
    );
  });
});
