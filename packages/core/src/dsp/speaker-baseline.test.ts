import { describe, expect, it } from 'vitest';
import { createSpeakerBaseline, type ProsodyFeatures } from './speaker-baseline.js';

let t = 0;
const win = (over: Partial<ProsodyFeatures> = {}): ProsodyFeatures => {
  const startMs = t;
  t += 1000;
  return {
    startMs,
    endMs: startMs + 1000,
    pitchMedianHz: 120,
    pitchRangeHz: 30,
    energyDbfs: -26,
    speakingRate: 2.4,
    voicedRatio: 0.6,
    ...over,
  };
};
/** A calm speaker with a little natural variation. */
const calm = (i: number): ProsodyFeatures =>
  win({
    pitchMedianHz: 120 + (i % 5) * 2,
    energyDbfs: -26 + (i % 3),
    speakingRate: 2.4 + (i % 4) * 0.1,
  });

describe('createSpeakerBaseline', () => {
  it('does not judge until it has heard enough of the speaker', () => {
    const b = createSpeakerBaseline({ warmupVoicedMs: 3000 });
    expect(b.observe(calm(0))).toEqual({ arousal: 0, pace: 0, judged: false });
    for (let i = 1; i < 6; i++) b.observe(calm(i));
    expect(b.assess(calm(6)).judged).toBe(true);
  });

  it('scores the speaker against their own usual voice, not absolute levels', () => {
    const b = createSpeakerBaseline();
    for (let i = 0; i < 30; i++) b.observe(calm(i));
    expect(Math.abs(b.assess(calm(3)).arousal)).toBeLessThan(0.25);
    const raised = b.assess(win({ pitchMedianHz: 165, pitchRangeHz: 70, energyDbfs: -16 }));
    expect(raised.arousal).toBeGreaterThan(0.6);
    const flat = b.assess(win({ pitchMedianHz: 105, pitchRangeHz: 10, energyDbfs: -33 }));
    expect(flat.arousal).toBeLessThan(-0.5);

    // The same raised window is ordinary for a speaker who always sounds like that.
    const loud = createSpeakerBaseline();
    for (let i = 0; i < 30; i++)
      loud.observe(
        win({ pitchMedianHz: 165 + (i % 5) * 2, pitchRangeHz: 70, energyDbfs: -16 + (i % 3) }),
      );
    expect(
      Math.abs(loud.assess(win({ pitchMedianHz: 167, pitchRangeHz: 70, energyDbfs: -15 })).arousal),
    ).toBeLessThan(0.3);
  });

  it('scores pace from syllables per voiced second, so pauses do not read as slow speech', () => {
    const b = createSpeakerBaseline();
    for (let i = 0; i < 30; i++) b.observe(calm(i));
    expect(b.assess(win({ speakingRate: 4.2 })).pace).toBeGreaterThan(0.6);
    expect(b.assess(win({ speakingRate: 1.2 })).pace).toBeLessThan(-0.6);
    // Half the speech time and half the syllables: the same articulation rate.
    expect(Math.abs(b.assess(win({ speakingRate: 1.25, voicedRatio: 0.3 })).pace)).toBeLessThan(
      0.3,
    );
  });

  it('neither judges nor learns windows with too little speech', () => {
    const b = createSpeakerBaseline();
    for (let i = 0; i < 30; i++) b.observe(calm(i));
    const before = b.getSnapshot();
    expect(b.observe(win({ voicedRatio: 0.05, energyDbfs: -60 })).judged).toBe(false);
    expect(b.getSnapshot()).toBe(before);
  });

  it('is deterministic and keeps scores in [-1, 1] for any input', () => {
    const run = (): number[] => {
      const b = createSpeakerBaseline();
      const out: number[] = [];
      for (let i = 0; i < 200; i++) {
        const a = b.observe(
          win({
            pitchMedianHz: 60 + ((i * 37) % 500),
            energyDbfs: -90 + ((i * 13) % 90),
            speakingRate: (i * 7) % 15,
          }),
        );
        out.push(a.arousal, a.pace);
      }
      return out;
    };
    const a = run();
    expect(run()).toEqual(a);
    for (const v of a) expect(Math.abs(v)).toBeLessThanOrEqual(1);
  });

  it('holds constant memory however long the call (a 4-hour call of 1 s windows)', () => {
    const b = createSpeakerBaseline();
    for (let i = 0; i < 4 * 3600; i++) b.learn(calm(i));
    const s = b.getSnapshot();
    expect(s.voicedMs).toBeCloseTo(4 * 3600 * 600, -3);
    expect(s.pitchMedianHz).toBeGreaterThan(118);
    expect(s.pitchMedianHz).toBeLessThan(130);
  });

  it('rejects bad options by name', () => {
    expect(() => createSpeakerBaseline({ minVoicedRatio: 2 })).toThrow(/minVoicedRatio/);
    expect(() => createSpeakerBaseline({ scale: 0 })).toThrow(/scale/);
  });
});
