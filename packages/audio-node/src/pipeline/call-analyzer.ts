import {
  TonvoError,
  createProsodyAnalyzer,
  createResampler,
  createSpeakerBaseline,
  eventTimeMs,
  type FrameFeatures,
  type ProsodyAnalyzer,
  type ProsodyWindowEvent,
  type Resampler,
  type Speaker,
  type SpeakerBaselineOptions,
  type VadSegmentEvent,
} from '@tonvo/core';
import {
  createVadBatcher,
  createVadStream,
  type SileroVad,
  type VadInference,
  type VadSegmenterOptions,
  type VadStream,
} from '@tonvo/models';

/** An event the analyzer emits. @public */
export type AudioEvent = ProsodyWindowEvent | VadSegmentEvent;

/** Options for {@link createCallAnalyzer}. @public */
export interface CallAnalyzerOptions {
  /** Rate of the samples pushed in (8, 11.025, 12, 16, 22.05, 24, 32, 44.1, 48 or 96 kHz). */
  readonly sampleRateHz: number;
  /** The speaker on each channel, e.g. `['agent', 'customer']` for a stereo recording. */
  readonly speakers: readonly Speaker[];
  /** Silero VAD (from `loadSileroVad`). */
  readonly vad: SileroVad;
  /**
   * Where VAD frames are scored. Default: a batcher of this call's own, so the channels
   * share model calls; pass one shared `createVadBatcher` when serving many calls.
   */
  readonly inference?: VadInference;
  /** Conversation id put on every event. */
  readonly conversation?: string;
  /** Prosody window length, ms. Default 1000. */
  readonly windowMs?: number;
  /**
   * VAD lanes scored side by side (see `createVadStream`). 1 (default) for live audio;
   * 8 to 16 for recordings, where it multiplies throughput at the cost of latency.
   */
  readonly vadLanes?: number;
  /** Audio per VAD lane, ms. Default 8000 (`createVadStream`'s). */
  readonly vadLaneMs?: number;
  /** Warm-up before each VAD lane after the first, ms. Default 1000 (`createVadStream`'s). */
  readonly vadPrerollMs?: number;
  /** Speech segment thresholds and durations. */
  readonly vadSegments?: Omit<VadSegmenterOptions, 'frameMs'>;
  /** Options of each speaker's baseline. */
  readonly baseline?: SpeakerBaselineOptions;
  /** Receives every event, in time order (by end time), as soon as no earlier event can follow. */
  readonly onEvent: (event: AudioEvent) => void;
  /** Receives every analysis frame of every speaker (reused object; copy what you keep). */
  readonly onFrame?: (speaker: Speaker, frame: FrameFeatures) => void;
}

/** One call's audio in, prosody windows and speech segments out. @public */
export interface CallAnalyzer {
  /**
   * Feeds one array per channel (same lengths). Resolves when the audio has been analysed;
   * keep the arrays unchanged and call again only after that (`createCallAudioStream`
   * does this for you).
   */
  push(channels: readonly Float32Array[]): Promise<void>;
  /** Flushes everything and emits the remaining events. */
  end(): Promise<void>;
  /** Rate the analysis runs at: 8000 for narrowband input, else 16000. */
  readonly analysisRateHz: number;
}

interface Channel {
  readonly speaker: Speaker;
  readonly resampler: Resampler | undefined;
  readonly prosody: ProsodyAnalyzer;
  readonly vad: VadStream;
}

const TYPE_ORDER: Record<AudioEvent['type'], number> = { vad: 0, prosody: 1 };

/**
 * Creates a {@link CallAnalyzer}: per channel, resampling to 8 or 16 kHz, frame features,
 * prosody windows judged against the speaker's own baseline, and Silero VAD segments.
 * The events of all channels come out merged in time order, so they can go straight
 * into a coach.
 *
 * @param options - Rate, speakers, VAD and callbacks.
 * @returns The analyzer.
 * @example
 * ```ts
 * const analyzer = createCallAnalyzer({ sampleRateHz: 8000, speakers: ['agent', 'customer'], vad, onEvent: (e) => coach.push(e) });
 * await analyzer.push([left, right]);
 * await analyzer.end();
 * ```
 * @public
 */
export function createCallAnalyzer(options: CallAnalyzerOptions): CallAnalyzer {
  const { sampleRateHz, speakers, onEvent } = options;
  if (speakers.length < 1 || speakers.length > 8)
    throw TonvoError.invalidOption('speakers', `must name 1 to 8 channels, got ${speakers.length}`);
  const analysisRateHz = sampleRateHz <= 8000 ? 8000 : 16000;
  const inference =
    options.inference ?? (speakers.length > 1 ? createVadBatcher({ vad: options.vad }) : undefined);
  let pending: { event: AudioEvent; channel: number }[] = [];
  let ended = false;
  let busy = false;

  const channels: Channel[] = speakers.map((speaker, index) => {
    const emit = (event: AudioEvent): void => {
      pending.push({ event, channel: index });
    };
    return {
      speaker,
      resampler:
        sampleRateHz === analysisRateHz
          ? undefined
          : createResampler({ fromHz: sampleRateHz, toHz: analysisRateHz }),
      prosody: createProsodyAnalyzer({
        speaker,
        sampleRateHz: analysisRateHz,
        ...(options.conversation === undefined ? {} : { conversation: options.conversation }),
        ...(options.windowMs === undefined ? {} : { windowMs: options.windowMs }),
        baseline: createSpeakerBaseline(options.baseline),
        onWindow: emit,
        ...(options.onFrame === undefined
          ? {}
          : { onFrame: (f: FrameFeatures) => options.onFrame!(speaker, f) }),
      }),
      vad: createVadStream({
        vad: options.vad,
        ...(inference === undefined ? {} : { inference }),
        sampleRateHz: analysisRateHz,
        lanes: options.vadLanes ?? 1,
        ...(options.vadLaneMs === undefined ? {} : { laneMs: options.vadLaneMs }),
        ...(options.vadPrerollMs === undefined ? {} : { prerollMs: options.vadPrerollMs }),
        ...options.vadSegments,
        onSegment(s) {
          emit({
            type: 'vad',
            ...(options.conversation === undefined ? {} : { conversation: options.conversation }),
            speaker,
            startMs: Math.round(s.startMs),
            endMs: Math.round(s.endMs),
            probability: Math.round(s.probability * 1000) / 1000,
          });
        },
      }),
    };
  });

  // Releases, in order, the events no later event can precede.
  const release = (all: boolean): void => {
    let watermark = Infinity;
    if (!all)
      for (const c of channels)
        watermark = Math.min(watermark, c.prosody.emittedToMs, c.vad.settledMs);
    const ready = pending.filter((p) => eventTimeMs(p.event) <= watermark);
    if (ready.length === 0) return;
    pending = pending.filter((p) => eventTimeMs(p.event) > watermark);
    ready.sort(
      (a, b) =>
        eventTimeMs(a.event) - eventTimeMs(b.event) ||
        a.event.startMs - b.event.startMs ||
        TYPE_ORDER[a.event.type] - TYPE_ORDER[b.event.type] ||
        a.channel - b.channel,
    );
    for (const p of ready) onEvent(p.event);
  };

  const guard = (): void => {
    if (ended) throw new TonvoError('ended', 'the call analyzer has ended');
    if (busy)
      throw new TonvoError('invalid-option', 'push() called before the previous push resolved');
  };

  return {
    analysisRateHz,
    async push(input) {
      guard();
      if (input.length !== channels.length)
        throw TonvoError.invalidOption(
          'channels',
          `expected ${channels.length} channel(s), got ${input.length}`,
        );
      busy = true;
      try {
        const work: Promise<void>[] = [];
        channels.forEach((c, i) => {
          const x = c.resampler === undefined ? input[i]! : c.resampler.process(input[i]!);
          c.prosody.push(x);
          work.push(c.vad.push(x));
        });
        await Promise.all(work);
        release(false);
      } finally {
        busy = false;
      }
    },
    async end() {
      guard();
      ended = true;
      const work: Promise<void>[] = [];
      for (const c of channels) {
        if (c.resampler !== undefined) {
          const tail = c.resampler.flush();
          c.prosody.push(tail);
          work.push(c.vad.push(tail));
        }
        c.prosody.flush();
        work.push(c.vad.end());
      }
      await Promise.all(work);
      release(true);
    },
  };
}
