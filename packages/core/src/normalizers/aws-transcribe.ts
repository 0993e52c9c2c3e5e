import type { Speaker, UtteranceEvent } from '../events/types.js';
import {
  elementObject,
  failPayload,
  optArray,
  optBoolean,
  optNumber,
  optObject,
  optString,
  readPayload,
  reqString,
  roundMs,
  secondsToMs,
  type PayloadObject,
} from './payload-reader.js';
import {
  createSegmentTracker,
  type NormalizerOptions,
  type SegmentTracker,
  type TrackedWord,
  type TranscriptNormalizer,
} from './segment-tracker.js';

/** Options of {@link createAwsTranscribeNormalizer}. @public */
export type AwsTranscribeNormalizerOptions = NormalizerOptions;

/**
 * Normalizes Amazon Transcribe streaming events, both plain streaming
 * (`TranscriptEvent` → `Transcript.Results[]`, seconds) and real-time Call Analytics
 * (`UtteranceEvent`, milliseconds, `ParticipantRole` AGENT/CUSTOMER which maps to the
 * speaker directly).
 *
 * Accepted shapes: an event of the SDK's result stream (`{ TranscriptEvent }`,
 * `{ UtteranceEvent }`, also wrapped in `TranscriptResultStream` or
 * `CallAnalyticsTranscriptResultStream`), a bare `{ Transcript: { Results } }`, a bare
 * `Result` or a bare `UtteranceEvent`. Field names may be PascalCase (the wire and
 * JavaScript SDK) or camelCase (as some SDKs print them). Partials of one `ResultId` /
 * `UtteranceId` share an utterance id. `ChannelId` `ch_1` maps through `channels[1]`,
 * item `Speaker` labels through `speakers`; punctuation items are attached to the word
 * before them. `CategoryEvent` and exception events give nothing.
 *
 * @example
 * ```ts
 * const normalize = createAwsTranscribeNormalizer({ channels: { 0: 'agent', 1: 'customer' } });
 * for await (const event of response.TranscriptResultStream) {
 *   for (const utterance of normalize.push(event)) coach.push(utterance);
 * }
 * ```
 * @public
 */
export function createAwsTranscribeNormalizer(
  options: AwsTranscribeNormalizerOptions = {},
): TranscriptNormalizer {
  const tracker = createSegmentTracker(options, 'aws');
  return {
    push(payload): UtteranceEvent[] {
      let msg = readPayload(payload);
      msg =
        optObject(msg, 'TranscriptResultStream', 'TranscriptResultStream') ??
        optObject(
          msg,
          'CallAnalyticsTranscriptResultStream',
          'CallAnalyticsTranscriptResultStream',
        ) ??
        msg;
      const out: UtteranceEvent[] = [];
      const transcriptEvent = get(msg, 'TranscriptEvent');
      const utteranceEvent = get(msg, 'UtteranceEvent');
      if (transcriptEvent !== undefined) {
        const ev = elementObject(transcriptEvent, 'TranscriptEvent');
        out.push(...transcript(tracker, get(ev, 'Transcript'), 'TranscriptEvent.Transcript'));
      }
      if (utteranceEvent !== undefined) {
        out.push(
          ...callAnalytics(
            tracker,
            elementObject(utteranceEvent, 'UtteranceEvent'),
            'UtteranceEvent',
          ),
        );
      }
      if (transcriptEvent !== undefined || utteranceEvent !== undefined) return out;
      if (get(msg, 'UtteranceId') !== undefined)
        return callAnalytics(tracker, msg, 'UtteranceEvent');
      if (get(msg, 'Transcript') !== undefined) {
        return transcript(tracker, get(msg, 'Transcript'), 'Transcript');
      }
      if (get(msg, 'ResultId') !== undefined || get(msg, 'Alternatives') !== undefined) {
        return result(tracker, msg, 'Result');
      }
      return []; // CategoryEvent, exceptions and anything else that is not a transcript
    },
  };
}

/** `IsPartial`, or `isPartial` as some SDKs print it. */
function get(o: PayloadObject, pascal: string): unknown {
  const v = o[pascal];
  if (v !== undefined) return v;
  return o[pascal[0]!.toLowerCase() + pascal.slice(1)];
}

/** Reads a field by its PascalCase name, accepting the camelCase spelling too. */
function key(o: PayloadObject, pascal: string): string {
  return o[pascal] !== undefined ? pascal : pascal[0]!.toLowerCase() + pascal.slice(1);
}

function transcript(tracker: SegmentTracker, value: unknown, path: string): UtteranceEvent[] {
  if (value === undefined) return failPayload(path, 'is missing');
  const t = elementObject(value, path);
  const results = optArray(t, key(t, 'Results'), `${path}.Results`) ?? [];
  return results.flatMap((r, i) =>
    result(tracker, elementObject(r, `${path}.Results[${i}]`), `${path}.Results[${i}]`),
  );
}

function result(tracker: SegmentTracker, r: PayloadObject, path: string): UtteranceEvent[] {
  const resultId = reqString(r, key(r, 'ResultId'), `${path}.ResultId`);
  const partial = optBoolean(r, key(r, 'IsPartial'), `${path}.IsPartial`) ?? false;
  const start = optNumber(r, key(r, 'StartTime'), `${path}.StartTime`, 0);
  const end = optNumber(r, key(r, 'EndTime'), `${path}.EndTime`, 0);
  const channelId = optString(r, key(r, 'ChannelId'), `${path}.ChannelId`);
  const alternatives = optArray(r, key(r, 'Alternatives'), `${path}.Alternatives`) ?? [];
  if (alternatives.length === 0) return [];
  const at = `${path}.Alternatives[0]`;
  const alt = elementObject(alternatives[0], at);
  const text = optString(alt, key(alt, 'Transcript'), `${at}.Transcript`) ?? '';
  const words = items(alt, at, 'seconds');
  const startMs = start === undefined ? (words[0]?.startMs ?? 0) : secondsToMs(start);
  const endMs = end === undefined ? (words[words.length - 1]?.endMs ?? startMs) : secondsToMs(end);
  return tracker.update({
    key: `r:${resultId}`,
    final: !partial,
    text,
    textField: `${at}.Transcript`,
    startMs,
    endMs,
    ...(channelId === undefined ? {} : { channel: channelId.replace(/^ch_/, '') }),
    words,
  });
}

const ROLES: Readonly<Record<string, Speaker>> = { AGENT: 'agent', CUSTOMER: 'customer' };

function callAnalytics(tracker: SegmentTracker, u: PayloadObject, path: string): UtteranceEvent[] {
  const utteranceId = reqString(u, key(u, 'UtteranceId'), `${path}.UtteranceId`);
  const partial = optBoolean(u, key(u, 'IsPartial'), `${path}.IsPartial`) ?? false;
  const roleName = optString(u, key(u, 'ParticipantRole'), `${path}.ParticipantRole`);
  const role = roleName === undefined ? undefined : ROLES[roleName];
  if (roleName !== undefined && role === undefined) {
    failPayload(`${path}.ParticipantRole`, `must be "AGENT" or "CUSTOMER", got "${roleName}"`);
  }
  const begin = optNumber(u, key(u, 'BeginOffsetMillis'), `${path}.BeginOffsetMillis`, 0);
  const end = optNumber(u, key(u, 'EndOffsetMillis'), `${path}.EndOffsetMillis`, 0);
  const text = optString(u, key(u, 'Transcript'), `${path}.Transcript`) ?? '';
  const words = items(u, path, 'millis');
  const startMs = begin === undefined ? (words[0]?.startMs ?? 0) : roundMs(begin);
  const endMs = end === undefined ? (words[words.length - 1]?.endMs ?? startMs) : roundMs(end);
  return tracker.update({
    key: `u:${utteranceId}`,
    final: !partial,
    text,
    textField: `${path}.Transcript`,
    startMs,
    endMs,
    ...(role === undefined ? {} : { role }),
    words,
  });
}

/** Words of `Items[]`, with punctuation items attached to the word before them. */
function items(o: PayloadObject, path: string, unit: 'seconds' | 'millis'): TrackedWord[] {
  const list = optArray(o, key(o, 'Items'), `${path}.Items`) ?? [];
  const words: TrackedWord[] = [];
  list.forEach((value, i) => {
    const at = `${path}.Items[${i}]`;
    const item = elementObject(value, at);
    const type = optString(item, key(item, 'Type'), `${at}.Type`) ?? 'pronunciation';
    if (type === 'speaker-change') return;
    const content = optString(item, key(item, 'Content'), `${at}.Content`) ?? '';
    if (type === 'punctuation') {
      const last = words[words.length - 1];
      if (last !== undefined) words[words.length - 1] = { ...last, text: last.text + content };
      return;
    }
    const [startKey, endKey] =
      unit === 'seconds' ? ['StartTime', 'EndTime'] : ['BeginOffsetMillis', 'EndOffsetMillis'];
    const start = optNumber(item, key(item, startKey), `${at}.${startKey}`, 0) ?? 0;
    const end = optNumber(item, key(item, endKey), `${at}.${endKey}`, 0) ?? start;
    const confidence = optNumber(item, key(item, 'Confidence'), `${at}.Confidence`, 0, 1);
    const speaker = optString(item, key(item, 'Speaker'), `${at}.Speaker`);
    const toMs = unit === 'seconds' ? secondsToMs : roundMs;
    words.push({
      text: content,
      startMs: toMs(start),
      endMs: toMs(end),
      ...(confidence === undefined ? {} : { confidence }),
      ...(speaker === undefined ? {} : { label: speaker }),
    });
  });
  return words;
}
