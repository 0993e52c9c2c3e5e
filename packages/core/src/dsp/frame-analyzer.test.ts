import { describe, expect, it } from 'vitest';
import { concat, noise, praatPitch, speech8k, voice } from '../../test/audio.js';
import { createFrameAnalyzer, type FrameFeatures } from './frame-analyzer.js';

function analyse(x: Float32Array, rate: number, chunk = x.length): FrameFeatures[] {
  const frames: FrameFeatures[] = [];
  const a = createFrameAnalyzer({ sampleRateHz: rate, onFrame: (f) => frames.push({ ...f }) });
  for (let i = 0; i < x.length; i += chunk) a.push(x.subarray(i, i + chunk));
  a.flush();
  return frames;
}

describe('createFrameAnalyzer', () => {
  it('tracks F0 like Praat on espeak-ng speech (golden fixture)', () => {
    const ours = analyse(speech8k(), 8000);
    const praat = praatPitch();
    let agree = 0;
    const errors: number[] = [];
    praat.f0Hz.forEach((f, i) => {
      const t = praat.t1 + i * praat.stepS;
      const o = ours[Math.round(t * 100)]!;
      if (o.voiced === f > 0) agree++;
      if (o.voiced && f > 0) errors.push(Math.abs(o.f0Hz - f) / f);
    });
    errors.sort((a, b) => a - b);
    expect(agree / praat.f0Hz.length).toBeGreaterThan(0.88);
    expect(errors[errors.length >> 1]).toBeLessThan(0.03);
  });

  it('emits one frame every 10 ms centred on its time, whatever the chunking', () => {
    const x = concat(voice(150, 8000, 0.5), noise(8000, 0.25));
    const whole = analyse(x, 8000);
    expect(whole).toHaveLength(Math.ceil(x.length / 80));
    expect(whole.map((f) => f.tMs).slice(0, 3)).toEqual([0, 10, 20]);
    expect(analyse(x, 8000, 37)).toEqual(whole);
  });

  it('calls a steady vowel voiced with its F0 and noise unvoiced', () => {
    const frames = analyse(concat(voice(140, 8000, 0.6), noise(8000, 0.6, 0.05)), 8000);
    const vowel = frames.slice(5, 55);
    const hiss = frames.slice(65, 115);
    expect(vowel.filter((f) => f.voiced).length).toBeGreaterThan(45);
    for (const f of vowel.filter((v) => v.voiced)) expect(f.f0Hz).toBeCloseTo(140, 0);
    expect(hiss.filter((f) => f.voiced).length).toBeLessThan(5);
    expect(hiss[10]!.zcr).toBeGreaterThan(vowel[10]!.zcr);
  });

  it('survives silence, clipping, DC offset and very short input', () => {
    const silent = analyse(new Float32Array(8000), 8000);
    expect(silent.every((f) => !f.voiced && f.energyDbfs === -120)).toBe(true);

    const clipped = voice(200, 8000, 0.5, 3).map((v) => Math.max(-1, Math.min(1, v)));
    const c = analyse(clipped, 8000).slice(5, 45);
    expect(c.every((f) => f.voiced && Math.abs(f.f0Hz - 200) < 2)).toBe(true);

    const dc = voice(160, 8000, 0.5).map((v) => v + 0.4);
    const d = analyse(dc, 8000).slice(5, 45);
    expect(d.every((f) => f.voiced && Math.abs(f.f0Hz - 160) < 2)).toBe(true);

    expect(analyse(new Float32Array(10), 8000)).toHaveLength(1);
    expect(analyse(new Float32Array(0), 8000)).toHaveLength(0);
  });

  it('works at 16 kHz with the same frame times', () => {
    const frames = analyse(voice(210, 16000, 0.5), 16000);
    expect(frames).toHaveLength(50);
    expect(frames[25]!.f0Hz).toBeCloseTo(210, 0);
  });

  it('rejects a hop that is not a whole number of samples', () => {
    expect(() =>
      createFrameAnalyzer({ sampleRateHz: 8000, hopMs: 10.01, onFrame: () => {} }),
    ).toThrow(/hopMs/);
  });
});
