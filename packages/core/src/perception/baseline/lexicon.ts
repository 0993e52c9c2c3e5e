import { EMOTIONAL_STATES, type EmotionalState } from '../text-analyzer.js';
import { HAND_LEXICON } from './lexicon-hand.js';
import { LEARNED_LEXICON } from './lexicon-learned.js';

/** Evidence a cue gives for each state, in [0, 1]. @public */
export type StateWeights = Readonly<Partial<Record<EmotionalState, number>>>;

/** What a word means to the baseline analyzer. @public */
export interface WordEntry {
  /** Valence on the AFINN/VADER scale, -5 (very negative) to 5 (very positive). */
  readonly valence: number;
  /** Evidence a plain use of the word gives for states. */
  readonly states?: StateWeights;
}

const STATE_BY_LETTER: Readonly<Record<string, EmotionalState>> = {
  p: 'positive',
  f: 'frustrated',
  c: 'confused',
  d: 'distressed',
  r: 'relieved',
};

/**
 * Parses a compact state list such as `f.8 d.3` into weights; `''` gives `undefined`.
 * @internal
 */
export function parseStates(spec: string): StateWeights | undefined {
  if (spec === '') return undefined;
  const out: Partial<Record<EmotionalState, number>> = {};
  for (const part of spec.split(' ')) {
    const state = STATE_BY_LETTER[part[0] ?? ''];
    const weight = Number(`0${part.slice(1)}`);
    if (state === undefined || !(weight >= 0 && weight <= 1)) {
      throw new Error(`bad state weight ${JSON.stringify(part)}`);
    }
    out[state] = weight;
  }
  return out;
}

/** Adds the entries of a `word valence [states]` table to `into`, later ones winning. */
function addTable(table: string, into: Map<string, WordEntry>): void {
  for (const line of table.split('\n')) {
    if (line === '') continue;
    const a = line.indexOf(' ');
    const b = line.indexOf(' ', a + 1);
    const word = line.slice(0, a);
    const valence = Number(b < 0 ? line.slice(a + 1) : line.slice(a + 1, b));
    const states = b < 0 ? undefined : parseStates(line.slice(b + 1));
    into.set(word, states === undefined ? { valence } : { valence, states });
  }
}

let builtIn: ReadonlyMap<string, WordEntry> | undefined;
let handOnly: ReadonlyMap<string, WordEntry> | undefined;

/**
 * The built-in word lexicon: the learned entries overlaid with the hand-written ones, or
 * the hand-written ones alone. Parsed once, on first use.
 * @internal
 */
export function getBuiltInLexicon(learned = true): ReadonlyMap<string, WordEntry> {
  if (!learned) return (handOnly ??= getHandLexicon());
  if (builtIn === undefined) {
    const map = new Map<string, WordEntry>();
    addTable(LEARNED_LEXICON, map);
    addTable(HAND_LEXICON, map);
    builtIn = map;
  }
  return builtIn;
}

/** The hand-written entries alone (the learning script keeps them fixed). @internal */
export function getHandLexicon(): ReadonlyMap<string, WordEntry> {
  const map = new Map<string, WordEntry>();
  addTable(HAND_LEXICON, map);
  return map;
}

/** True when `value` names an emotional state. @internal */
export function isStateName(value: string): value is EmotionalState {
  return (EMOTIONAL_STATES as readonly string[]).includes(value);
}
