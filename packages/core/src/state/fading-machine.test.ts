import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMOTIONAL_STATES } from '../perception/text-analyzer.js';
import { FadingMachine } from './fading-machine.js';
import {
  initialSentimentState,
  transition,
  type SentimentEffect,
  type SentimentInput,
  type SentimentMachineState,
} from './sentiment-machine.js';
import { getDefaultSentimentParams } from './sentiment-params.js';

const params = getDefaultSentimentParams();

/** An input after a gap: words with some evidence, a voice window, or time alone. */
const step = fc.record({
  gapMs: fc.oneof(
    fc.integer({ min: 0, max: 3000 }),
    fc.double({ min: 0, max: 90_000, noNaN: true }),
  ),
  kind: fc.constantFrom('text', 'prosody', 'time', 'time', 'time', 'time'),
  state: fc.constantFrom(...EMOTIONAL_STATES),
  weight: fc.double({ min: 0, max: 1, noNaN: true }),
  sentiment: fc.double({ min: -1, max: 1, noNaN: true }),
  arousal: fc.double({ min: -1, max: 1, noNaN: true }),
  pace: fc.double({ min: -1, max: 1, noNaN: true }),
});

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function inputOf(s: Step, atMs: number, k: number): SentimentInput {
  if (s.kind === 'time') return { type: 'time', atMs };
  if (s.kind === 'prosody') {
    return {
      type: 'prosody',
      atMs,
      window: { startMs: atMs - 1000, endMs: atMs },
      arousal: s.arousal,
      pace: s.pace,
    };
  }
  const states = { positive: 0, frustrated: 0, confused: 0, distressed: 0, relieved: 0 };
  states[s.state] = s.weight;
  return {
    type: 'text',
    atMs,
    utteranceId: `u${k}`,
    analysis: { sentiment: s.sentiment, states, cues: [] },
  };
}

describe('FadingMachine', () => {
  it('reads exactly what transition gives step by step, effects included (property)', () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 60 }),
        fc.array(fc.boolean(), { maxLength: 60 }),
        (steps, reads) => {
          let chain: SentimentMachineState = initialSentimentState();
          const machine = new FadingMachine(initialSentimentState(), params);
          let atMs = 0;
          steps.forEach((s, k) => {
            atMs += s.gapMs;
            const input = inputOf(s, atMs, k);
            const [next, expected] = transition(chain, input, params);
            chain = next;
            const effects: SentimentEffect[] =
              input.type === 'time' ? machine.fade(atMs) : machine.apply(input).effects;
            expect(effects).toStrictEqual(expected);
            expect(machine.state).toBe(chain.state);
            expect(machine.score).toBe(chain.score);
            expect(machine.updatedAtMs).toBe(chain.updatedAtMs);
            // Reading now and then, or only at the end, changes nothing.
            if (reads[k] === true) expect(machine.read()).toStrictEqual(chain);
          });
          expect(machine.read()).toStrictEqual(chain);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('fades a frustrated speaker back to neutral at the step transition does', () => {
    const angry = { positive: 0, frustrated: 0.95, confused: 0, distressed: 0, relieved: 0 };
    let chain = initialSentimentState();
    for (const atMs of [0, 10]) {
      chain = transition(
        chain,
        {
          type: 'text',
          atMs,
          utteranceId: `u${atMs}`,
          analysis: { sentiment: -0.8, states: angry, cues: [] },
        },
        params,
      )[0];
    }
    expect(chain.state).toBe('frustrated');
    const machine = new FadingMachine(chain, params);
    let faded: number | undefined;
    for (let atMs = 1010; faded === undefined && atMs < 600_000; atMs += 1000) {
      const expected = transition(chain, { type: 'time', atMs }, params);
      chain = expected[0];
      const effects = machine.fade(atMs);
      expect(effects).toStrictEqual(expected[1]);
      if (effects.some((e) => e.type === 'stateChange')) faded = atMs;
    }
    expect(faded).toBeDefined();
    expect(machine.read()).toStrictEqual(chain);
    expect(machine.state).toBe('neutral');
  });
});
