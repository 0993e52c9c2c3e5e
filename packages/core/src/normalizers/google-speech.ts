import { TonvoError } from '../errors/tonvo-error.js';
import type { UtteranceEvent } from '../events/types.js';
import {
  elementObject,
  failPayload,
  optArray,
  optBoolean,
  optNumber,
  optString,
  readPayload,
  secondsToMs,
  type PayloadObject,
} from './payload-reader.js';
import {
  createSegmentTracker,
  type NormalizerOptions,
  type TrackedWord,
  type TranscriptNormalizer,
} from './segment-tracker.js';
import { isObject } from '../util/value-checks.js';

/** Options of {@link createGoogleSpeechNormalizer}. @public */
export interface GoogleSpeechNormalizerOptions extends NormalizerOptions {
  /**
   * Interim results with a `stability` below this are left out of partials, in
   * [0, 1]. A stability of 0 means "not set" (Google's sentinel) and is always kept.
   * Default 0 (keep everything).
   */
  readonly minStability?: number;
}

interface ParsedResult {
  readonly channel: number;
  readonly final: boolean;
  readonly stability: number;
  readonly endMs: number | undefined;
  readonly text: string;
  readonly words: readonly TrackedWord[];
  readonly confidence: number | undefined;
  readonly path: string;
}

interface ChannelState {
  segment: number;
  /** Where the audio of the next segment starts: the end of the last final. */
  startMs: number;
}

/**
 * Keeps the words that reach past `startMs`: Google repeats a channel's earlier words
 * in later results, and those belong to segments already emitted.
 */
const notBefore =
  (startMs: number) =>
  (w: TrackedWord): boolean =>
    w.startMs >= startMs || w.endMs > startMs;

/**
 * Normalizes Google Cloud Speech-to-Text streaming responses
 * (`StreamingRecognizeResponse`, v1 and v2), as JSON (`isFinal`, `resultEndTime` or
 * `resultEndOffset` as `"3.500s"`) or as objects of the Node client (`is_final`
 * accepted too, durations as `{ seconds, nanos }`).
 *
 * All non-final results of one response together are the current hypothesis of the
 * speech since the last final on that `channelTag`: they become one partial utterance
 * (revised by later responses), and the next `isFinal` result finalizes it; the
 * following speech starts a new id. Word `speakerTag` / `speakerLabel` map through
 * `speakers`; with diarization Google repeats earlier words in later results, and only
 * the words after the previous final are kept.
 *
 * @example
 * ```ts
 * const normalize = createGoogleSpeechNormalizer({ channels: { 1: 'agent', 2: 'customer' } });
 * recognizeStream.on('data', (response) => {
 *   for (const utterance of normalize.push(response)) coach.push(utterance);
 * });
 * ```
 * @public
 */
export function createGoogleSpeechNormalizer(
  options: GoogleSpeechNormalizerOptions = {},
): TranscriptNormalizer {
  const minStability = options.minStability ?? 0;
  if (typeof minStability !== 'number' || !(minStability >= 0 && minStability <= 1)) {
    throw TonvoError.invalidOption(
      'minStability',
      `must be in [0, 1], got ${String(minStability)}`,
    );
  }
  const tracker = createSegmentTracker(options, 'gcp');
  const channels = new Map<number, ChannelState>();

  return {
    push(payload): UtteranceEvent[] {
      const msg = readPayload(payload);
      const results = (optArray(msg, 'results', 'results') ?? []).map((r, i) =>
        parseResult(elementObject(r, `results[${i}]`), `results[${i}]`),
      );
      const out: UtteranceEvent[] = [];
      const order = [...new Set(results.map((r) => r.channel))];
      for (const channel of order) {
        let state = channels.get(channel);
        if (state === undefined) channels.set(channel, (state = { segment: 0, startMs: 0 }));
        const st = state;
        let pending: ParsedResult[] = [];
        const keyOf = (): string => `${channel}#${st.segment}`;
        for (const r of results) {
          if (r.channel !== channel) continue;
          if (!r.final) {
            if (r.stability === 0 || r.stability >= minStability) pending.push(r);
            continue;
          }
          const words = r.words.filter(notBefore(st.startMs));
          const startMs = words[0]?.startMs ?? st.startMs;
          const endMs = r.endMs ?? words[words.length - 1]?.endMs ?? startMs;
          out.push(
            ...tracker.update({
              key: keyOf(),
              final: true,
              text: r.text,
              textField: `${r.path}.alternatives[0].transcript`,
              startMs,
              endMs,
              channel: String(channel),
              words,
              ...(r.confidence === undefined ? {} : { confidence: r.confidence }),
            }),
          );
          st.segment++;
          st.startMs = Math.max(st.startMs, endMs);
          pending = [];
        }
        if (pending.length > 0) {
          const text = pending
            .map((r) => r.text)
            .join('')
            .replace(/\s+/g, ' ');
          const words = pending.flatMap((r) => r.words.filter(notBefore(st.startMs)));
          const ends = pending.flatMap((r) => (r.endMs === undefined ? [] : [r.endMs]));
          const startMs = words[0]?.startMs ?? st.startMs;
          const endMs = Math.max(startMs, ...ends, ...words.map((w) => w.endMs));
          out.push(
            ...tracker.update({
              key: keyOf(),
              final: false,
              text,
              textField: `${pending[0]!.path}.alternatives[0].transcript`,
              startMs,
              endMs,
              channel: String(channel),
              words,
            }),
          );
        }
      }
      return out;
    },
  };
}

function parseResult(r: PayloadObject, path: string): ParsedResult {
  const final =
    optBoolean(r, 'isFinal', `${path}.isFinal`) ??
    optBoolean(r, 'is_final', `${path}.is_final`) ??
    false;
  const stability = optNumber(r, 'stability', `${path}.stability`, 0, 1) ?? 0;
  const channel =
    optNumber(r, 'channelTag', `${path}.channelTag`, 0) ??
    optNumber(r, 'channel_tag', `${path}.channel_tag`, 0) ??
    0;
  if (!Number.isInteger(channel)) failPayload(`${path}.channelTag`, 'must be an integer');
  const endMs = durationField(
    r,
    ['resultEndOffset', 'resultEndTime', 'result_end_offset', 'result_end_time'],
    path,
  );
  const alternatives = optArray(r, 'alternatives', `${path}.alternatives`) ?? [];
  const at = `${path}.alternatives[0]`;
  const alt = alternatives.length === 0 ? undefined : elementObject(alternatives[0], at);
  const text = alt === undefined ? '' : (optString(alt, 'transcript', `${at}.transcript`) ?? '');
  const confidence =
    alt === undefined ? undefined : optNumber(alt, 'confidence', `${at}.confidence`, 0, 1);
  const words = (alt === undefined ? [] : (optArray(alt, 'words', `${at}.words`) ?? [])).map(
    (w, i) => word(elementObject(w, `${at}.words[${i}]`), `${at}.words[${i}]`),
  );
  return {
    channel,
    final,
    stability,
    endMs,
    text,
    words,
    // Google sends 0 for "not set" on interim results.
    confidence: confidence === 0 ? undefined : confidence,
    path,
  };
}

function word(w: PayloadObject, path: string): TrackedWord {
  const text = optString(w, 'word', `${path}.word`) ?? '';
  const startMs =
    durationField(w, ['startOffset', 'startTime', 'start_offset', 'start_time'], path) ?? 0;
  const endMs =
    durationField(w, ['endOffset', 'endTime', 'end_offset', 'end_time'], path) ?? startMs;
  const confidence = optNumber(w, 'confidence', `${path}.confidence`, 0, 1);
  const tag =
    optNumber(w, 'speakerTag', `${path}.speakerTag`, 0) ??
    optNumber(w, 'speaker_tag', `${path}.speaker_tag`, 0);
  const label =
    optString(w, 'speakerLabel', `${path}.speakerLabel`) ??
    optString(w, 'speaker_label', `${path}.speaker_label`);
  const speaker =
    label !== undefined && label !== ''
      ? label
      : tag !== undefined && tag > 0
        ? String(tag)
        : undefined;
  return {
    text,
    startMs,
    endMs,
    ...(confidence === undefined || confidence === 0 ? {} : { confidence }),
    ...(speaker === undefined ? {} : { label: speaker }),
  };
}

/** The first present of `names`, as a protobuf Duration, in milliseconds. */
function durationField(
  o: PayloadObject,
  names: readonly string[],
  path: string,
): number | undefined {
  for (const name of names) {
    const v = o[name];
    if (v !== undefined && v !== null) return durationMs(v, `${path}.${name}`);
  }
  return undefined;
}

const DURATION = /^(\d+)(?:\.(\d{1,9}))?s$/;

/** Whole seconds plus nanoseconds, as milliseconds rounded to the microsecond. */
const durationPartsMs = (seconds: number, nanos: number): number =>
  seconds * 1000 + Math.round(nanos / 1e3) / 1e3;

/** A protobuf Duration: JSON `"1.500s"`, or `{ seconds, nanos }` from the Node client. */
function durationMs(v: unknown, path: string): number {
  if (typeof v === 'string') {
    const m = DURATION.exec(v);
    if (m === null)
      return failPayload(path, `must be a duration like "1.5s", got "${v.slice(0, 30)}"`);
    const seconds = Number(m[1]);
    const nanos = Number((m[2] ?? '').padEnd(9, '0'));
    return durationPartsMs(seconds, nanos);
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0)
      return failPayload(path, `must be a non-negative duration, got ${v}`);
    return secondsToMs(v);
  }
  if (isObject(v)) {
    const seconds = int64(v['seconds'], `${path}.seconds`);
    const nanos = optNumber(v, 'nanos', `${path}.nanos`, 0, 999_999_999) ?? 0;
    return durationPartsMs(seconds, nanos);
  }
  return failPayload(path, 'must be a duration');
}

/** An int64 as protobuf clients hand it over: number, decimal string, or Long. */
function int64(v: unknown, path: string): number {
  if (v === undefined || v === null) return 0;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
  if (typeof v === 'string' && /^\d{1,15}$/.test(v)) return Number(v);
  if (isObject(v) && typeof v['low'] === 'number' && typeof v['high'] === 'number') {
    const n = (v['high'] >>> 0) * 2 ** 32 + (v['low'] >>> 0);
    if (Number.isSafeInteger(n)) return n;
  }
  return failPayload(path, 'must be a non-negative whole number of seconds');
}
