import type { ProsodyWindowEvent, Speaker } from '../events/types.js';
import { TonvoError } from '../errors/tonvo-error.js';
import { energyStats } from './energy-stats.js';
import {
  createFrameAnalyzer,
  type FrameAnalyzerOptions,
  type FrameFeatures,
} from './frame-analyzer.js';
import { percentile } from './percentile.js';
import { createSpeakerBaseline, type SpeakerBaseline } from './speaker-baseline.js';
import { createSyllableNucleiDetector } from './syllable-nuclei.js';

/** Options for {@link createProsodyAnalyzer}. @public */
export interface ProsodyAnalyzerOptions extends Omit<FrameAnalyzerOptions, 'onFrame'> {
  /** Whose voice this is. */
  readonly speaker: Speaker;
  /** Conversation id put on every event. */
  readonly conversation?: string;
  /** Length of each prosody window, ms; a whole number of hops. Default 1000. */
  readonly windowMs?: number;
  /** Time of the first sample, ms from the start of the conversation. Default 0. */
  readonly startMs?: number;
  /**
   * The speaker's baseline that scores `arousal` and `pace`. Default: a new
   * {@link createSpeakerBaseline} with default options; `false` leaves both fields out.
   */
  readonly baseline?: SpeakerBaseline | false;
  /** Receives each window as soon as it is complete. */
  readonly onWindow: (event: ProsodyWindowEvent) => void;
  /** Receives every analysis frame (reused object; copy what you keep). */
  readonly onFrame?: (frame: FrameFeatures) => void;
  /** Receives each syllable nucleus, ms from the start of the conversation. */
  readonly onNucleus?: (tMs: number) => void;
}

/** Turns one speaker's samples into {@link ProsodyWindowEvent}s. @public */
export interface ProsodyAnalyzer {
  /** Feeds samples of any length. */
  push(samples: Float32Array): void;
  /** Emits the last (possibly shorter) window. The analyzer can then start a new stream. */
  flush(): void;
  /** Time up to which every window has been emitted, ms from the start of the conversation. */
  readonly emittedToMs: number;
}

/** The entries of `o` named in `keys` that are set (so absent options stay absent). */
function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

const round = (v: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

/**
 * Creates a {@link ProsodyAnalyzer}: frames (energy, YIN pitch, voicing) every `hopMs`,
 * syllable nuclei from the level contour, and every `windowMs` a window with median
 * pitch, pitch range (10th to 90th percentile), voiced level, syllable nuclei per
 * second and voiced ratio, scored against the speaker's running baseline. Pure: the
 * same samples give the same events, whatever the chunking.
 *
 * @param options - Speaker, window length, frame analysis options and callbacks.
 * @returns The analyzer.
 * @example
 * ```ts
 * const a = createProsodyAnalyzer({ speaker: 'customer', sampleRateHz: 8000, onWindow: (e) => coach.push(e) });
 * a.push(samples);
 * a.flush();
 * ```
 * @public
 */
export function createProsodyAnalyzer(options: ProsodyAnalyzerOptions): ProsodyAnalyzer {
  const hopMs = options.hopMs ?? 10;
  const windowMs = options.windowMs ?? 1000;
  const startMs = options.startMs ?? 0;
  if (!(windowMs >= hopMs && windowMs <= 60_000) || !Number.isInteger(windowMs / hopMs))
    throw TonvoError.invalidOption(
      'windowMs',
      `must be a whole number of hops (${hopMs} ms) up to 60000, got ${windowMs}`,
    );
  if (!(startMs >= 0 && Number.isFinite(startMs)))
    throw TonvoError.invalidOption('startMs', `must be a non-negative number, got ${startMs}`);
  const baseline =
    options.baseline === false ? undefined : (options.baseline ?? createSpeakerBaseline());
  const perWindow = windowMs / hopMs;
  const ringSize = 2 * perWindow + 64;
  const f0Ring = new Float32Array(ringSize);
  const dbRing = new Float32Array(ringSize);
  const voicedRing = new Uint8Array(ringSize);
  const f0Scratch = new Float32Array(perWindow);
  const dbScratch = new Float32Array(perWindow);
  const nucleiPerWindow = new Uint16Array(4);
  let framesSeen = 0;
  let windowsEmitted = 0;

  const emitWindow = (k: number, frameEnd: number): void => {
    const first = k * perWindow;
    const count = frameEnd - first;
    if (count <= 0) return;
    let voiced = 0;
    for (let i = first; i < frameEnd; i++) {
      const slot = i % ringSize;
      if (voicedRing[slot] === 1) {
        f0Scratch[voiced] = f0Ring[slot]!;
        dbScratch[voiced] = dbRing[slot]!;
        voiced++;
      }
    }
    let energySource: Float32Array;
    if (voiced > 0) {
      energySource = dbScratch.subarray(0, voiced);
    } else {
      for (let i = first; i < frameEnd; i++) dbScratch[i - first] = dbRing[i % ringSize]!;
      energySource = dbScratch.subarray(0, count);
    }
    const f0 = f0Scratch.subarray(0, voiced).sort();
    const durationMs = count * hopMs;
    const nuclei = nucleiPerWindow[k % 4]!;
    nucleiPerWindow[k % 4] = 0;
    const features = {
      startMs: startMs + first * hopMs,
      endMs: startMs + first * hopMs + durationMs,
      pitchMedianHz: voiced > 0 ? round(percentile(f0, 0.5), 2) : 0,
      pitchRangeHz: voiced > 0 ? round(percentile(f0, 0.9) - percentile(f0, 0.1), 2) : 0,
      energyDbfs: round(energyStats(energySource).levelDbfs, 2),
      speakingRate: round((nuclei * 1000) / durationMs, 3),
      voicedRatio: round(voiced / count, 3),
    };
    const scored = baseline?.observe(features);
    const event: ProsodyWindowEvent = {
      type: 'prosody',
      ...(options.conversation === undefined ? {} : { conversation: options.conversation }),
      speaker: options.speaker,
      ...features,
      ...(scored === undefined
        ? {}
        : { arousal: round(scored.arousal, 3), pace: round(scored.pace, 3) }),
    };
    windowsEmitted = k + 1;
    options.onWindow(event);
  };

  const nuclei = createSyllableNucleiDetector({
    hopMs,
    onNucleus(index, tMs) {
      nucleiPerWindow[Math.floor(index / perWindow) % 4]!++;
      options.onNucleus?.(startMs + tMs);
    },
  });

  const frames = createFrameAnalyzer({
    sampleRateHz: options.sampleRateHz,
    hopMs,
    ...pick(options, [
      'frameMs',
      'minPitchHz',
      'maxPitchHz',
      'pitchRateHz',
      'voicingThreshold',
      'silenceRangeDb',
      'silenceFloorDbfs',
    ]),
    onFrame(frame) {
      const slot = frame.index % ringSize;
      f0Ring[slot] = frame.f0Hz;
      dbRing[slot] = frame.energyDbfs;
      voicedRing[slot] = frame.voiced ? 1 : 0;
      framesSeen = frame.index + 1;
      nuclei.push(frame.energyDbfs, frame.voiced);
      if (options.onFrame !== undefined) {
        const t = frame.tMs;
        frame.tMs = startMs + t;
        options.onFrame(frame);
        frame.tMs = t;
      }
      // A window is complete once its frames are in and its nuclei decided.
      while (nuclei.decidedFrames >= (windowsEmitted + 1) * perWindow)
        emitWindow(windowsEmitted, (windowsEmitted + 1) * perWindow);
    },
  });

  return {
    push(samples) {
      frames.push(samples);
    },
    flush() {
      frames.flush();
      nuclei.flush();
      while (windowsEmitted * perWindow < framesSeen)
        emitWindow(windowsEmitted, Math.min(framesSeen, (windowsEmitted + 1) * perWindow));
      framesSeen = 0;
      windowsEmitted = 0;
      nucleiPerWindow.fill(0);
    },
    get emittedToMs() {
      return startMs + windowsEmitted * windowMs;
    },
  };
}
