import { describe, expect, it } from 'vitest';
import { speech8k } from '../../test/audio.js';
import { createProsodyAnalyzer } from './prosody-analyzer.js';
import { createSyllableNucleiDetector } from './syllable-nuclei.js';

describe('createSyllableNucleiDetector', () => {
  it('counts one nucleus per voiced burst in a level contour', () => {
    const found: number[] = [];
    const d = createSyllableNucleiDetector({ hopMs: 10, onNucleus: (_, t) => found.push(t) });
    // 8 bursts of 120 ms at -20 dB, 80 ms gaps at -60 dB.
    for (let b = 0; b < 8; b++) {
      for (let i = 0; i < 12; i++) d.push(-20 - Math.abs(i - 6), true);
      for (let i = 0; i < 8; i++) d.push(-60, false);
    }
    d.flush();
    expect(found).toHaveLength(8);
    expect(found[0]).toBe(60);
  });

  it('ignores peaks that are unvoiced or do not rise out of a dip', () => {
    const found: number[] = [];
    const d = createSyllableNucleiDetector({ hopMs: 10, onNucleus: (_, t) => found.push(t) });
    for (let i = 0; i < 30; i++) d.push(-20 - Math.abs(i - 15), false); // unvoiced burst
    for (let i = 0; i < 30; i++) d.push(-20 + (i % 2) * 0.5, true); // flat vowel with ripple
    d.flush();
    expect(found).toHaveLength(1);
  });

  it('counts the syllables of espeak-ng speech within 10% (36 syllables)', () => {
    let count = 0;
    const a = createProsodyAnalyzer({
      speaker: 'agent',
      sampleRateHz: 8000,
      onWindow: () => {},
      onNucleus: () => count++,
    });
    a.push(speech8k());
    a.flush();
    expect(Math.abs(count - 36) / 36).toBeLessThanOrEqual(0.1);
  });
});
