import { TonvoError } from '../errors/tonvo-error.js';
import type { Mutable } from '../util/mutable.js';
import {
  FEEDBACK_ACTIONS,
  SENTIMENT_STATES,
  SIGNAL_KINDS,
  type ConversationEvent,
  type FeedbackAction,
  type SignalKind,
  type Speaker,
  type TonvoEvent,
  type WordTiming,
  type UtteranceEvent,
  type ProsodyWindowEvent,
  type VadSegmentEvent,
} from './types.js';
import { describeValue } from '../util/describe-value.js';
import { isObject } from '../util/value-checks.js';

/** Longest utterance text the coach accepts, in UTF-16 code units. @public */
export const MAX_TEXT_LENGTH = 20_000;
/** Most word timings one utterance may carry. @public */
export const MAX_WORDS = 5_000;
/** Longest id or conversation id. @public */
export const MAX_ID_LENGTH = 256;

const OUTPUT_TYPES = new Set(['state', 'trigger', 'nudge', 'sentiment', 'report']);

type Obj = Record<string, unknown>;

function fail(field: string, problem: string): never {
  throw TonvoError.invalidEvent(field, problem);
}

// The checks take the value, read by name where the event is read: a property read with a
// fixed name stays fast, one through a changing key does not, and this runs for every event.

function time(v: unknown, key: string): number {
  if (typeof v !== 'number') fail(key, `must be a number of milliseconds, got ${describeValue(v)}`);
  if (!Number.isFinite(v) || v < 0) {
    throw new TonvoError(
      'invalid-time',
      `${key}: must be a finite, non-negative number of milliseconds, got ${v}`,
      {
        field: key,
      },
    );
  }
  return v;
}

function num(v: unknown, key: string, min = -Infinity, max = Infinity): number {
  if (typeof v !== 'number' || !Number.isFinite(v))
    fail(key, `must be a finite number, got ${describeValue(v)}`);
  if (v < min || v > max) fail(key, `must be in [${min}, ${max}], got ${v}`);
  return v;
}

function optNum(v: unknown, key: string, min = -Infinity, max = Infinity): number | undefined {
  return v === undefined || v === null ? undefined : num(v, key, min, max);
}

function optStr(v: unknown, key: string): string | undefined {
  return v === undefined ? undefined : str(v, key);
}

function str(v: unknown, key: string, maxLength = MAX_ID_LENGTH): string {
  if (typeof v !== 'string') fail(key, `must be a string, got ${describeValue(v)}`);
  if (v.length === 0) fail(key, 'must not be empty');
  checkTextLength(key, v.length, maxLength);
  return v;
}

/**
 * Throws `text-too-long` naming `field` when a text of `length` UTF-16 code units is
 * over `maxLength`. Shared with the normalizers so both word the error alike.
 * @internal
 */
export function checkTextLength(field: string, length: number, maxLength = MAX_TEXT_LENGTH): void {
  if (length > maxLength) {
    throw new TonvoError(
      'text-too-long',
      `${field}: ${length} characters, at most ${maxLength} allowed`,
      {
        field,
      },
    );
  }
}

/** Throws `text-too-long` on field `words` when `count` word timings are over {@link MAX_WORDS}. @internal */
export function checkWordCount(count: number): void {
  if (count > MAX_WORDS) {
    throw new TonvoError('text-too-long', `words: ${count} entries, at most ${MAX_WORDS} allowed`, {
      field: 'words',
    });
  }
}

function speaker(v: unknown, key = 'speaker'): Speaker {
  if (v !== 'agent' && v !== 'customer')
    fail(key, `must be "agent" or "customer", got ${describeValue(v)}`);
  return v;
}

function oneOf<T extends string>(v: unknown, key: string, allowed: readonly T[]): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    fail(key, `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describeValue(v)}`);
  }
  return v as T;
}

function span(o: Obj): { startMs: number; endMs: number } {
  const startMs = time(o['startMs'], 'startMs');
  return { startMs, endMs: endAfter(o['endMs'], startMs) };
}

function endAfter(v: unknown, startMs: number): number {
  const endMs = time(v, 'endMs');
  if (endMs < startMs) {
    throw new TonvoError('invalid-time', `endMs (${endMs}) is before startMs (${startMs})`, {
      field: 'endMs',
    });
  }
  return endMs;
}

function words(v: unknown): WordTiming[] {
  if (!Array.isArray(v)) fail('words', `must be an array, got ${describeValue(v)}`);
  checkWordCount(v.length);
  return v.map((w: unknown, i) => {
    if (!isObject(w)) fail(`words[${i}]`, 'must be an object');
    try {
      const text = str(w['text'], 'text', MAX_TEXT_LENGTH);
      const { startMs, endMs } = span(w);
      const confidence = optNum(w['confidence'], 'confidence', 0, 1);
      return confidence === undefined
        ? { text, startMs, endMs }
        : { text, startMs, endMs, confidence };
    } catch (e) {
      throw prefix(e, `words[${i}].`);
    }
  });
}

// An empty word list says nothing a missing one doesn't; dropping it keeps the
// JSONL and protobuf forms of an event identical (protobuf cannot tell them apart).
function wordsOf(v: unknown): WordTiming[] | undefined {
  if (v === undefined) return undefined;
  const list = words(v);
  return list.length === 0 ? undefined : list;
}

function prefix(e: unknown, path: string): unknown {
  if (!(e instanceof TonvoError) || e.field === undefined) return e;
  return new TonvoError(e.code, `${path}${e.message}`, { field: `${path}${e.field}` });
}

/**
 * Checks that `value` is a well-formed input event and returns it as a typed,
 * normalised copy (unknown fields dropped). Throws a {@link TonvoError} that names
 * the field and the problem otherwise.
 *
 * @example
 * ```ts
 * const event = parseConversationEvent(JSON.parse(line));
 * ```
 * @public
 */
export function parseConversationEvent(value: unknown): ConversationEvent {
  if (!isObject(value))
    throw new TonvoError(
      'invalid-event',
      `an event must be a JSON object, got ${describeValue(value)}`,
    );
  const type = value['type'];
  if (typeof type !== 'string') fail('type', `must be a string, got ${describeValue(type)}`);
  const o = value;
  // Built as literals in a fixed key order (conversation second, optional fields
  // last): this runs for every event a coach receives. Each case reads `conversation`
  // itself, first: a read at one place for every type of event is a slow, megamorphic one.
  switch (type) {
    case 'utterance': {
      const conversation = optStr(o['conversation'], 'conversation');
      const text = str(o['text'], 'text', MAX_TEXT_LENGTH);
      if (text.trim().length === 0) fail('text', 'must not be blank');
      const who = speaker(o['speaker']);
      const startMs = time(o['startMs'], 'startMs');
      const endMs = endAfter(o['endMs'], startMs);
      // Without an id, the speaker and start time identify the utterance, so the
      // partials and the final of one turn (which share a start) share an id.
      const id = o['id'] === undefined ? `${who}@${startMs}` : str(o['id'], 'id');
      const final = bool(o['final'], 'final');
      const revision = optNum(o['revision'], 'revision', 0, 2 ** 31);
      const wordList = wordsOf(o['words']);
      const confidence = optNum(o['confidence'], 'confidence', 0, 1);
      return utteranceEvent(
        conversation,
        id,
        who,
        text,
        final,
        startMs,
        endMs,
        revision === undefined ? undefined : Math.floor(revision),
        wordList,
        confidence,
      );
    }
    case 'prosody': {
      const conversation = optStr(o['conversation'], 'conversation');
      const who = speaker(o['speaker']);
      const startMs = time(o['startMs'], 'startMs');
      const endMs = endAfter(o['endMs'], startMs);
      const pitchMedianHz = num(o['pitchMedianHz'], 'pitchMedianHz', 0, 2000);
      const pitchRangeHz = num(o['pitchRangeHz'], 'pitchRangeHz', 0, 2000);
      const energyDbfs = num(o['energyDbfs'], 'energyDbfs', -200, 10);
      const speakingRate = num(o['speakingRate'], 'speakingRate', 0, 50);
      const voicedRatio = num(o['voicedRatio'], 'voicedRatio', 0, 1);
      const out: Mutable<ProsodyWindowEvent> =
        conversation === undefined
          ? {
              type: 'prosody',
              speaker: who,
              startMs,
              endMs,
              pitchMedianHz,
              pitchRangeHz,
              energyDbfs,
              speakingRate,
              voicedRatio,
            }
          : {
              type: 'prosody',
              conversation,
              speaker: who,
              startMs,
              endMs,
              pitchMedianHz,
              pitchRangeHz,
              energyDbfs,
              speakingRate,
              voicedRatio,
            };
      const arousal = optNum(o['arousal'], 'arousal', -1, 1);
      if (arousal !== undefined) out.arousal = arousal;
      const pace = optNum(o['pace'], 'pace', -1, 1);
      if (pace !== undefined) out.pace = pace;
      return out;
    }
    case 'vad': {
      const conversation = optStr(o['conversation'], 'conversation');
      const who = speaker(o['speaker']);
      const startMs = time(o['startMs'], 'startMs');
      const endMs = endAfter(o['endMs'], startMs);
      const out: Mutable<VadSegmentEvent> =
        conversation === undefined
          ? { type: 'vad', speaker: who, startMs, endMs }
          : { type: 'vad', conversation, speaker: who, startMs, endMs };
      const probability = optNum(o['probability'], 'probability', 0, 1);
      if (probability !== undefined) out.probability = probability;
      return out;
    }
    case 'signal': {
      const conversation = optStr(o['conversation'], 'conversation');
      const kind: SignalKind = oneOf(o['kind'], 'kind', SIGNAL_KINDS);
      const by = o['by'] === undefined ? undefined : speaker(o['by'], 'by');
      const note = o['note'] === undefined ? undefined : str(o['note'], 'note', 2000);
      return {
        type: 'signal',
        ...(conversation === undefined ? {} : { conversation }),
        kind,
        atMs: time(o['atMs'], 'atMs'),
        ...(by === undefined ? {} : { by }),
        ...(note === undefined ? {} : { note }),
      };
    }
    case 'tick': {
      const conversation = optStr(o['conversation'], 'conversation');
      const atMs = time(o['atMs'], 'atMs');
      return conversation === undefined
        ? { type: 'tick', atMs }
        : { type: 'tick', conversation, atMs };
    }
    case 'feedback': {
      const conversation = optStr(o['conversation'], 'conversation');
      const action: FeedbackAction = oneOf(o['action'], 'action', FEEDBACK_ACTIONS);
      return {
        type: 'feedback',
        ...(conversation === undefined ? {} : { conversation }),
        nudgeId: str(o['nudgeId'], 'nudgeId'),
        action,
        atMs: time(o['atMs'], 'atMs'),
      };
    }
    default: {
      const hint = OUTPUT_TYPES.has(type) ? ' (an output of the coach, not an input)' : '';
      throw new TonvoError(
        'unknown-event-type',
        `type: unknown event type ${JSON.stringify(type)}${hint}`,
        { field: 'type' },
      );
    }
  }
}

/**
 * An utterance event from its fields, always built the same way (conversation second,
 * optional fields last, in this order), so that every utterance the coach handles has
 * one of a few hidden classes: code that reads them stays fast (validation and
 * redaction both build them here).
 * @internal
 */
export function utteranceEvent(
  conversation: string | undefined,
  id: string,
  speaker: Speaker,
  text: string,
  final: boolean,
  startMs: number,
  endMs: number,
  revision: number | undefined,
  words: readonly WordTiming[] | undefined,
  confidence: number | undefined,
): UtteranceEvent {
  const out: Mutable<UtteranceEvent> =
    conversation === undefined
      ? { type: 'utterance', id, speaker, text, final, startMs, endMs }
      : { type: 'utterance', conversation, id, speaker, text, final, startMs, endMs };
  if (revision !== undefined) out.revision = revision;
  if (words !== undefined) out.words = words;
  if (confidence !== undefined) out.confidence = confidence;
  return out;
}

function bool(v: unknown, key: string): boolean {
  if (typeof v !== 'boolean') fail(key, `must be true or false, got ${describeValue(v)}`);
  return v;
}

/**
 * Like {@link parseConversationEvent}, but also accepts the coach's outputs (`state`,
 * `trigger`, `nudge`, `sentiment`, `report`), checking their `type`, `atMs` and
 * sentiment states; used to read back recordings that hold both.
 * @public
 */
export function parseTonvoEvent(value: unknown): TonvoEvent {
  if (!isObject(value))
    throw new TonvoError(
      'invalid-event',
      `an event must be a JSON object, got ${describeValue(value)}`,
    );
  const type = value['type'];
  if (typeof type === 'string' && OUTPUT_TYPES.has(type)) {
    if (type !== 'report') time(value['atMs'], 'atMs');
    if (type === 'state') {
      oneOf(value['from'], 'from', SENTIMENT_STATES);
      oneOf(value['to'], 'to', SENTIMENT_STATES);
    }
    if (type === 'sentiment') oneOf(value['state'], 'state', SENTIMENT_STATES);
    if (type === 'trigger' || type === 'nudge') str(value['trigger'], 'trigger');
    return value as unknown as TonvoEvent;
  }
  return parseConversationEvent(value);
}
