import { TonvoError } from '../errors/tonvo-error.js';
import { createFramer, type Framer } from './framer.js';
import { yinPitch, type PitchEstimate } from './pitch-yin.js';
import { createResampler, type Resampler } from './resampler.js';
import { rms, rmsToDbfs } from './rms.js';
import { zeroCrossingRate } from './zero-crossing-rate.js';

/** Features of one analysis frame. The analyzer reuses the object: copy what you keep. @public */
export interface FrameFeatures {
  /** Frame number from the start of the stream. */
  index: number;
  /** Time of the frame's centre, ms from the start of the stream. */
  tMs: number;
  /** F0 in Hz when voiced, else 0. */
  f0Hz: number;
  /** Whether the frame is voiced (periodic and above the silence gate). */
  voiced: boolean;
  /** YIN periodicity in [0, 1]. */
  periodicity: number;
  /** RMS level, dBFS. */
  energyDbfs: number;
  /** Zero-crossing rate in [0, 1]. */
  zcr: number;
}

/** Options for {@link createFrameAnalyzer}. @public */
export interface FrameAnalyzerOptions {
  /** Rate of the samples pushed in. */
  readonly sampleRateHz: number;
  /** Time between frames. Default 10 ms. Must be a whole number of samples at both rates. */
  readonly hopMs?: number;
  /** Length of each analysis frame, ms. Default 40 (three periods of a 75 Hz voice). */
  readonly frameMs?: number;
  /** Lowest F0, Hz. Default 75 (Praat's default floor). */
  readonly minPitchHz?: number;
  /** Highest F0, Hz. Default 600 (Praat's default ceiling). */
  readonly maxPitchHz?: number;
  /**
   * Rate the pitch search runs at, Hz. The signal is low-passed and decimated to it
   * first: F0 lives far below 2 kHz and the search costs grow with the square of the
   * rate. Default 4000; use 8000 for more precision at four times the cost.
   */
  readonly pitchRateHz?: number;
  /** Minimum periodicity for a voiced frame, in [0, 1]. Default 0.6. */
  readonly voicingThreshold?: number;
  /**
   * Minimum periodicity to stay voiced right after a voiced frame, in [0, voicingThreshold]
   * (hysteresis, like the voiced-unvoiced transition cost of Praat's path finder).
   * Default 0.45.
   */
  readonly voicingSustainThreshold?: number;
  /**
   * Frames with more zero crossings per second than this are unvoiced (fricatives and
   * noise), however periodic they look. Default 3000.
   */
  readonly maxZeroCrossingsPerS?: number;
  /**
   * Frames quieter than the loudest frame so far minus this many dB are unvoiced
   * (Praat's silence threshold is 0.03 of the peak amplitude). Default 25.
   */
  readonly silenceRangeDb?: number;
  /** Frames below this level are never voiced, dBFS. Default -60. */
  readonly silenceFloorDbfs?: number;
  /** Receives every frame, in order. */
  readonly onFrame: (frame: FrameFeatures) => void;
}

/** Turns a stream of samples into per-frame energy, pitch and voicing. @public */
export interface FrameAnalyzer {
  /** Feeds samples of any length. */
  push(samples: Float32Array): void;
  /** Emits the last frames (zero-padded) and starts a new stream. */
  flush(): void;
}

const RING = 256;

function positive(name: string, v: number, min: number, max: number): number {
  if (!(v >= min && v <= max))
    throw TonvoError.invalidOption(name, `must be in [${min}, ${max}], got ${v}`);
  return v;
}

/**
 * Creates a {@link FrameAnalyzer}: energy and zero-crossing rate on the input, YIN pitch
 * on a decimated copy, frames centred every `hopMs`. Allocates nothing per frame.
 *
 * @param options - Rates, ranges and the frame callback.
 * @returns The analyzer.
 * @example
 * ```ts
 * const a = createFrameAnalyzer({ sampleRateHz: 8000, onFrame: (f) => console.log(f.tMs, f.f0Hz) });
 * a.push(samples);
 * a.flush();
 * ```
 * @public
 */
export function createFrameAnalyzer(options: FrameAnalyzerOptions): FrameAnalyzer {
  const rate = options.sampleRateHz;
  const hopMs = positive('hopMs', options.hopMs ?? 10, 1, 1000);
  const windowMs = positive('frameMs', options.frameMs ?? 40, hopMs, 1000);
  const minHz = positive('minPitchHz', options.minPitchHz ?? 75, 20, 1000);
  const maxHz = positive('maxPitchHz', options.maxPitchHz ?? 600, minHz * 2, 2000);
  const pitchRate = Math.min(rate, options.pitchRateHz ?? 4000);
  const voicing = positive('voicingThreshold', options.voicingThreshold ?? 0.6, 0, 1);
  const sustain = positive(
    'voicingSustainThreshold',
    options.voicingSustainThreshold ?? Math.min(0.45, voicing),
    0,
    voicing,
  );
  const maxCrossingsPerS = positive(
    'maxZeroCrossingsPerS',
    options.maxZeroCrossingsPerS ?? 3000,
    0,
    1e6,
  );
  const silenceRange = positive('silenceRangeDb', options.silenceRangeDb ?? 25, 0, 120);
  const silenceFloor = positive('silenceFloorDbfs', options.silenceFloorDbfs ?? -60, -120, 0);
  if (pitchRate < maxHz * 2.5)
    throw TonvoError.invalidOption(
      'pitchRateHz',
      `must be at least 2.5 x maxPitchHz, got ${pitchRate}`,
    );
  const samplesAt = (hz: number, ms: number, name: string): number => {
    const n = (hz * ms) / 1000;
    if (!Number.isInteger(n))
      throw TonvoError.invalidOption(name, `${ms} ms is not a whole number of samples at ${hz} Hz`);
    return n;
  };
  const hopIn = samplesAt(rate, hopMs, 'hopMs');
  const hopPitch = samplesAt(pitchRate, hopMs, 'hopMs');
  const winIn = Math.round((rate * windowMs) / 1000);
  const winPitch = Math.round((pitchRate * windowMs) / 1000);
  if (winPitch < (2 * pitchRate) / minHz)
    throw TonvoError.invalidOption(
      'windowMs',
      `must hold two periods of minPitchHz (${(2000 / minHz).toFixed(1)} ms)`,
    );

  const energy = new Float32Array(RING);
  const zcr = new Float32Array(RING);
  let energyFrames = 0;
  let pitchFrames = 0;
  let zcrFrames = 0;
  let peakDb = -Infinity;
  let previousVoiced = false;
  const scratch = new Float32Array(Math.floor(pitchRate / minHz) + 2);
  const estimate: PitchEstimate = { f0Hz: 0, periodicity: 0 };
  const yinOptions = { minHz, maxHz };
  const frame: FrameFeatures = {
    index: 0,
    tMs: 0,
    f0Hz: 0,
    voiced: false,
    periodicity: 0,
    energyDbfs: 0,
    zcr: 0,
  };

  const emit = (index: number, f0: number, periodicity: number): void => {
    const slot = index % RING;
    const db = energy[slot]!;
    if (db > peakDb) peakDb = db;
    const gate = Math.max(silenceFloor, peakDb - silenceRange);
    const noisy = zcr[slot]! * zcrRate > maxCrossingsPerS;
    const voiced =
      f0 > 0 && !noisy && periodicity >= (previousVoiced ? sustain : voicing) && db >= gate;
    previousVoiced = voiced;
    frame.index = index;
    frame.tMs = index * hopMs;
    frame.f0Hz = voiced ? f0 : 0;
    frame.voiced = voiced;
    frame.periodicity = periodicity;
    frame.energyDbfs = db;
    frame.zcr = zcr[slot]!;
    options.onFrame(frame);
  };

  // Zero crossings are counted at 8 kHz whatever the input rate (see the zcr framer).
  const zcrRate = Math.min(rate, 8000);
  const energyFramer: Framer = createFramer({
    windowSamples: winIn,
    hopSamples: hopIn,
    onFrame(f, i) {
      energy[i % RING] = rmsToDbfs(rms(f));
      if (zcrRate === rate) {
        zcr[i % RING] = zeroCrossingRate(f);
        zcrFrames = i + 1;
      }
      energyFrames = i + 1;
    },
  });
  // Zero crossings are counted at 8 kHz whatever the input rate, so that the noise gate
  // means the same at 8 and 16 kHz (wideband fricatives cross far more often).
  const zcrFramer: Framer = createFramer({
    windowSamples: Math.round((zcrRate * windowMs) / 1000),
    hopSamples: samplesAt(zcrRate, hopMs, 'hopMs'),
    onFrame(f, i) {
      zcr[i % RING] = zeroCrossingRate(f);
      zcrFrames = i + 1;
    },
  });
  const pitchFramer: Framer = createFramer({
    windowSamples: winPitch,
    hopSamples: hopPitch,
    onFrame(f, i) {
      // The decimated streams lag the input by the resamplers' lookahead, never lead it.
      if (i >= energyFrames) return;
      if (i >= zcrFrames) zcr[i % RING] = 0;
      pitchFrames = i + 1;
      // Frames under the silence gate or over the noise gate cannot be voiced: skip the pitch search.
      const db = energy[i % RING]!;
      const noisy = zcr[i % RING]! * zcrRate > maxCrossingsPerS;
      if (noisy || db < Math.max(silenceFloor, Math.max(peakDb, db) - silenceRange)) {
        emit(i, 0, 0);
        return;
      }
      yinPitch(f, pitchRate, yinOptions, scratch, estimate);
      emit(i, estimate.f0Hz, estimate.periodicity);
    },
  });
  // F0 and zero crossings need no steep filter: 8 zero crossings halve the default cost.
  const toZcrRate: Resampler | undefined =
    zcrRate === rate
      ? undefined
      : createResampler({ fromHz: rate, toHz: zcrRate, zeroCrossings: 8 });
  const decimator: Resampler | undefined =
    pitchRate === zcrRate
      ? undefined
      : createResampler({ fromHz: zcrRate, toHz: pitchRate, zeroCrossings: 8 });
  const feedNarrow = (narrow: Float32Array): void => {
    if (zcrRate !== rate) zcrFramer.push(narrow);
    pitchFramer.push(decimator === undefined ? narrow : decimator.process(narrow));
  };

  const block = hopIn * 32;
  return {
    push(samples) {
      // Small blocks keep the decimated streams within RING frames of the input.
      for (let i = 0; i < samples.length; i += block) {
        const part = samples.subarray(i, Math.min(samples.length, i + block));
        energyFramer.push(part);
        feedNarrow(toZcrRate === undefined ? part : toZcrRate.process(part));
      }
    },
    flush() {
      energyFramer.flush();
      if (toZcrRate !== undefined) feedNarrow(toZcrRate.flush());
      if (zcrRate !== rate) zcrFramer.flush();
      if (decimator !== undefined) pitchFramer.push(decimator.flush());
      pitchFramer.flush();
      // Any frame the decimated stream rounded away is reported unvoiced.
      while (pitchFrames < energyFrames) emit(pitchFrames++, 0, 0);
      energyFrames = 0;
      zcrFrames = 0;
      pitchFrames = 0;
      peakDb = -Infinity;
      previousVoiced = false;
    },
  };
}
