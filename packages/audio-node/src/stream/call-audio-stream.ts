import { Duplex } from 'node:stream';
import {
  TonvoError,
  createInterleavedDecoder,
  type FrameFeatures,
  type SampleEncoding,
  type Speaker,
} from '@tonvo/core';
import {
  createCallAnalyzer,
  type AudioEvent,
  type CallAnalyzerOptions,
} from '../pipeline/call-analyzer.js';

/** A per-frame line, written when `frames` is on. @public */
export interface FrameEvent {
  readonly type: 'frame';
  readonly speaker: Speaker;
  readonly tMs: number;
  readonly f0Hz: number;
  readonly voiced: boolean;
  readonly energyDb: number;
}

/** Options for {@link createCallAudioStream}. @public */
export interface CallAudioStreamOptions extends Omit<CallAnalyzerOptions, 'onEvent' | 'onFrame'> {
  /** How the bytes written are encoded (interleaved when there are several channels). */
  readonly encoding: SampleEncoding;
  /** Also emit a {@link FrameEvent} for every 10 ms frame of every speaker. Default false. */
  readonly frames?: boolean;
  /** Events buffered on the readable side before writes wait. Default 256. */
  readonly highWaterMark?: number;
}

/** What {@link createCallAudioStream} emits. @public */
export type CallAudioStreamEvent = AudioEvent | FrameEvent;

/**
 * A Node duplex stream for one call: write raw audio bytes (PCM, float, mu-law or A-law,
 * chunks of any size, interleaved channels), read prosody windows and speech segments
 * as objects, in time order. It is an async iterable, respects back-pressure (writes
 * wait while the reader lags), and `end()` flushes the last windows and segments.
 *
 * @param options - Encoding, rate, speakers per channel, VAD and analysis options.
 * @returns The stream.
 * @example
 * ```ts
 * const stream = createCallAudioStream({ encoding: 'mulaw', sampleRateHz: 8000, speakers: ['customer'], vad });
 * twilioSocket.on('media', (m) => stream.write(Buffer.from(m.payload, 'base64')));
 * for await (const event of stream) coach.push(event);
 * ```
 * @public
 */
export function createCallAudioStream(options: CallAudioStreamOptions): Duplex {
  const decoder = createInterleavedDecoder({
    encoding: options.encoding,
    channels: options.speakers.length,
  });
  let resume: (() => void) | undefined;
  const out = (e: CallAudioStreamEvent): void => {
    stream.push(e);
  };
  const analyzer = createCallAnalyzer({
    ...options,
    onEvent: out,
    ...(options.frames === true
      ? {
          onFrame: (speaker: Speaker, f: FrameFeatures) =>
            out({
              type: 'frame',
              speaker,
              tMs: f.tMs,
              f0Hz: Math.round(f.f0Hz * 100) / 100,
              voiced: f.voiced,
              energyDb: Math.round(f.energyDbfs * 100) / 100,
            }),
        }
      : {}),
  });
  const waitForReader = async (): Promise<void> => {
    // Back-pressure: hold the write callback while the readable side is full.
    while (stream.readableLength >= stream.readableHighWaterMark && !stream.destroyed)
      await new Promise<void>((r) => (resume = r));
  };

  const stream: Duplex = new Duplex({
    readableObjectMode: true,
    readableHighWaterMark: options.highWaterMark ?? 256,
    read() {
      const r = resume;
      resume = undefined;
      r?.();
    },
    write(chunk: unknown, _encoding, callback) {
      if (!(chunk instanceof Uint8Array)) {
        callback(TonvoError.invalidAudio('write Buffers or Uint8Arrays of audio bytes'));
        return;
      }
      analyzer
        .push(decoder.decode(chunk))
        .then(waitForReader)
        .then(
          () => callback(),
          (e: unknown) => callback(e as Error),
        );
    },
    final(callback) {
      analyzer.end().then(
        () => {
          stream.push(null);
          callback();
        },
        (e: unknown) => callback(e as Error),
      );
    },
  });
  return stream;
}
