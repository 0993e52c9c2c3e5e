import { TonvoError } from '../errors/tonvo-error.js';
import type { Speaker, UtteranceEvent, WordTiming } from '../events/types.js';
import { checkTextLength, checkWordCount, MAX_ID_LENGTH } from '../events/validate.js';
import { isObject } from '../util/value-checks.js';

/**
 * Options every transcript normalizer takes.
 *
 * Speakers are resolved in this order: a role the provider states outright (AWS Call
 * Analytics `ParticipantRole`), then the diarization label through `speakers`, then
 * the audio channel through `channels`, then `defaultSpeaker`.
 * @public
 */
export interface NormalizerOptions {
  /** Conversation id put on every utterance (for files that hold many calls). */
  readonly conversation?: string;
  /** Prefix of the utterance ids, e.g. `dg` gives `dg-1`, `dg-2`, ... Default: per provider. */
  readonly idPrefix?: string;
  /**
   * Role per audio channel, keyed by the channel as the provider numbers it:
   * Deepgram `channel_index[0]` (0-based), AWS `ch_0` as `0`, Google `channelTag`
   * (1-based). Example: `{ 0: 'agent', 1: 'customer' }`.
   */
  readonly channels?: Readonly<Record<string, Speaker>>;
  /**
   * Role per diarization label, keyed as the provider writes it: Deepgram word
   * `speaker` (`0`, `1`), AWS item `Speaker` (`'0'`), Google `speakerTag`/`speakerLabel`,
   * AssemblyAI `speaker_label` (`'A'`, `'B'`).
   */
  readonly speakers?: Readonly<Record<string, Speaker>>;
  /** Role when nothing above says. Default `'customer'`. */
  readonly defaultSpeaker?: Speaker;
}

/** Turns one provider's streaming payloads into {@link UtteranceEvent}s. @public */
export interface TranscriptNormalizer {
  /**
   * Feeds one payload (a parsed JSON message or SDK event object) and returns the
   * utterances it creates or revises, in order; other message types give `[]`.
   * Throws a `TonvoError` with code `invalid-payload` naming the field when the
   * payload is malformed; the normalizer stays usable afterwards.
   */
  push(payload: unknown): UtteranceEvent[];
}

/** A recognised word on its way to a {@link WordTiming}, with its diarization label. @internal */
export interface TrackedWord {
  readonly text: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly confidence?: number;
  readonly label?: string;
}

/** What a provider normalizer knows about one segment after one payload. @internal */
export interface SegmentUpdate {
  /** The provider's identity of the segment (result id, turn, channel + start, ...). */
  readonly key: string;
  readonly final: boolean;
  /** The provider's transcript of the whole segment. */
  readonly text: string;
  /** Name of the payload field the text came from, for errors. */
  readonly textField: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly channel?: string;
  /** Segment-level diarization label. */
  readonly label?: string;
  /** A role the provider states outright; wins over every mapping. */
  readonly role?: Speaker;
  readonly words: readonly TrackedWord[];
  readonly confidence?: number;
}

/** The shared rules of every normalizer. @internal */
export interface SegmentTracker {
  /** Applies one update and returns the utterances to emit. */
  update(update: SegmentUpdate): UtteranceEvent[];
}

/** Segments still open (partials without their final) that are remembered. @internal */
const MAX_OPEN_SEGMENTS = 256;

interface OpenSegment {
  readonly id: string;
  revision: number;
  signature: string;
}

interface Part {
  readonly speaker: Speaker;
  readonly text: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly words: readonly TrackedWord[];
  readonly confidence?: number;
}

function checkSpeakerMap(
  name: string,
  value: unknown,
): Readonly<Record<string, Speaker>> | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    throw TonvoError.invalidOption(name, 'must be an object mapping to "agent" or "customer"');
  }
  const out: Record<string, Speaker> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v !== 'agent' && v !== 'customer') {
      throw TonvoError.invalidOption(
        `${name}.${k}`,
        `must be "agent" or "customer", got ${String(v)}`,
      );
    }
    out[k] = v;
  }
  return out;
}

function checkText(name: string, value: unknown, maxLength: number): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length === 0 || value.length > maxLength) {
    throw TonvoError.invalidOption(name, `must be a string of 1 to ${maxLength} characters`);
  }
  return value;
}

/**
 * Creates the state every normalizer shares: stable ids per provider segment,
 * increasing revisions for revised partials, finals that are never retracted (once a
 * segment is final, a later payload for it starts a new id), nothing for empty
 * transcripts, and speaker resolution from the options.
 * @internal
 */
export function createSegmentTracker(
  options: NormalizerOptions,
  defaultIdPrefix: string,
): SegmentTracker {
  const conversation = checkText('conversation', options.conversation, MAX_ID_LENGTH);
  const idPrefix = checkText('idPrefix', options.idPrefix, 64) ?? defaultIdPrefix;
  const channels = checkSpeakerMap('channels', options.channels);
  const speakers = checkSpeakerMap('speakers', options.speakers);
  const defaultSpeaker = options.defaultSpeaker ?? 'customer';
  if (defaultSpeaker !== 'agent' && defaultSpeaker !== 'customer') {
    throw TonvoError.invalidOption('defaultSpeaker', 'must be "agent" or "customer"');
  }

  const open = new Map<string, OpenSegment>();
  let seq = 0;
  const nextId = (): string => `${idPrefix}-${++seq}`;

  const resolve = (u: SegmentUpdate, label: string | undefined): Speaker => {
    if (u.role !== undefined) return u.role;
    const byLabel = label === undefined ? undefined : speakers?.[label];
    if (byLabel !== undefined) return byLabel;
    const byChannel = u.channel === undefined ? undefined : channels?.[u.channel];
    return byChannel ?? defaultSpeaker;
  };

  const parts = (u: SegmentUpdate): Part[] => {
    const words = u.words
      .filter((w) => w.text.trim().length > 0)
      .map((w) => (w.endMs < w.startMs ? { ...w, endMs: w.startMs } : w));
    const joined = words.map((w) => w.text.trim()).join(' ');
    const text = u.text.trim().length > 0 ? u.text.trim() : joined;
    if (text.length === 0) return [];
    const startMs = u.startMs;
    const endMs = Math.max(u.startMs, u.endMs);
    const roles = words.map((w) => resolve(u, w.label ?? u.label));
    const single = (speaker: Speaker): Part[] => [
      {
        speaker,
        text,
        startMs,
        endMs,
        words,
        ...(u.confidence === undefined ? {} : { confidence: u.confidence }),
      },
    ];
    if (words.length === 0) return single(resolve(u, u.label));
    if (!u.final || roles.every((r) => r === roles[0])) return single(dominant(words, roles));
    // A final spoken by several people becomes one utterance per run of one speaker,
    // so nothing said by the customer is ever attributed to the agent.
    const runs: Part[] = [];
    let from = 0;
    for (let i = 1; i <= words.length; i++) {
      if (i < words.length && roles[i] === roles[from]) continue;
      const run = words.slice(from, i);
      const confidences = run.flatMap((w) => (w.confidence === undefined ? [] : [w.confidence]));
      runs.push({
        speaker: roles[from]!,
        text: run.map((w) => w.text.trim()).join(' '),
        startMs: run[0]!.startMs,
        endMs: Math.max(run[0]!.startMs, run[run.length - 1]!.endMs),
        words: run,
        ...(confidences.length === run.length
          ? { confidence: confidences.reduce((a, b) => a + b, 0) / confidences.length }
          : {}),
      });
      from = i;
    }
    return runs;
  };

  const toEvent = (part: Part, id: string, revision: number, final: boolean, field: string) => {
    checkTextLength(field, part.text.length);
    checkWordCount(part.words.length);
    const words: WordTiming[] = part.words.map((w) => ({
      text: w.text.trim(),
      startMs: w.startMs,
      endMs: w.endMs,
      ...(w.confidence === undefined ? {} : { confidence: w.confidence }),
    }));
    const event: UtteranceEvent = {
      type: 'utterance',
      ...(conversation === undefined ? {} : { conversation }),
      id,
      speaker: part.speaker,
      text: part.text,
      final,
      revision,
      startMs: part.startMs,
      endMs: part.endMs,
      ...(words.length === 0 ? {} : { words }),
      ...(part.confidence === undefined ? {} : { confidence: part.confidence }),
    };
    return event;
  };

  return {
    update(u) {
      const ps = parts(u);
      if (ps.length === 0) {
        // An empty final closes the segment: whatever comes next is new speech.
        if (u.final) open.delete(u.key);
        return [];
      }
      let seg = open.get(u.key);
      if (seg === undefined) {
        seg = { id: nextId(), revision: -1, signature: '' };
        open.set(u.key, seg);
        if (open.size > MAX_OPEN_SEGMENTS) open.delete(open.keys().next().value!);
      }
      const [first, ...rest] = ps as [Part, ...Part[]];
      if (!u.final) {
        const signature = JSON.stringify(first);
        if (signature === seg.signature) return []; // nothing new to say
        seg.signature = signature;
        seg.revision++;
        return [toEvent(first, seg.id, seg.revision, false, u.textField)];
      }
      open.delete(u.key);
      return [
        toEvent(first, seg.id, seg.revision + 1, true, u.textField),
        ...rest.map((p) => toEvent(p, nextId(), 0, true, u.textField)),
      ];
    },
  };
}

/** The speaker who holds most of the words' time (earliest wins a tie). */
function dominant(words: readonly TrackedWord[], roles: readonly Speaker[]): Speaker {
  const time = new Map<Speaker, number>();
  words.forEach((w, i) => {
    const role = roles[i]!;
    // +1 ms so that zero-length words still count.
    time.set(role, (time.get(role) ?? 0) + (w.endMs - w.startMs) + 1);
  });
  let best = roles[0]!;
  for (const [role, t] of time) if (t > (time.get(best) ?? 0)) best = role;
  return best;
}
