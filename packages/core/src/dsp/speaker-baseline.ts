import type { ProsodyWindowEvent } from '../events/types.js';
import { TonvoError } from '../errors/tonvo-error.js';
import { createRunningHistogram, type RunningHistogram } from './running-histogram.js';

/** The raw features of a prosody window that a baseline judges. @public */
export type ProsodyFeatures = Pick<
  ProsodyWindowEvent,
  | 'startMs'
  | 'endMs'
  | 'pitchMedianHz'
  | 'pitchRangeHz'
  | 'energyDbfs'
  | 'speakingRate'
  | 'voicedRatio'
>;

/** A window judged against its speaker's baseline. @public */
export interface ProsodyAssessment {
  /** Excitement against the baseline, in [-1, 1]: higher, louder, wider pitch is positive. */
  readonly arousal: number;
  /** Speaking rate against the baseline, in [-1, 1]: positive is faster. */
  readonly pace: number;
  /** False while the baseline is still warming up or the window holds too little speech (both scores are then 0). */
  readonly judged: boolean;
}

/** What a baseline has learnt about its speaker. @public */
export interface SpeakerBaselineSnapshot {
  /** Voiced speech learnt so far, ms. */
  readonly voicedMs: number;
  /** Whether enough speech has been heard to judge windows. */
  readonly ready: boolean;
  readonly pitchMedianHz: number;
  /** Median absolute deviation of window pitch, semitones. */
  readonly pitchMadSemitones: number;
  readonly energyMedianDbfs: number;
  readonly energyMadDb: number;
  /** Median articulation rate: syllable nuclei per voiced second. */
  readonly rateMedian: number;
  readonly rateMad: number;
}

/** Options for {@link createSpeakerBaseline}. @public */
export interface SpeakerBaselineOptions {
  /** Voiced speech needed before windows are judged, ms. Default 4000. */
  readonly warmupVoicedMs?: number;
  /** Windows with a smaller voiced ratio are neither judged nor learnt, in [0, 1]. Default 0.15. */
  readonly minVoicedRatio?: number;
  /** Weights of pitch level, energy and pitch range in arousal; normalised. Default 0.4, 0.4, 0.2. */
  readonly arousalWeights?: {
    readonly pitch: number;
    readonly energy: number;
    readonly range: number;
  };
  /**
   * Robust z-score that maps to tanh(1) = 0.76; smaller is more sensitive. Default 2.
   */
  readonly scale?: number;
}

/**
 * A speaker's running prosodic baseline: how this person usually sounds, learnt from
 * their own speech so far, used to judge each new window.
 * @public
 */
export interface SpeakerBaseline {
  /** Judges a window against the baseline without learning from it. */
  assess(window: ProsodyFeatures): ProsodyAssessment;
  /** Learns from a window (ignored when it holds too little speech). */
  learn(window: ProsodyFeatures): void;
  /** Judges a window, then learns from it: what a live pipeline calls once per window. */
  observe(window: ProsodyFeatures): ProsodyAssessment;
  /** What has been learnt (a new object after each learnt window). */
  getSnapshot(): SpeakerBaselineSnapshot;
  /** Forgets everything. */
  reset(): void;
}

/** The defaults of {@link createSpeakerBaseline}. @public */
export function getDefaultSpeakerBaselineOptions(): Required<SpeakerBaselineOptions> {
  return {
    warmupVoicedMs: 4000,
    minVoicedRatio: 0.15,
    arousalWeights: { pitch: 0.4, energy: 0.4, range: 0.2 },
    scale: 2,
  };
}

// Robust spread floors: a speaker who never varies must not make tiny changes look huge.
const MIN_PITCH_MAD_ST = 0.75;
const MIN_ENERGY_MAD_DB = 1.5;
const MIN_RANGE_MAD_ST = 0.75;
const MIN_RATE_MAD = 0.4;
/** MAD times this estimates the standard deviation of normally distributed values. */
const MAD_TO_SIGMA = 1.4826;
const UNJUDGED: ProsodyAssessment = { arousal: 0, pace: 0, judged: false };

const semitones = (hz: number): number => 12 * Math.log2(hz / 50);
/** Pitch range as an interval in semitones, so it does not grow with voice height. */
const rangeSemitones = (w: ProsodyFeatures): number =>
  w.pitchMedianHz > 0 ? 12 * Math.log2(1 + w.pitchRangeHz / w.pitchMedianHz) : NaN;
/** Syllable nuclei per voiced second: pauses within the window do not read as slow speech. */
const articulationRate = (w: ProsodyFeatures): number =>
  w.speakingRate / Math.max(w.voicedRatio, 0.1);

/** One judged feature: its histogram, spread floor, and median and MAD as last read. */
interface Feature {
  readonly h: RunningHistogram;
  readonly floor: number;
  fresh: boolean;
  median: number;
  mad: number;
}

/** Learnt windows between refreshes of the baseline's medians and MADs (after warm-up). */
const STATS_EVERY = 4;

/**
 * Creates a {@link SpeakerBaseline}. Pure and deterministic (the same windows give the
 * same scores), constant memory however long the call: pitch (semitones), energy (dB),
 * pitch range and articulation rate go into fixed-bin histograms weighted by voiced
 * time, and a window is scored by robust z-scores against their medians and MADs,
 * squashed with tanh into [-1, 1]. The coach uses the same module for prosody windows
 * that arrive without `arousal` and `pace`.
 *
 * @param options - Warm-up, speech threshold, arousal weights and sensitivity.
 * @returns The baseline.
 * @example
 * ```ts
 * const baseline = createSpeakerBaseline();
 * const { arousal, pace } = baseline.observe(window);
 * ```
 * @public
 */
export function createSpeakerBaseline(options: SpeakerBaselineOptions = {}): SpeakerBaseline {
  const d = getDefaultSpeakerBaselineOptions();
  const warmup = options.warmupVoicedMs ?? d.warmupVoicedMs;
  const minVoiced = options.minVoicedRatio ?? d.minVoicedRatio;
  const weights = options.arousalWeights ?? d.arousalWeights;
  const scale = options.scale ?? d.scale;
  if (!(warmup >= 0 && Number.isFinite(warmup)))
    throw TonvoError.invalidOption(
      'warmupVoicedMs',
      `must be a non-negative number, got ${warmup}`,
    );
  if (!(minVoiced >= 0 && minVoiced <= 1))
    throw TonvoError.invalidOption('minVoicedRatio', `must be in [0, 1], got ${minVoiced}`);
  if (!(scale > 0 && Number.isFinite(scale)))
    throw TonvoError.invalidOption('scale', `must be a positive number, got ${scale}`);
  const wSum = weights.pitch + weights.energy + weights.range;
  if (![weights.pitch, weights.energy, weights.range].every((w) => w >= 0) || !(wSum > 0))
    throw TonvoError.invalidOption('arousalWeights', 'must be non-negative with a positive sum');

  const pitch = createRunningHistogram({ min: 0, max: 48, binWidth: 0.1 }); // 50-800 Hz
  const energy = createRunningHistogram({ min: -120, max: 0, binWidth: 0.25 });
  const range = createRunningHistogram({ min: 0, max: 36, binWidth: 0.1 });
  const rate = createRunningHistogram({ min: 0, max: 30, binWidth: 0.05 });
  // Voiced speech learnt, in a field: a number kept in a closure is boxed anew on every
  // write, and this one is written for every window.
  const learnt = { voicedMs: 0 };
  let snapshot: SpeakerBaselineSnapshot | undefined;

  const usable = (w: ProsodyFeatures): boolean =>
    w.voicedRatio >= minVoiced && w.voicedRatio > 0 && w.pitchMedianHz > 0 && w.endMs > w.startMs;

  // Median and MAD of each histogram, refreshed every few learnt windows rather than
  // on every window: a baseline of minutes of speech barely moves in a few seconds,
  // and each refresh reads every bin in use.
  const feature = (h: RunningHistogram, floor: number): Feature => ({
    h,
    floor,
    fresh: false,
    median: 0,
    mad: 0,
  });
  const pitchF = feature(pitch, MIN_PITCH_MAD_ST);
  const energyF = feature(energy, MIN_ENERGY_MAD_DB);
  const rangeF = feature(range, MIN_RANGE_MAD_ST);
  const rateF = feature(rate, MIN_RATE_MAD);
  const features = [pitchF, energyF, rangeF, rateF];
  let learntSinceStats = 0;
  const z = (f: Feature, value: number): number => {
    if (!Number.isFinite(value)) return 0;
    if (!f.fresh) {
      f.median = f.h.median();
      f.mad = f.h.mad();
      f.fresh = true;
    }
    const spread = Math.max(f.mad, f.floor) * MAD_TO_SIGMA;
    return (value - f.median) / spread;
  };

  // A window's features on each scale, worked out once when a window is both judged and
  // learnt from (`observe`): the logarithms are most of the cost of a window.
  const judgeFrom = (
    st: number,
    rangeSt: number,
    rate_: number,
    w: ProsodyFeatures,
  ): ProsodyAssessment => {
    const zPitch = z(pitchF, st);
    const zEnergy = z(energyF, w.energyDbfs);
    const zRange = z(rangeF, rangeSt);
    const zRate = z(rateF, rate_);
    const mix = (weights.pitch * zPitch + weights.energy * zEnergy + weights.range * zRange) / wSum;
    return { arousal: Math.tanh(mix / scale), pace: Math.tanh(zRate / scale), judged: true };
  };
  const learnFrom = (st: number, rangeSt: number, rate_: number, w: ProsodyFeatures): void => {
    const weight = w.voicedRatio * (w.endMs - w.startMs);
    pitch.add(st, weight);
    energy.add(w.energyDbfs, weight);
    range.add(rangeSt, weight);
    rate.add(rate_, weight);
    learnt.voicedMs += weight;
    snapshot = undefined;
    if (++learntSinceStats >= STATS_EVERY || learnt.voicedMs < warmup * 2) {
      for (const f of features) f.fresh = false;
      learntSinceStats = 0;
    }
  };

  const assess = (w: ProsodyFeatures): ProsodyAssessment =>
    learnt.voicedMs < warmup || !usable(w)
      ? UNJUDGED
      : judgeFrom(semitones(w.pitchMedianHz), rangeSemitones(w), articulationRate(w), w);

  const learn = (w: ProsodyFeatures): void => {
    if (usable(w)) learnFrom(semitones(w.pitchMedianHz), rangeSemitones(w), articulationRate(w), w);
  };

  const reset = (): void => {
    for (const f of features) {
      f.h.clear();
      f.fresh = false;
    }
    learntSinceStats = 0;
    learnt.voicedMs = 0;
    snapshot = undefined;
  };

  return {
    assess,
    learn,
    observe(w) {
      if (!usable(w)) return UNJUDGED;
      const st = semitones(w.pitchMedianHz);
      const rangeSt = rangeSemitones(w);
      const rate_ = articulationRate(w);
      const a = learnt.voicedMs < warmup ? UNJUDGED : judgeFrom(st, rangeSt, rate_, w);
      learnFrom(st, rangeSt, rate_, w);
      return a;
    },
    getSnapshot() {
      if (snapshot !== undefined) return snapshot;
      const voicedMs = learnt.voicedMs;
      const empty = voicedMs === 0;
      const st = pitch.median();
      snapshot = {
        voicedMs,
        ready: voicedMs >= warmup,
        pitchMedianHz: empty ? 0 : 50 * 2 ** (st / 12),
        pitchMadSemitones: empty ? 0 : pitch.mad(),
        energyMedianDbfs: empty ? 0 : energy.median(),
        energyMadDb: empty ? 0 : energy.mad(),
        rateMedian: empty ? 0 : rate.median(),
        rateMad: empty ? 0 : rate.mad(),
      };
      return snapshot;
    },
    reset,
  };
}
