import {
  EMOTIONAL_STATES,
  NEUTRAL_ANALYSIS,
  type EmotionalState,
  type TextAnalysis,
} from '../text-analyzer.js';
import { EXCLAMATION_BOOST, MAX_EMPHASIS_MARKS, QUESTION_BOOST } from './modifiers.js';
import { contribution, type Scan, type ScanItem } from './scan.js';

/** Frustration read in a negated positive word at full strength ("not happy", "not helpful"). */
const NEGATED_POSITIVE_FRUSTRATION = 0.35;
/** Raw valence at which a positive cue gives positive evidence 1 - 1/e. */
const POSITIVE_SCALE = 3;
/** Evidence of a state below which a cue does not name it. */
const CUE_STATE_FLOOR = 0.25;
const MAX_WEIGHT = 0.98;

/** Raw valence that "!" and "??" add in the direction of the sentiment. @internal */
export function emphasisRaw(scan: Scan): number {
  const bangs = Math.min(scan.exclamations, MAX_EMPHASIS_MARKS) * EXCLAMATION_BOOST;
  const marks =
    scan.questions > 1 ? Math.min(scan.questions, MAX_EMPHASIS_MARKS) * QUESTION_BOOST : 0;
  return bangs + marks;
}

/** Maps a raw valence sum to (-1, 1); `alpha` sets how fast it saturates. @internal */
export function squash(raw: number, alpha: number): number {
  return raw === 0 ? 0 : raw / Math.sqrt(raw * raw + alpha);
}

/** Strengthens (m > 1) or weakens (m < 1) an evidence value, staying in [0, 1). */
function emphasize(weight: number, m: number): number {
  return 1 - Math.pow(1 - Math.min(weight, MAX_WEIGHT), m);
}

/**
 * Turns a scan into a {@link TextAnalysis}: the sentiment from the raw valence sum, each
 * state as a noisy-OR of the evidence of its cues, and one cue in words per item.
 * @internal
 */
export function scoreScan(text: string, scan: Scan, alpha: number, maxCues: number): TextAnalysis {
  const { items } = scan;
  if (items.length === 0 && scan.exclamations === 0 && scan.questions < 2) {
    return NEUTRAL_ANALYSIS;
  }
  // Product of (1 - evidence) per state: positive, frustrated, confused, distressed, relieved.
  const rest = [1, 1, 1, 1, 1];
  const cues: string[] = [];
  const strength: number[] = [];
  let raw = 0;
  for (const item of items) {
    const c = contribution(item);
    raw += c;
    const m = item.intensity * item.weight;
    let best = 0;
    const named: string[] = [];
    const states = item.entry.states;
    if (item.negated) {
      const v = item.entry.valence;
      if (v > 0) {
        const e = emphasize(NEGATED_POSITIVE_FRUSTRATION * Math.min(1, v / 2.5), m);
        best = addEvidence(rest, named, best, 1, e);
      }
    } else if (states !== undefined) {
      for (let s = 0; s < 5; s++) {
        const w = states[EMOTIONAL_STATES[s]!];
        if (w !== undefined) best = addEvidence(rest, named, best, s, emphasize(w, m));
      }
    }
    if (c > 0 && (item.negated || states?.positive === undefined)) {
      best = addEvidence(rest, named, best, 0, 1 - Math.exp(-c / POSITIVE_SCALE));
    }
    if (named.length === 0 && c !== 0) named.push(c > 0 ? 'positive' : 'negative');
    if (named.length === 0) continue;
    cues.push(describe(text, item, named));
    strength.push(Math.abs(c) / 4 + best);
  }

  const bangs = Math.min(scan.exclamations, MAX_EMPHASIS_MARKS);
  if (bangs > 0) {
    // "!!!" makes whatever was felt stronger, never creates a feeling by itself.
    const power = 1 + 0.25 * bangs;
    for (const s of [0, 1, 3, 4]) rest[s] = Math.pow(rest[s]!, power);
    if (raw !== 0) {
      cues.push(`emphasis "${'!'.repeat(bangs)}": stronger`);
      strength.push(0);
    }
  }
  if (scan.questions > 1) {
    const marks = Math.min(scan.questions, MAX_EMPHASIS_MARKS);
    const power = 1 + 0.2 * (marks - 1);
    rest[2] = Math.pow(rest[2]! * 0.75, power);
    rest[1] = Math.pow(rest[1]!, power);
    cues.push(`emphasis "${'?'.repeat(marks)}": confused`);
    strength.push(0);
  }
  raw += Math.sign(raw) * emphasisRaw(scan);

  const out: Record<EmotionalState, number> = {
    positive: 1 - rest[0]!,
    frustrated: 1 - rest[1]!,
    confused: 1 - rest[2]!,
    distressed: 1 - rest[3]!,
    relieved: 1 - rest[4]!,
  };
  return { sentiment: squash(raw, alpha), states: out, cues: strongest(cues, strength, maxCues) };
}

/**
 * Adds one cue's evidence for state `index`: into the product of what is left of that
 * state (`rest`), and its name to `named` when strong enough. Returns the cue's strongest
 * evidence so far. (A function, not a closure per cue: a closure's numbers are boxed
 * anew on every write.)
 */
function addEvidence(
  rest: number[],
  named: string[],
  best: number,
  index: number,
  evidence: number,
): number {
  if (evidence <= 0) return best;
  rest[index]! *= 1 - evidence;
  if (evidence >= CUE_STATE_FLOOR) named.push(EMOTIONAL_STATES[index]!);
  return Math.max(best, evidence);
}

function describe(text: string, item: ScanItem, named: string[]): string {
  const span = text.slice(item.start, item.end);
  let mods = '';
  if (item.negated) mods += ' (negated)';
  if (item.intensity > 1 && !item.caps) mods += ' (intensified)';
  if (item.intensity < 1) mods += ' (toned down)';
  if (item.caps) mods += ' (caps)';
  return `${item.kind} "${span}"${mods}: ${named.join(', ')}`;
}

/** The `max` strongest cues, kept in text order. */
function strongest(cues: string[], strength: number[], max: number): string[] {
  if (cues.length <= max) return cues;
  const order = cues.map((_, k) => k);
  order.sort((a, b) => strength[b]! - strength[a]! || a - b);
  return order
    .slice(0, max)
    .sort((a, b) => a - b)
    .map((k) => cues[k]!);
}
