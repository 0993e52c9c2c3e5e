import type {
  SentimentSample,
  SentimentState,
  Speaker,
  Trajectory,
  TrajectoryArc,
} from '../events/types.js';

/** Most samples kept per speaker; older ones are thinned (state changes are kept). @internal */
export const MAX_TRAJECTORY_SAMPLES = 240;

/**
 * Records a speaker's sentiment samples with bounded memory: when full, every other
 * sample is dropped except those where the state changed, while start, end, min and
 * max are tracked exactly.
 * @internal
 */
export class TrajectoryRecorder {
  readonly speaker: Speaker;
  #samples: SentimentSample[] = [];
  #first: SentimentSample | undefined;
  #last: SentimentSample | undefined;
  #min: SentimentSample | undefined;
  #max: SentimentSample | undefined;
  #changes = 0;

  constructor(speaker: Speaker) {
    this.speaker = speaker;
  }

  add(sample: SentimentSample): void {
    const prev = this.#last;
    if (prev !== undefined && prev.state !== sample.state) this.#changes++;
    this.#first ??= sample;
    this.#last = sample;
    if (this.#min === undefined || sample.score < this.#min.score) this.#min = sample;
    if (this.#max === undefined || sample.score > this.#max.score) this.#max = sample;
    this.#samples.push(sample);
    if (this.#samples.length > MAX_TRAJECTORY_SAMPLES) this.#thin();
  }

  get samples(): readonly SentimentSample[] {
    return this.#samples;
  }

  #thin(): void {
    const s = this.#samples;
    const kept: SentimentSample[] = [];
    for (let i = 0; i < s.length; i++) {
      const cur = s[i]!;
      const changed = i > 0 && s[i - 1]!.state !== cur.state;
      if (i % 2 === 0 || changed || i === s.length - 1 || cur === this.#min || cur === this.#max)
        kept.push(cur);
    }
    this.#samples =
      kept.length > MAX_TRAJECTORY_SAMPLES
        ? kept.filter((_, i) => i % 2 === 0 || i === kept.length - 1)
        : kept;
  }

  toTrajectory(): Trajectory {
    const first = this.#first;
    const last = this.#last;
    const min = this.#min;
    const max = this.#max;
    const neutral = (
      s: SentimentSample | undefined,
      pick: 'score' | 'state',
    ): number | SentimentState => (s === undefined ? (pick === 'score' ? 0 : 'neutral') : s[pick]);
    const startScore = neutral(first, 'score') as number;
    const endScore = neutral(last, 'score') as number;
    const minScore = neutral(min, 'score') as number;
    const maxScore = neutral(max, 'score') as number;
    return {
      speaker: this.speaker,
      samples: this.#samples,
      startScore,
      endScore,
      minScore,
      minAtMs: min?.atMs ?? 0,
      maxScore,
      arc: arcOf(startScore, endScore, minScore, maxScore, this.#changes),
      startState: neutral(first, 'state') as SentimentState,
      endState: neutral(last, 'state') as SentimentState,
    };
  }
}

/**
 * Names the shape of a trajectory: `recovered` (dipped, then came back), `improved`,
 * `declined`, `volatile` (many swings) or `steady`.
 * @public
 */
export function arcOf(
  start: number,
  end: number,
  min: number,
  max: number,
  stateChanges: number,
): TrajectoryArc {
  if (min <= start - 0.2 && min <= -0.25 && end >= min + 0.35) return 'recovered';
  if (end >= start + 0.25) return 'improved';
  if (end <= start - 0.25) return 'declined';
  if (max - min >= 0.8 && stateChanges >= 4) return 'volatile';
  return 'steady';
}
