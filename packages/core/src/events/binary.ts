import { create, fromBinary, type MessageInitShape } from '@bufbuild/protobuf';
import { sizeDelimitedEncode, sizeDelimitedPeek } from '@bufbuild/protobuf/wire';
import { toTonvoError, TonvoError } from '../errors/tonvo-error.js';
import * as pb from '../gen/tonvo/v1/events_pb.js';
import type {
  CallReport,
  Evidence,
  FeedbackAction,
  NudgeEvent,
  SentimentState,
  SignalKind,
  Speaker,
  TextSpan,
  TonvoEvent,
  Trajectory,
  TriggerFiredEvent,
} from './types.js';
import { parseTonvoEvent } from './validate.js';

// Enum tables: index = protobuf enum number.
const SPEAKER: readonly (Speaker | undefined)[] = [undefined, 'agent', 'customer'];
const STATE: readonly (SentimentState | undefined)[] = [
  undefined,
  'neutral',
  'positive',
  'frustrated',
  'confused',
  'distressed',
  'relieved',
];
const SIGNAL: readonly (SignalKind | undefined)[] = [
  undefined,
  'call-started',
  'call-ended',
  'hold-started',
  'hold-ended',
  'transfer',
  'mute',
  'unmute',
];
const FEEDBACK: readonly (FeedbackAction | undefined)[] = [
  undefined,
  'used',
  'dismissed',
  'not-helpful',
];

const toEnum = <T>(table: readonly (T | undefined)[], value: T | undefined): number =>
  value === undefined ? 0 : Math.max(0, table.indexOf(value));

function fromEnum<T>(table: readonly (T | undefined)[], n: number, field: string): T {
  const v = table[n];
  if (v === undefined) throw TonvoError.invalidEvent(field, `unknown enum value ${n}`);
  return v;
}

const optEnum = <T>(table: readonly (T | undefined)[], n: number): T | undefined => table[n];

type EnvelopeInit = MessageInitShape<typeof pb.EnvelopeSchema>;
type EvidenceInit = MessageInitShape<typeof pb.EvidenceSchema>;
type NudgeInit = MessageInitShape<typeof pb.NudgeSchema>;
type TriggerInit = MessageInitShape<typeof pb.TriggerFiredSchema>;

const evidenceOut = (e: Evidence): EvidenceInit => ({
  utteranceIds: [...e.utteranceIds],
  prosodyWindows: e.prosodyWindows.map((w) => ({ startMs: w.startMs, endMs: w.endMs })),
  cues: [...e.cues],
  summary: e.summary,
});

const evidenceIn = (e: pb.Evidence | undefined): Evidence => ({
  utteranceIds: e?.utteranceIds ?? [],
  prosodyWindows: (e?.prosodyWindows ?? []).map((w) => ({ startMs: w.startMs, endMs: w.endMs })),
  cues: e?.cues ?? [],
  summary: e?.summary ?? '',
});

const spanIn = (s: pb.TextSpan | undefined): { span?: TextSpan } =>
  s === undefined
    ? {}
    : { span: { utteranceId: s.utteranceId, start: s.start, end: s.end, text: s.text } };

const nudgeOut = (n: Omit<NudgeEvent, 'type' | 'conversation'>): NudgeInit => ({
  id: n.id,
  atMs: n.atMs,
  trigger: n.trigger,
  situation: n.situation,
  message: n.message,
  phrases: [...n.phrases],
  priority: n.priority,
  critical: n.critical,
  expiresAtMs: n.expiresAtMs,
  evidence: evidenceOut(n.evidence),
  ...(n.span === undefined ? {} : { span: { ...n.span } }),
  ...(n.replacement === undefined ? {} : { replacement: n.replacement }),
});

const nudgeIn = (n: pb.Nudge): Omit<NudgeEvent, 'type' | 'conversation'> => ({
  id: n.id,
  atMs: n.atMs,
  trigger: n.trigger,
  situation: n.situation,
  message: n.message,
  phrases: n.phrases,
  priority: n.priority,
  critical: n.critical,
  expiresAtMs: n.expiresAtMs,
  evidence: evidenceIn(n.evidence),
  ...spanIn(n.span),
  ...(n.replacement === undefined ? {} : { replacement: n.replacement }),
});

const triggerOut = (t: Omit<TriggerFiredEvent, 'type' | 'conversation'>): TriggerInit => ({
  atMs: t.atMs,
  trigger: t.trigger,
  speaker: toEnum(SPEAKER, t.speaker),
  priority: t.priority,
  ...(t.span === undefined ? {} : { span: { ...t.span } }),
  ...(t.replacement === undefined ? {} : { replacement: t.replacement }),
  matched: [...t.matched],
  evidence: evidenceOut(t.evidence),
});

const triggerIn = (t: pb.TriggerFired): Omit<TriggerFiredEvent, 'type' | 'conversation'> => {
  const speaker = optEnum(SPEAKER, t.speaker);
  return {
    atMs: t.atMs,
    trigger: t.trigger,
    ...(speaker === undefined ? {} : { speaker }),
    priority: t.priority,
    ...spanIn(t.span),
    ...(t.replacement === undefined ? {} : { replacement: t.replacement }),
    matched: t.matched,
    evidence: evidenceIn(t.evidence),
  };
};

const trajectoryOut = (t: Trajectory): MessageInitShape<typeof pb.TrajectorySchema> => ({
  speaker: toEnum(SPEAKER, t.speaker),
  samples: t.samples.map((s) => ({
    atMs: s.atMs,
    speaker: toEnum(SPEAKER, s.speaker),
    score: s.score,
    state: toEnum(STATE, s.state),
    confidence: s.confidence,
  })),
  startScore: t.startScore,
  endScore: t.endScore,
  minScore: t.minScore,
  minAtMs: t.minAtMs,
  maxScore: t.maxScore,
  arc: t.arc,
  startState: toEnum(STATE, t.startState),
  endState: toEnum(STATE, t.endState),
});

const trajectoryIn = (t: pb.Trajectory): Trajectory => ({
  speaker: fromEnum(SPEAKER, t.speaker, 'trajectories.speaker'),
  samples: t.samples.map((s) => ({
    atMs: s.atMs,
    speaker: fromEnum(SPEAKER, s.speaker, 'samples.speaker'),
    score: s.score,
    state: fromEnum(STATE, s.state, 'samples.state'),
    confidence: s.confidence,
  })),
  startScore: t.startScore,
  endScore: t.endScore,
  minScore: t.minScore,
  minAtMs: t.minAtMs,
  maxScore: t.maxScore,
  arc: t.arc as Trajectory['arc'],
  startState: fromEnum(STATE, t.startState, 'startState'),
  endState: fromEnum(STATE, t.endState, 'endState'),
});

function reportOut(r: CallReport): MessageInitShape<typeof pb.CallReportSchema> {
  return {
    conversation: r.conversation,
    startMs: r.startMs,
    endMs: r.endMs,
    trajectories: r.trajectories.map(trajectoryOut),
    moments: r.moments.map((m) => ({
      atMs: m.atMs,
      kind: m.kind,
      text: m.text,
      evidence: evidenceOut(m.evidence),
    })),
    triggers: r.triggers.map(triggerOut),
    triggerCounts: r.triggerCounts.map((c) => ({ trigger: c.trigger, count: c.count })),
    nudges: r.nudges.map((o) => ({
      nudge: nudgeOut(o.nudge),
      acted: o.acted,
      ...(o.actedAtMs === undefined ? {} : { actedAtMs: o.actedAtMs }),
      actedEvidence: o.actedEvidence,
      improved: o.improved,
      stateBefore: toEnum(STATE, o.stateBefore),
      stateAfter: toEnum(STATE, o.stateAfter),
      feedback: toEnum(FEEDBACK, o.feedback),
    })),
    adoption: { ...r.adoption },
    talk: {
      ...r.talk,
      longestMonologueSpeaker: toEnum(SPEAKER, r.talk.longestMonologueSpeaker),
      silences: r.talk.silences.map((s) => ({ startMs: s.startMs, endMs: s.endMs })),
    },
    closing: { ...r.closing },
    deEscalations: r.deEscalations,
    droppedEvents: r.droppedEvents,
  };
}

function reportIn(r: pb.CallReport): CallReport {
  const talk = r.talk ?? create(pb.TalkStatsSchema);
  const longestMonologueSpeaker = optEnum(SPEAKER, talk.longestMonologueSpeaker);
  return {
    conversation: r.conversation,
    startMs: r.startMs,
    endMs: r.endMs,
    trajectories: r.trajectories.map(trajectoryIn),
    moments: r.moments.map((m) => ({
      atMs: m.atMs,
      kind: m.kind,
      text: m.text,
      evidence: evidenceIn(m.evidence),
    })),
    triggers: r.triggers.map(triggerIn),
    triggerCounts: r.triggerCounts.map((c) => ({ trigger: c.trigger, count: c.count })),
    nudges: r.nudges.map((o) => {
      const feedback = optEnum(FEEDBACK, o.feedback);
      return {
        nudge: nudgeIn(o.nudge ?? create(pb.NudgeSchema)),
        acted: o.acted,
        ...(o.actedAtMs === undefined ? {} : { actedAtMs: o.actedAtMs }),
        actedEvidence: o.actedEvidence,
        improved: o.improved,
        stateBefore: fromEnum(STATE, o.stateBefore, 'stateBefore'),
        stateAfter: fromEnum(STATE, o.stateAfter, 'stateAfter'),
        ...(feedback === undefined ? {} : { feedback }),
      };
    }),
    adoption: {
      nudges: r.adoption?.nudges ?? 0,
      acted: r.adoption?.acted ?? 0,
      improved: r.adoption?.improved ?? 0,
      rate: r.adoption?.rate ?? 0,
    },
    talk: {
      agentTalkMs: talk.agentTalkMs,
      customerTalkMs: talk.customerTalkMs,
      agentTalkRatio: talk.agentTalkRatio,
      longestMonologueMs: talk.longestMonologueMs,
      ...(longestMonologueSpeaker === undefined ? {} : { longestMonologueSpeaker }),
      longestMonologueStartMs: talk.longestMonologueStartMs,
      silenceCount: talk.silenceCount,
      silenceTotalMs: talk.silenceTotalMs,
      longestSilenceMs: talk.longestSilenceMs,
      overtalkMs: talk.overtalkMs,
      agentWordsPerMinute: talk.agentWordsPerMinute,
      silences: talk.silences.map((s) => ({ startMs: s.startMs, endMs: s.endMs })),
    },
    closing: {
      summary: r.closing?.summary ?? false,
      nextSteps: r.closing?.nextSteps ?? false,
      anythingElse: r.closing?.anythingElse ?? false,
      evaluated: r.closing?.evaluated ?? false,
      nothingToSum: r.closing?.nothingToSum ?? false,
    },
    deEscalations: r.deEscalations,
    droppedEvents: r.droppedEvents,
  };
}

/** Converts an event to its protobuf `Envelope`. @internal */
export function toEnvelope(e: TonvoEvent): pb.Envelope {
  const init: EnvelopeInit = { conversation: e.conversation ?? '', event: toCase(e) };
  return create(pb.EnvelopeSchema, init);
}

function toCase(e: TonvoEvent): NonNullable<EnvelopeInit['event']> {
  switch (e.type) {
    case 'utterance':
      return {
        case: 'utterance',
        value: {
          id: e.id,
          speaker: toEnum(SPEAKER, e.speaker),
          text: e.text,
          final: e.final,
          ...(e.revision === undefined ? {} : { revision: e.revision }),
          startMs: e.startMs,
          endMs: e.endMs,
          words: (e.words ?? []).map((w) => ({ ...w })),
          ...(e.confidence === undefined ? {} : { confidence: e.confidence }),
        },
      };
    case 'prosody': {
      const { type: _t, conversation: _c, speaker, ...rest } = e;
      return { case: 'prosody', value: { ...rest, speaker: toEnum(SPEAKER, speaker) } };
    }
    case 'vad': {
      const { type: _t, conversation: _c, speaker, ...rest } = e;
      return { case: 'vad', value: { ...rest, speaker: toEnum(SPEAKER, speaker) } };
    }
    case 'signal':
      return {
        case: 'signal',
        value: {
          kind: toEnum(SIGNAL, e.kind),
          atMs: e.atMs,
          by: toEnum(SPEAKER, e.by),
          note: e.note ?? '',
        },
      };
    case 'tick':
      return { case: 'tick', value: { atMs: e.atMs } };
    case 'feedback':
      return {
        case: 'feedback',
        value: { nudgeId: e.nudgeId, action: toEnum(FEEDBACK, e.action), atMs: e.atMs },
      };
    case 'state':
      return {
        case: 'state',
        value: {
          atMs: e.atMs,
          speaker: toEnum(SPEAKER, e.speaker),
          from: toEnum(STATE, e.from),
          to: toEnum(STATE, e.to),
          score: e.score,
          confidence: e.confidence,
          evidence: evidenceOut(e.evidence),
        },
      };
    case 'trigger':
      return { case: 'trigger', value: triggerOut(e) };
    case 'nudge':
      return { case: 'nudge', value: nudgeOut(e) };
    case 'sentiment':
      return {
        case: 'sentiment',
        value: {
          atMs: e.atMs,
          speaker: toEnum(SPEAKER, e.speaker),
          score: e.score,
          state: toEnum(STATE, e.state),
          confidence: e.confidence,
        },
      };
    case 'report':
      return { case: 'report', value: reportOut(e) };
  }
}

/** Converts a protobuf `Envelope` back to an event. @internal */
export function fromEnvelope(env: pb.Envelope): TonvoEvent {
  const c = env.conversation === '' ? {} : { conversation: env.conversation };
  const ev = env.event;
  switch (ev.case) {
    case 'utterance': {
      const u = ev.value;
      return {
        type: 'utterance',
        ...c,
        id: u.id,
        speaker: fromEnum(SPEAKER, u.speaker, 'speaker'),
        text: u.text,
        final: u.final,
        ...(u.revision === undefined ? {} : { revision: u.revision }),
        startMs: u.startMs,
        endMs: u.endMs,
        ...(u.words.length === 0
          ? {}
          : {
              words: u.words.map((w) => ({
                text: w.text,
                startMs: w.startMs,
                endMs: w.endMs,
                ...(w.confidence === undefined ? {} : { confidence: w.confidence }),
              })),
            }),
        ...(u.confidence === undefined ? {} : { confidence: u.confidence }),
      };
    }
    case 'prosody': {
      const p = ev.value;
      return {
        type: 'prosody',
        ...c,
        speaker: fromEnum(SPEAKER, p.speaker, 'speaker'),
        startMs: p.startMs,
        endMs: p.endMs,
        pitchMedianHz: p.pitchMedianHz,
        pitchRangeHz: p.pitchRangeHz,
        energyDbfs: p.energyDbfs,
        speakingRate: p.speakingRate,
        voicedRatio: p.voicedRatio,
        ...(p.arousal === undefined ? {} : { arousal: p.arousal }),
        ...(p.pace === undefined ? {} : { pace: p.pace }),
      };
    }
    case 'vad': {
      const v = ev.value;
      return {
        type: 'vad',
        ...c,
        speaker: fromEnum(SPEAKER, v.speaker, 'speaker'),
        startMs: v.startMs,
        endMs: v.endMs,
        ...(v.probability === undefined ? {} : { probability: v.probability }),
      };
    }
    case 'signal': {
      const s = ev.value;
      const by = optEnum(SPEAKER, s.by);
      return {
        type: 'signal',
        ...c,
        kind: fromEnum(SIGNAL, s.kind, 'kind'),
        atMs: s.atMs,
        ...(by === undefined ? {} : { by }),
        ...(s.note === '' ? {} : { note: s.note }),
      };
    }
    case 'tick':
      return { type: 'tick', ...c, atMs: ev.value.atMs };
    case 'feedback':
      return {
        type: 'feedback',
        ...c,
        nudgeId: ev.value.nudgeId,
        action: fromEnum(FEEDBACK, ev.value.action, 'action'),
        atMs: ev.value.atMs,
      };
    case 'state': {
      const s = ev.value;
      return {
        type: 'state',
        ...c,
        atMs: s.atMs,
        speaker: fromEnum(SPEAKER, s.speaker, 'speaker'),
        from: fromEnum(STATE, s.from, 'from'),
        to: fromEnum(STATE, s.to, 'to'),
        score: s.score,
        confidence: s.confidence,
        evidence: evidenceIn(s.evidence),
      };
    }
    case 'trigger':
      return { type: 'trigger', ...c, ...triggerIn(ev.value) };
    case 'nudge':
      return { type: 'nudge', ...c, ...nudgeIn(ev.value) };
    case 'sentiment': {
      const s = ev.value;
      return {
        type: 'sentiment',
        ...c,
        atMs: s.atMs,
        speaker: fromEnum(SPEAKER, s.speaker, 'speaker'),
        score: s.score,
        state: fromEnum(STATE, s.state, 'state'),
        confidence: s.confidence,
      };
    }
    case 'report':
      return { type: 'report', ...reportIn(ev.value), ...c };
    case undefined:
      throw new TonvoError('invalid-event', 'envelope holds no event');
  }
}

/**
 * Encodes one event as a length-delimited protobuf record (varint length, then the
 * `tonvo.v1.Envelope` bytes). Concatenated records make a recording.
 * @throws TonvoError `invalid-event` or `unknown-event-type` for an event that is not
 * well formed, which would otherwise be written as a record that reads back as
 * something else (a missing text as an empty one, an unknown type as no event).
 * @public
 */
export function encodeEvent(event: TonvoEvent): Uint8Array {
  const checked = parseTonvoEvent(event);
  let envelope: pb.Envelope;
  try {
    envelope = toEnvelope(checked);
  } catch (e) {
    // Coach outputs are checked only by type and time; a field of the wrong shape
    // shows here.
    throw new TonvoError(
      'invalid-event',
      `a ${checked.type} event cannot be encoded: ${toTonvoError(e, 'invalid-event').message}`,
      { cause: e },
    );
  }
  return sizeDelimitedEncode(pb.EnvelopeSchema, envelope);
}

/** Encodes events as one length-delimited recording. @public */
export function encodeRecording(events: Iterable<TonvoEvent>): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  for (const e of events) {
    const bytes = encodeEvent(e);
    parts.push(bytes);
    size += bytes.length;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** One record of a binary recording: the event, or why it could not be read. @public */
export type RecordingRecord =
  | { readonly offset: number; readonly event: TonvoEvent; readonly error?: undefined }
  | { readonly offset: number; readonly event?: undefined; readonly error: TonvoError };

/** Largest single record accepted, bytes. @public */
export const MAX_RECORD_BYTES: number = 16 * 1024 * 1024;

/**
 * A decoder for a binary recording arriving in chunks of any size. A record whose
 * bytes are not an event (bad protobuf, or an event that fails validation) yields an
 * error record and decoding goes on with the next one. A record whose framing is
 * broken (an unreadable length prefix, or a length over {@link MAX_RECORD_BYTES})
 * yields one `invalid-payload` error record and stops decoding: the record boundaries
 * after it cannot be trusted, so every later `push()` and `end()` returns nothing.
 * A record cut off at the end is reported by `end()` as `truncated`.
 * @public
 */
export interface RecordingDecoder {
  push(chunk: Uint8Array): RecordingRecord[];
  end(): RecordingRecord[];
}

/** Longest varint length prefix, bytes. */
const MAX_PREFIX_BYTES = 10;

/** A buffer this large or smaller is kept for reuse once it is empty; a larger one is released. */
const RETAINED_BUFFER_BYTES = 64 * 1024;

/**
 * Creates a {@link RecordingDecoder}. Every event it yields has passed the same
 * validation as JSONL input ({@link parseTonvoEvent}), so a damaged recording can
 * never smuggle an invalid event into a coach. Whole records are decoded straight
 * from each chunk; only a record split across chunks is copied into a buffer, so
 * memory is bounded by the largest record ({@link MAX_RECORD_BYTES}). The buffer grows
 * geometrically, so a record that arrives in many small chunks costs linear, not
 * quadratic, copying, and a large buffer is released once its record is decoded.
 * @public
 */
export function createRecordingDecoder(): RecordingDecoder {
  let buf = new Uint8Array(0);
  let live = 0; // bytes of the one pending (incomplete) record held in buf
  let base = 0; // stream offset of the first undecoded byte
  let failed = false;

  /** Buffers `bytes`, making room for `expected` bytes in all when the record's size is known. */
  const append = (bytes: Uint8Array, expected = 0): void => {
    if (live + bytes.length > buf.length) {
      // A pending record never exceeds MAX_RECORD_BYTES plus its prefix, so neither does buf.
      const cap = Math.min(buf.length * 2, MAX_RECORD_BYTES + MAX_PREFIX_BYTES);
      const next = new Uint8Array(Math.max(live + bytes.length, expected, cap));
      next.set(buf.subarray(0, live));
      buf = next;
    }
    buf.set(bytes, live);
    live += bytes.length;
  };

  const fail = (out: RecordingRecord[], offset: number, message: string, cause?: unknown): void => {
    failed = true;
    out.push({
      offset,
      error: new TonvoError('invalid-payload', message, {
        offset,
        ...(cause === undefined ? {} : { cause }),
      }),
    });
    buf = new Uint8Array(0);
    live = 0;
  };

  /**
   * Reads the length prefix of the record starting at `bytes[0]` (stream offset
   * `base`): where its body starts and ends in `bytes`, `null` when the prefix is
   * still incomplete, or `undefined` after a framing error (decoding has stopped).
   */
  const frame = (
    bytes: Uint8Array,
    out: RecordingRecord[],
  ): { start: number; end: number } | null | undefined => {
    const offset = base;
    let peek: ReturnType<typeof sizeDelimitedPeek>;
    try {
      peek = sizeDelimitedPeek(bytes);
    } catch (cause) {
      fail(out, offset, `bad record length at byte ${offset}`, cause);
      return undefined;
    }
    if (peek.eof) return null;
    if (peek.size > MAX_RECORD_BYTES) {
      fail(out, offset, `record at byte ${offset} claims ${peek.size} bytes`);
      return undefined;
    }
    return { start: peek.offset, end: peek.offset + peek.size };
  };

  return {
    push(chunk) {
      const out: RecordingRecord[] = [];
      if (failed || chunk.length === 0) return out;
      let pos = 0;
      // Finish the record begun in an earlier chunk, copying only its own bytes.
      while (live > 0) {
        const f = frame(buf.subarray(0, live), out);
        if (f === undefined) return out;
        if (f === null) {
          // The prefix is still incomplete: take one more byte of it.
          if (pos === chunk.length) return out;
          append(chunk.subarray(pos, pos + 1));
          pos += 1;
          continue;
        }
        const missing = f.end - live;
        const take = Math.min(missing, chunk.length - pos);
        append(chunk.subarray(pos, pos + take));
        pos += take;
        if (take < missing) return out;
        out.push(decodeRecord(buf.subarray(f.start, f.end), base));
        base += f.end;
        live = 0;
        if (buf.length > RETAINED_BUFFER_BYTES) buf = new Uint8Array(0);
      }
      // Decode whole records straight from the chunk; buffer only an incomplete tail.
      while (pos < chunk.length) {
        const rest = chunk.subarray(pos);
        const f = frame(rest, out);
        if (f === undefined) return out;
        if (f === null || rest.length < f.end) {
          append(rest, f?.end);
          break;
        }
        out.push(decodeRecord(rest.subarray(f.start, f.end), base));
        pos += f.end;
        base += f.end;
      }
      return out;
    },
    end() {
      if (failed || live === 0) return [];
      const offset = base;
      buf = new Uint8Array(0);
      live = 0;
      return [
        {
          offset,
          error: new TonvoError('truncated', `recording ends inside a record at byte ${offset}`, {
            offset,
          }),
        },
      ];
    },
  };
}

function decodeRecord(body: Uint8Array, offset: number): RecordingRecord {
  let event: TonvoEvent;
  try {
    event = fromEnvelope(fromBinary(pb.EnvelopeSchema, body));
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return {
      offset,
      error: new TonvoError('invalid-payload', `record at byte ${offset}: ${message}`, {
        offset,
        cause,
      }),
    };
  }
  try {
    return { offset, event: parseTonvoEvent(event) };
  } catch (cause) {
    const e = toTonvoError(cause, 'invalid-event');
    return {
      offset,
      error: new TonvoError(e.code, `record at byte ${offset}: ${e.message}`, {
        offset,
        ...(e.field === undefined ? {} : { field: e.field }),
        cause,
      }),
    };
  }
}

/** Decodes a whole binary recording. @public */
export function decodeRecording(bytes: Uint8Array): RecordingRecord[] {
  const d = createRecordingDecoder();
  return [...d.push(bytes), ...d.end()];
}
