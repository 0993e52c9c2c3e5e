import type { UtteranceEvent } from '../events/types.js';
import {
  elementObject,
  failPayload,
  optArray,
  optBoolean,
  optNumber,
  optString,
  readPayload,
  reqArray,
  reqObject,
  reqString,
  secondsToMs,
} from './payload-reader.js';
import {
  createSegmentTracker,
  type NormalizerOptions,
  type TrackedWord,
  type TranscriptNormalizer,
} from './segment-tracker.js';

/** Options of {@link createDeepgramNormalizer}. @public */
export type DeepgramNormalizerOptions = NormalizerOptions;

/**
 * Normalizes Deepgram live streaming (`/v1/listen` WebSocket) messages.
 *
 * A `Results` message is an interim (`is_final: false`) or final (`is_final` or
 * `speech_final`) transcript of the audio from `start` for `duration` seconds on
 * channel `channel_index[0]`. Interims for the same stretch share an utterance id and
 * get increasing revisions; after a final the next stretch starts a new id. Word
 * `speaker` labels (with `diarize=true`) map through `speakers`; a final spoken by
 * several speakers is split into one utterance per run of consecutive words of one
 * speaker. `Metadata`, `SpeechStarted` and `UtteranceEnd` messages give nothing.
 *
 * @example
 * ```ts
 * const normalize = createDeepgramNormalizer({ channels: { 0: 'agent', 1: 'customer' } });
 * socket.on('message', (data) => {
 *   for (const utterance of normalize.push(JSON.parse(String(data)))) coach.push(utterance);
 * });
 * ```
 * @public
 */
export function createDeepgramNormalizer(
  options: DeepgramNormalizerOptions = {},
): TranscriptNormalizer {
  const tracker = createSegmentTracker(options, 'dg');
  return {
    push(payload): UtteranceEvent[] {
      const msg = readPayload(payload);
      const type = optString(msg, 'type', 'type');
      // Older documented examples omit `type`; anything else typed is not a transcript.
      if (type !== undefined && type !== 'Results') return [];
      const channelNo = channelNumber(optArray(msg, 'channel_index', 'channel_index'));
      const channel = reqObject(msg, 'channel', 'channel');
      const alternatives = reqArray(channel, 'alternatives', 'channel.alternatives');
      if (alternatives.length === 0) return [];
      const alt = elementObject(alternatives[0], 'channel.alternatives[0]');
      const at = 'channel.alternatives[0]';
      const transcript = reqString(alt, 'transcript', `${at}.transcript`);
      const confidence = optNumber(alt, 'confidence', `${at}.confidence`, 0, 1);
      const words = (optArray(alt, 'words', `${at}.words`) ?? []).map((w, i) =>
        word(w, `${at}.words[${i}]`),
      );
      const startS = optNumber(msg, 'start', 'start', 0);
      const durationS = optNumber(msg, 'duration', 'duration', 0);
      const final =
        optBoolean(msg, 'is_final', 'is_final') === true ||
        optBoolean(msg, 'speech_final', 'speech_final') === true;
      const startMs = words[0]?.startMs ?? secondsToMs(startS ?? 0);
      const endMs = words[words.length - 1]?.endMs ?? secondsToMs((startS ?? 0) + (durationS ?? 0));
      return tracker.update({
        // Interims and the final of one stretch share its start time.
        key: `${channelNo}:${startS ?? '?'}`,
        final,
        text: transcript,
        textField: `${at}.transcript`,
        startMs,
        endMs,
        channel: String(channelNo),
        words,
        ...(confidence === undefined ? {} : { confidence }),
      });
    },
  };
}

/** `channel_index` is `[channel, channel count]`. */
function channelNumber(channelIndex: readonly unknown[] | undefined): number {
  const first = channelIndex?.[0];
  if (first === undefined) return 0;
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 0) {
    failPayload('channel_index[0]', `must be a non-negative integer, got ${String(first)}`);
  }
  return first;
}

function word(value: unknown, path: string): TrackedWord {
  const w = elementObject(value, path);
  const text =
    optString(w, 'punctuated_word', `${path}.punctuated_word`) ??
    reqString(w, 'word', `${path}.word`);
  const start = optNumber(w, 'start', `${path}.start`, 0) ?? 0;
  const end = optNumber(w, 'end', `${path}.end`, 0) ?? start;
  const confidence = optNumber(w, 'confidence', `${path}.confidence`, 0, 1);
  const speaker = optNumber(w, 'speaker', `${path}.speaker`, 0);
  return {
    text,
    startMs: secondsToMs(start),
    endMs: secondsToMs(end),
    ...(confidence === undefined ? {} : { confidence }),
    ...(speaker === undefined ? {} : { label: String(speaker) }),
  };
}
