import { describe, expect, test } from 'vitest';
import { evidenceCueLines } from './evidence-cues.js';

describe('evidenceCueLines', () => {
  test('drops trailing figures and counts repeats, first appearance first', () => {
    expect(
      evidenceCueLines([
        'voice louder/higher than usual (arousal 0.82)',
        'speaking faster than usual (pace 0.89)',
        'voice louder/higher than usual (arousal 0.88)',
        'phrase "This is ridiculous": frustrated',
        'model "annoyance" 0.83',
        'voice louder/higher than usual (arousal -0.10)',
      ]),
    ).toEqual([
      'voice louder/higher than usual (×3)',
      'speaking faster than usual',
      'phrase "This is ridiculous": frustrated',
      'model "annoyance" 0.83',
    ]);
  });

  test('keeps a parenthesis that holds no figure', () => {
    expect(evidenceCueLines(['word "really worried" (intensified): distressed', 'x (y)'])).toEqual([
      'word "really worried" (intensified): distressed',
      'x (y)',
    ]);
  });
});
