import { describe, expect, it } from 'vitest';
import { evidenceOf, interpretEmotionScores } from './interpret-scores.js';
import { TEXT_EMOTION_MANIFEST as manifest } from './text-emotion-manifest.js';

const labels = manifest.outputs[0]?.labels ?? [];
const thresholds = manifest.outputs[0]?.thresholds ?? [];

/** An emotions row with every label well under its threshold except the given ones. */
function row(on: Record<string, number>): Float32Array {
  return Float32Array.from(labels, (l, i) => on[l] ?? (thresholds[i] as number) * 0.1);
}
const sentiment = (pos: number, neg: number): Float32Array =>
  Float32Array.from([pos, neg, 0, 1 - pos - neg]);

describe('evidenceOf', () => {
  it("puts each label's threshold at 0.5 and keeps 0 and 1 fixed", () => {
    expect(evidenceOf(0, 0.2)).toBe(0);
    expect(evidenceOf(0.2, 0.2)).toBe(0.5);
    expect(evidenceOf(1, 0.2)).toBe(1);
    expect(evidenceOf(0.1, 0.2)).toBeCloseTo(0.25);
    expect(evidenceOf(0.6, 0.2)).toBeCloseTo(0.75);
  });
});

describe('interpretEmotionScores (label-to-state mapping)', () => {
  const cases: [Record<string, number>, string][] = [
    [{ annoyance: 0.9 }, 'frustrated'],
    [{ anger: 0.95 }, 'frustrated'],
    [{ disapproval: 0.9 }, 'frustrated'],
    [{ disgust: 0.9 }, 'frustrated'],
    [{ confusion: 0.9 }, 'confused'],
    [{ sadness: 0.9 }, 'distressed'],
    [{ fear: 0.9 }, 'distressed'],
    [{ nervousness: 0.9 }, 'distressed'],
    [{ disappointment: 0.9 }, 'distressed'],
    [{ grief: 0.9 }, 'distressed'],
    [{ remorse: 0.9 }, 'distressed'],
    [{ relief: 0.9 }, 'relieved'],
    [{ gratitude: 0.95 }, 'relieved'],
    [{ joy: 0.9 }, 'positive'],
    [{ love: 0.9 }, 'positive'],
    [{ admiration: 0.9 }, 'positive'],
    [{ neutral: 0.9 }, 'neutral'],
    [{ curiosity: 0.9 }, 'neutral'],
    [{}, 'neutral'],
  ];
  it.each(cases)('%o reads as %s', (on, state) => {
    const a = interpretEmotionScores({
      manifest,
      outputs: { emotions: row(on), sentiment: sentiment(0, 0) },
    });
    expect(a.state).toBe(state);
    for (const [l] of Object.entries(on)) expect(a.predicted).toContain(l);
  });

  it('gives the stronger state when two are present, and evidence for both', () => {
    const a = interpretEmotionScores({
      manifest,
      outputs: { emotions: row({ confusion: 0.97, annoyance: 0.5 }), sentiment: sentiment(0, 0.3) },
    });
    expect(a.states.confused).toBeGreaterThan(a.states.frustrated);
    expect(a.states.frustrated).toBeGreaterThanOrEqual(0.5);
    expect(a.state).toBe('confused');
  });

  it('scores sentiment from the sentiment head with the manifest weights and cuts', () => {
    // the head alone (no mix with the labels), so the score is plain P(pos) - P(neg)
    const headOnly = {
      ...manifest,
      outputs: manifest.outputs.map((o) =>
        o.mix === undefined ? o : { ...o, mix: { ...o.mix, headWeight: 1 } },
      ),
    };
    const neg = interpretEmotionScores({
      manifest: headOnly,
      outputs: { emotions: row({}), sentiment: sentiment(0.05, 0.9) },
    });
    expect(neg.sentiment).toBeCloseTo(-0.85, 5);
    expect(neg.sentimentLabel).toBe('negative');
    // mixed as shipped: a strong negative label pulls the score down on its own
    const mixed = interpretEmotionScores({
      manifest,
      outputs: { emotions: row({ anger: 0.95 }), sentiment: sentiment(0.05, 0.5) },
    });
    expect(mixed.sentimentLabel).toBe('negative');
    const pos = interpretEmotionScores({
      manifest: headOnly,
      outputs: { emotions: row({}), sentiment: sentiment(0.9, 0.05) },
    });
    expect(pos.sentimentLabel).toBe('positive');
    const neutral = interpretEmotionScores({
      manifest: headOnly,
      outputs: { emotions: row({}), sentiment: sentiment(0.02, 0.02) },
    });
    expect(neutral.sentimentLabel).toBe('neutral');
  });

  it("labels sentiment by the offset argmax under labelRule 'argmax', leaving the score", () => {
    const headOnly = {
      ...manifest,
      outputs: manifest.outputs.map((o) =>
        o.mix === undefined ? o : { ...o, mix: { ...o.mix, headWeight: 1 } },
      ),
    };
    const argmax: typeof manifest = {
      ...headOnly,
      sentiment: {
        ...headOnly.sentiment,
        labelRule: 'argmax',
        offsets: { positive: -0.2, negative: 0.35 },
      },
    };
    const read = (m: typeof manifest, pos: number, neg: number) =>
      interpretEmotionScores({
        manifest: m,
        outputs: { emotions: row({}), sentiment: sentiment(pos, neg) },
      });
    // score 0.5 is past the positive cut, but 0.5 neutral beats 0.5 - 0.2 and 0 + 0.35
    expect(read(headOnly, 0.5, 0).sentimentLabel).toBe('positive');
    expect(read(argmax, 0.5, 0).sentimentLabel).toBe('neutral');
    // score +0.1 is between the cuts, but 0.2 + 0.35 beats 0.5 neutral and 0.3 - 0.2
    expect(read(headOnly, 0.3, 0.2).sentimentLabel).toBe('neutral');
    const negative = read(argmax, 0.3, 0.2);
    expect(negative.sentimentLabel).toBe('negative');
    expect(negative.sentiment).toBeCloseTo(read(headOnly, 0.3, 0.2).sentiment, 6);
    expect(negative.sentiment).toBeCloseTo(0.1, 5);
    // where the offset argmax agrees with the cuts
    expect(read(argmax, 0.9, 0.05).sentimentLabel).toBe('positive');
  });

  it('explains itself with cues and keeps all 28 probabilities', () => {
    const a = interpretEmotionScores({
      manifest,
      outputs: { emotions: row({ annoyance: 0.8 }), sentiment: sentiment(0, 0.8) },
    });
    expect(Object.keys(a.labels)).toHaveLength(28);
    expect(a.cues).toContain('model "annoyance" 0.8');
  });
});

describe('interpretEmotionScores (grouped heads mixed with their member labels)', () => {
  const ekman = manifest.outputs.find((o) => o.name === 'ekman');
  const withMix = (headWeight: number): typeof manifest => ({
    ...manifest,
    outputs: manifest.outputs.map((o) =>
      o.name === 'ekman' && o.mix !== undefined ? { ...o, mix: { ...o.mix, headWeight } } : o,
    ),
  });
  const head = Float32Array.from({ length: 7 }, () => 0.1);

  it('reads a group as its head alone, its strongest member label alone, or a blend', () => {
    const anger = ekman?.labels.indexOf('anger') ?? -1;
    expect(ekman?.mix?.members[anger]).toEqual(['anger', 'annoyance', 'disapproval']);
    const emotions = row({ annoyance: 0.7, anger: 0.3 });
    const read = (w: number): number =>
      interpretEmotionScores({ manifest: withMix(w), outputs: { emotions, ekman: head } }).outputs
        .ekman?.[anger] as number;
    expect(read(1)).toBeCloseTo(0.1, 6);
    expect(read(0)).toBeCloseTo(0.7, 6);
    expect(read(0.25)).toBeCloseTo(0.25 * 0.1 + 0.75 * 0.7, 6);
  });

  it('leaves the 28 labels as the model gave them', () => {
    const emotions = row({ joy: 0.8 });
    const a = interpretEmotionScores({ manifest: withMix(0), outputs: { emotions, ekman: head } });
    expect(a.outputs.emotions).toBe(emotions);
    expect(a.labels.joy).toBeCloseTo(0.8, 6);
  });
});
