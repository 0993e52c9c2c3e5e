import type { Evidence, SentimentState, TimeSpan } from '../events/types.js';
import type { EmotionalState, TextAnalysis } from '../perception/text-analyzer.js';
import type { SentimentParams } from './sentiment-params.js';

/** One thing the machine took into account. @public */
export type EvidenceItem =
  | {
      readonly kind: 'utterance';
      readonly atMs: number;
      readonly utteranceId: string;
      readonly cues: readonly string[];
      readonly contribution: Readonly<Record<EmotionalState, number>>;
    }
  | {
      readonly kind: 'prosody';
      readonly atMs: number;
      readonly window: TimeSpan;
      readonly cues: readonly string[];
      readonly contribution: Readonly<Record<EmotionalState, number>>;
    };

/** A speaker's tracked feeling: the machine's whole state (plain data). @public */
export interface SentimentMachineState {
  readonly state: SentimentState;
  readonly sinceMs: number;
  /** Smoothed valence in [-1, 1]. */
  readonly score: number;
  readonly confidence: number;
  /** Leaky evidence per state, each in [0, 1]. */
  readonly activation: Readonly<Record<EmotionalState, number>>;
  readonly updatedAtMs: number;
  /** The state the evidence is pointing at but has not yet reached, and how many inputs agree. */
  readonly pending?: { readonly state: SentimentState; readonly count: number };
  /** The most recent evidence, newest last (bounded). */
  readonly evidence: readonly EvidenceItem[];
}

/** What the machine is told. @public */
export type SentimentInput =
  | {
      readonly type: 'text';
      readonly atMs: number;
      readonly utteranceId: string;
      readonly analysis: TextAnalysis;
      /** Extra evidence from the conversation around the words (e.g. a repeated question). */
      readonly context?: { readonly confused?: number; readonly cues?: readonly string[] };
    }
  | {
      readonly type: 'prosody';
      readonly atMs: number;
      readonly window: TimeSpan;
      /** Excitement against the speaker's own baseline, [-1, 1]. */
      readonly arousal: number;
      /** Speaking rate against the speaker's own baseline, [-1, 1]. */
      readonly pace: number;
    }
  | { readonly type: 'time'; readonly atMs: number };

/** What the machine decided. @public */
export type SentimentEffect =
  | {
      readonly type: 'stateChange';
      readonly atMs: number;
      readonly from: SentimentState;
      readonly to: SentimentState;
      readonly score: number;
      readonly confidence: number;
      readonly evidence: Evidence;
    }
  | {
      readonly type: 'sample';
      readonly atMs: number;
      readonly score: number;
      readonly state: SentimentState;
      readonly confidence: number;
    };

const MAX_EVIDENCE = 8;
const EVIDENCE_WINDOW_MS = 90_000;
const ZERO: Readonly<Record<EmotionalState, number>> = Object.freeze({
  positive: 0,
  frustrated: 0,
  confused: 0,
  distressed: 0,
  relieved: 0,
});

/** The state a speaker starts in. @public */
export function initialSentimentState(atMs = 0): SentimentMachineState {
  return {
    state: 'neutral',
    sinceMs: atMs,
    score: 0,
    confidence: 0.5,
    activation: ZERO,
    updatedAtMs: atMs,
    evidence: [],
  };
}

const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v);
/** A number from outside (an analyzer, DSP) with NaN read as `fallback`, so one bad value can't poison the state. */
const orElse = (v: number, fallback: number): number => (Number.isNaN(v) ? fallback : v);
/**
 * What is left after `dtMs` of a value that halves every `halfLifeMs`. Gaps are whole
 * milliseconds and mostly under a few seconds, so each (half-life, gap) is worked out
 * once and remembered (`Math.pow` costs more than the rest of a step): same number, read
 * from a table.
 * @internal
 */
export function halve(dtMs: number, halfLifeMs: number): number {
  if (dtMs <= 0) return 1;
  if (dtMs < HALVE_TABLE_MS && Number.isInteger(dtMs)) {
    let table = halveTables.get(halfLifeMs);
    if (table === undefined) {
      if (halveTables.size >= 8) halveTables.clear();
      halveTables.set(halfLifeMs, (table = new Float64Array(HALVE_TABLE_MS).fill(NaN)));
    }
    const v = table[dtMs]!;
    if (v === v) return v;
    return (table[dtMs] = Math.pow(0.5, dtMs / halfLifeMs));
  }
  return Math.pow(0.5, dtMs / halfLifeMs);
}
const HALVE_TABLE_MS = 16_384;
/** Per half-life: `table[dtMs]`, NaN until worked out. */
const halveTables = new Map<number, Float64Array>();

/**
 * The sentiment state machine for one speaker, as a pure function: the next state and
 * the effects (a state change with its evidence; a trajectory sample) as data.
 * Evidence decays with time, accumulates across utterances, and a state changes only
 * when the evidence is strong or repeated (hysteresis), so one word does not flip it.
 *
 * @example
 * ```ts
 * const [next, effects] = transition(initialSentimentState(), { type: 'text', atMs: 5000, utteranceId: 'u1', analysis }, params);
 * ```
 * @public
 */
export function transition(
  s: SentimentMachineState,
  input: SentimentInput,
  p: SentimentParams,
): [SentimentMachineState, SentimentEffect[]] {
  const atMs = Math.max(input.atMs, s.updatedAtMs);
  const dt = atMs - s.updatedAtMs;
  // Most prosody windows say nothing new (an ordinary voice): then nothing changes, and
  // the decay since `updatedAtMs` is applied by the next input that matters (decay
  // composes, so the result is the same).
  let voiceCues = NO_VOICE_CUES;
  if (input.type === 'prosody') {
    voiceCues = prosodyCues(input, s, dt, p);
    if (voiceCues === NO_VOICE_CUES) return [s, NO_EFFECTS];
  }
  const decay = halve(dt, p.halfLifeMs);
  const scoreDecay = halve(dt, p.scoreHalfLifeMs);
  const a0 = s.activation;
  // The activation decayed to now, state by state (written out: this runs for every
  // input of every speaker).
  let positive = a0.positive * decay;
  let frustrated = a0.frustrated * decay;
  let confused = a0.confused * decay;
  let distressed = a0.distressed * decay;
  let relieved = a0.relieved * decay;
  let score = s.score * scoreDecay;
  let item: EvidenceItem | undefined;

  if (input.type === 'text') {
    const a = input.analysis;
    const st = a.states;
    const contextConfused = clamp(orElse(input.context?.confused ?? 0, 0), 0, 1);
    const e: Record<EmotionalState, number> = {
      positive: clamp(orElse(st.positive, 0), 0, 1),
      frustrated: clamp(orElse(st.frustrated, 0), 0, 1),
      confused: 1 - (1 - clamp(orElse(st.confused, 0), 0, 1)) * (1 - contextConfused),
      distressed: clamp(orElse(st.distressed, 0), 0, 1),
      relieved: clamp(orElse(st.relieved, 0), 0, 1),
    };
    // Good news eases the negative states and bad news the positive ones. Gladness that
    // asks nothing ("Friday. Okay, thank you.") is understanding: it eases confusion in
    // full measure.
    const good = Math.max(e.positive, e.relieved);
    const bad = Math.max(e.frustrated, e.distressed);
    frustrated *= 1 - 0.7 * good;
    confused *= 1 - (e.confused < UNDERSTOOD_BELOW ? good : 0.7 * good);
    distressed *= 1 - 0.7 * good;
    positive *= 1 - 0.7 * bad;
    relieved *= 1 - 0.7 * bad;
    positive = 1 - (1 - positive) * (1 - e.positive);
    frustrated = 1 - (1 - frustrated) * (1 - e.frustrated);
    confused = 1 - (1 - confused) * (1 - e.confused);
    distressed = 1 - (1 - distressed) * (1 - e.distressed);
    relieved = 1 - (1 - relieved) * (1 - e.relieved);
    // Valence: strong statements move the smoothed score more.
    const target = clamp(orElse(a.sentiment, score), -1, 1);
    const alpha = 0.35 + 0.35 * Math.abs(target);
    score = score + alpha * (target - score);
    item = {
      kind: 'utterance',
      atMs,
      utteranceId: input.utteranceId,
      cues:
        input.context?.cues === undefined || input.context.cues.length === 0
          ? a.cues
          : [...a.cues, ...input.context.cues],
      contribution: e,
    };
  } else if (input.type === 'prosody') {
    const e: Record<EmotionalState, number> = { ...ZERO };
    const cues: string[] = [];
    const arousal = clamp(orElse(input.arousal, 0), -1, 1);
    const pace = clamp(orElse(input.pace, 0), -1, 1);
    if (voiceCues & RAISED) {
      // Raised voice supports frustration; it needs the words to be at least not positive.
      e.frustrated = (p.prosodyWeight * (arousal - p.arousalThreshold)) / (1 - p.arousalThreshold);
      cues.push(`voice louder/higher than usual (arousal ${arousal.toFixed(2)})`);
      if (score < 0) score = clamp(score - 0.08 * arousal, -1, 1);
    }
    if (voiceCues & SLOWER) {
      e.confused = (p.prosodyWeight * (p.slowPaceThreshold - pace)) / (1 + p.slowPaceThreshold);
      cues.push(`speaking slower than usual (pace ${pace.toFixed(2)})`);
    }
    if (voiceCues & FASTER) {
      e.frustrated = Math.max(e.frustrated, 0.1);
      cues.push(`speaking faster than usual (pace ${pace.toFixed(2)})`);
    }
    // Voice alone never reaches `enter`: it can only support what the words began.
    const below = p.enter - 0.01;
    positive = Math.min(1 - (1 - positive) * (1 - e.positive), Math.max(positive, below));
    frustrated = Math.min(1 - (1 - frustrated) * (1 - e.frustrated), Math.max(frustrated, below));
    confused = Math.min(1 - (1 - confused) * (1 - e.confused), Math.max(confused, below));
    distressed = Math.min(1 - (1 - distressed) * (1 - e.distressed), Math.max(distressed, below));
    relieved = Math.min(1 - (1 - relieved) * (1 - e.relieved), Math.max(relieved, below));
    item = { kind: 'prosody', atMs, window: input.window, cues, contribution: e };
  }
  const act: Record<EmotionalState, number> = {
    positive,
    frustrated,
    confused,
    distressed,
    relieved,
  };
  return conclude(s, act, score, item, atMs, input.type === 'text', p);
}

/**
 * The state evidence `act` points to from `current`, with hysteresis: the strongest
 * state once it reaches `enter` and leads the current one by `margin`, neutral once
 * the current state falls under `exit` and nothing reaches `enter`, else `current`. A
 * state held only by hysteresis (under `enter`) also ends when the smoothed `score` has
 * turned against it: frustration or distress once the score is clearly positive
 * ("Okay. Thank you for actually fixing it." after a complaint), a positive state or
 * relief once it is clearly negative.
 * @internal
 */
export function candidateOf(
  current: SentimentState,
  act: Readonly<Record<EmotionalState, number>>,
  score: number,
  p: SentimentParams,
): SentimentState {
  const top = strongest(act);
  const topValue = valueOf(act, top);
  if (current === 'neutral') return topValue >= p.enter ? top : current;
  const currentValue = valueOf(act, current);
  if (topValue >= p.enter && top !== current && topValue >= currentValue + p.margin) return top;
  if (topValue >= p.enter) return current;
  if (currentValue < p.exit) return 'neutral';
  return currentValue < p.enter && turnedAgainst(current, score) ? 'neutral' : current;
}

/** Confusion evidence in glad words under which they read as understanding (see `transition`). */
const UNDERSTOOD_BELOW = 0.15;

/** How far the smoothed score must lean against a state to end it (see `candidateOf`). */
const SCORE_TURNED = 0.25;

/**
 * How near neutral the smoothed score must come back to end frustration or worry held only
 * by hysteresis: "Friday? Okay. That would actually work." after a complaint brought it
 * from -0.63 to -0.11, and "Okay, thanks." to -0.07; the customer is no longer upset.
 */
const SCORE_BACK = 0.1;

/**
 * How far the smoothed score must lean positive to end confusion held only by hysteresis:
 * an understanding "Friday. Okay, thank you." (confusion has no lean of its own, so it
 * takes a clearer turn than frustration or worry).
 */
const CONFUSION_RESOLVED = 0.5;

/**
 * Whether `score` leans clearly against `state`: positive for a negative state, or the
 * reverse; clearly positive for confusion.
 */
function turnedAgainst(state: SentimentState, score: number): boolean {
  if (state === 'frustrated' || state === 'distressed') return score >= -SCORE_BACK;
  if (state === 'positive' || state === 'relieved') return score <= -SCORE_TURNED;
  if (state === 'confused') return score >= CONFUSION_RESOLVED;
  return false;
}

/**
 * The value for `state` in a record of the five states, read by a switch: a read through a
 * changing key (`act[state]`) is a slow, megamorphic one, and this runs for every input.
 */
function valueOf(act: Readonly<Record<EmotionalState, number>>, state: EmotionalState): number {
  switch (state) {
    case 'positive':
      return act.positive;
    case 'frustrated':
      return act.frustrated;
    case 'confused':
      return act.confused;
    case 'distressed':
      return act.distressed;
    case 'relieved':
      return act.relieved;
  }
}

/** The strongest state (the first in `EMOTIONAL_STATES` on a tie). */
function strongest(act: Readonly<Record<EmotionalState, number>>): EmotionalState {
  let top: EmotionalState = 'positive';
  let topValue = act.positive;
  if (act.frustrated > topValue) {
    top = 'frustrated';
    topValue = act.frustrated;
  }
  if (act.confused > topValue) {
    top = 'confused';
    topValue = act.confused;
  }
  if (act.distressed > topValue) {
    top = 'distressed';
    topValue = act.distressed;
  }
  if (act.relieved > topValue) top = 'relieved';
  return top;
}

/**
 * The rest of a transition once the evidence (`act`, `score`, the new `item`) is known
 * at `atMs`: the state decided with hysteresis, its confidence, and the effects (a
 * sample when `sampled`, or when the state changes).
 * @internal
 */
export function conclude(
  s: SentimentMachineState,
  act: Record<EmotionalState, number>,
  scoreIn: number,
  item: EvidenceItem | undefined,
  atMs: number,
  sampled: boolean,
  p: SentimentParams,
): [SentimentMachineState, SentimentEffect[]] {
  const top = strongest(act);
  const topValue = valueOf(act, top);
  let second = 0;
  if (top !== 'positive' && act.positive > second) second = act.positive;
  if (top !== 'frustrated' && act.frustrated > second) second = act.frustrated;
  if (top !== 'confused' && act.confused > second) second = act.confused;
  if (top !== 'distressed' && act.distressed > second) second = act.distressed;
  if (top !== 'relieved' && act.relieved > second) second = act.relieved;
  const current = s.state;
  const score = clamp(scoreIn, -1, 1);
  const candidate = candidateOf(current, act, score, p);

  const evidence = item === undefined ? s.evidence : appendEvidence(s.evidence, item, atMs);
  let state = current;
  let sinceMs = s.sinceMs;
  let pending: SentimentMachineState['pending'];
  if (candidate !== current) {
    // Returning to neutral is a fading, not an event: it needs no repeated evidence.
    const count = candidate === 'neutral' ? 0 : supporting(evidence, candidate, atMs, false);
    // Voice only supports words: a state is entered only when some recent utterance
    // pointed to it, however many prosody windows agree.
    const fromWords = candidate !== 'neutral' && supporting(evidence, candidate, atMs, true) > 0;
    const strong =
      fromWords &&
      item !== undefined &&
      valueOf(item.contribution, candidate as EmotionalState) >= p.strongEnter;
    if (candidate === 'neutral' || strong || (fromWords && count >= p.minEvidence)) {
      state = candidate;
      sinceMs = atMs;
    } else {
      pending = { state: candidate, count };
    }
  }

  const confidence = confidenceOf(state, act, topValue, second, evidence, atMs);
  let effects = NO_EFFECTS;
  if (state !== current) {
    effects = [
      {
        type: 'stateChange',
        atMs,
        from: current,
        to: state,
        score,
        confidence,
        evidence: evidenceFor(state, evidence, atMs),
      },
      { type: 'sample', atMs, score, state, confidence },
    ];
  } else if (sampled) {
    effects = [{ type: 'sample', atMs, score, state, confidence }];
  }
  const next: SentimentMachineState =
    pending === undefined
      ? { state, sinceMs, score, confidence, activation: act, updatedAtMs: atMs, evidence }
      : {
          state,
          sinceMs,
          score,
          confidence,
          activation: act,
          updatedAtMs: atMs,
          pending,
          evidence,
        };
  return [next, effects];
}

/** Recent evidence items (or only utterances, with `wordsOnly`) that point to `state`. */
function supporting(
  evidence: readonly EvidenceItem[],
  state: EmotionalState,
  atMs: number,
  wordsOnly: boolean,
): number {
  let n = 0;
  for (const e of evidence) {
    if (wordsOnly && e.kind !== 'utterance') continue;
    if (atMs - e.atMs <= 60_000 && valueOf(e.contribution, state) > 0.15) n++;
  }
  return n;
}

const NO_EFFECTS: SentimentEffect[] = [];

// What a prosody window says, as bits: a raised voice, slower speech, faster speech.
const NO_VOICE_CUES = 0;
const RAISED = 1;
const SLOWER = 2;
const FASTER = 4;

/**
 * Which cues a prosody window adds, judged against the state decayed to the window's
 * time (`dt` after `s.updatedAtMs`): the one place these tests are written, so the early
 * return for an ordinary voice and the cues themselves cannot disagree. An ordinary
 * voice is told apart before any decay is worked out.
 */
function prosodyCues(
  input: { readonly arousal: number; readonly pace: number },
  s: SentimentMachineState,
  dt: number,
  p: SentimentParams,
): number {
  if (isOrdinaryVoice(input.arousal, input.pace, p)) return NO_VOICE_CUES;
  const arousal = clamp(orElse(input.arousal, 0), -1, 1);
  const pace = clamp(orElse(input.pace, 0), -1, 1);
  const raised = arousal > p.arousalThreshold;
  const slow = pace < p.slowPaceThreshold;
  const decay = halve(dt, p.halfLifeMs);
  const score = s.score * halve(dt, p.scoreHalfLifeMs);
  return (
    (raised && score < 0.15 ? RAISED : 0) |
    (slow && s.activation.confused * decay > 0.1 ? SLOWER : 0) |
    (pace > 0.35 && raised && s.activation.frustrated * decay > 0.1 ? FASTER : 0)
  );
}

/**
 * Whether a voice is ordinary for its speaker: not raised, not slower than usual. Such a
 * window changes nothing, whatever the state (`transition` returns it unchanged), so a
 * runtime may skip it.
 * @internal
 */
export function isOrdinaryVoice(arousal: number, pace: number, p: SentimentParams): boolean {
  return (
    !(clamp(orElse(arousal, 0), -1, 1) > p.arousalThreshold) &&
    !(clamp(orElse(pace, 0), -1, 1) < p.slowPaceThreshold)
  );
}

/**
 * The evidence within the window, newest last, with `item` added and the oldest dropped
 * past MAX_EVIDENCE: built as one new array (this runs for every input that counts).
 */
function appendEvidence(
  list: readonly EvidenceItem[],
  item: EvidenceItem,
  atMs: number,
): EvidenceItem[] {
  let kept = 0;
  for (const e of list) if (atMs - e.atMs <= EVIDENCE_WINDOW_MS) kept++;
  // The oldest kept items that do not fit beside the new one.
  let skip = kept + 1 - MAX_EVIDENCE;
  const out: EvidenceItem[] = [];
  for (const e of list) {
    if (atMs - e.atMs > EVIDENCE_WINDOW_MS) continue;
    if (skip > 0) skip--;
    else out.push(e);
  }
  out.push(item);
  return out;
}

function confidenceOf(
  state: SentimentState,
  act: Readonly<Record<EmotionalState, number>>,
  topValue: number,
  second: number,
  evidence: readonly EvidenceItem[],
  atMs: number,
): number {
  if (state === 'neutral') {
    // Sure of neutral when nothing else has evidence.
    return clamp(1 - topValue, 0, 1);
  }
  const value = valueOf(act, state);
  const rival = value === topValue ? second : topValue;
  let recent = 0;
  for (const e of evidence) {
    if (atMs - e.atMs <= 60_000 && valueOf(e.contribution, state) > 0.05) recent++;
  }
  return clamp(value * (0.6 + 0.4 * Math.min(1, recent / 3)) - 0.3 * rival, 0, 1);
}

function evidenceFor(
  state: SentimentState,
  evidence: readonly EvidenceItem[],
  atMs: number,
): Evidence {
  // A return to neutral is caused by good news (cite it) or by time alone (cite nothing:
  // the last thing said or heard did not cause a fade).
  const last = evidence[evidence.length - 1];
  const relevant =
    state === 'neutral'
      ? last !== undefined &&
        last.atMs === atMs &&
        (last.contribution.positive > 0.05 || last.contribution.relieved > 0.05)
        ? [last]
        : []
      : evidence.filter((e) => atMs - e.atMs <= 60_000 && valueOf(e.contribution, state) > 0.05);
  const utteranceIds: string[] = [];
  const prosodyWindows: TimeSpan[] = [];
  const cues: string[] = [];
  for (const e of relevant) {
    if (e.kind === 'utterance') utteranceIds.push(e.utteranceId);
    else prosodyWindows.push(e.window);
    for (const c of e.cues) if (!cues.includes(c)) cues.push(c);
  }
  const summary =
    state === 'neutral'
      ? relevant.length > 0
        ? 'good news eased the earlier state'
        : 'no new signs of the earlier state: it faded with time'
      : `${utteranceIds.length} utterance${utteranceIds.length === 1 ? '' : 's'}${
          prosodyWindows.length > 0
            ? ` and ${prosodyWindows.length} stretch${prosodyWindows.length === 1 ? '' : 'es'} of voice`
            : ''
        } pointed to ${state}`;
  return { utteranceIds, prosodyWindows, cues, summary };
}
