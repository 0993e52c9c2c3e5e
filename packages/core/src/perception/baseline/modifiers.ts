/**
 * Words that change the weight of the sentiment words near them: negators, intensifiers
 * and downtoners, and the words that end a negation's reach. Shared by the analyzer and
 * by the script that learns the word lexicon, so both read text the same way.
 */

/** Words that flip the polarity of a sentiment word up to {@link NEGATION_SCOPE} words later. */
const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  'never',
  'nothing',
  'nobody',
  'none',
  'neither',
  'nor',
  'without',
  'hardly',
  'cannot',
  'cant',
  'dont',
  'didnt',
  'doesnt',
  'isnt',
  'wasnt',
  'arent',
  'werent',
  'wont',
  'wouldnt',
  'couldnt',
  'shouldnt',
  'havent',
  'hasnt',
  'hadnt',
  'aint',
  'nowhere',
  'noone',
]);

/** How many words back a negator reaches (VADER uses three too). @internal */
export const NEGATION_SCOPE = 3;

/**
 * True when `word` (folded) negates what follows: "not", "never", any "n't" contraction
 * and the unpunctuated spellings speech recognisers produce ("dont", "cant"). "no" is
 * handled apart because it reaches only the next word ("no help", but "no, that's great").
 * @internal
 */
export function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't");
}

/** Words that end the reach of a negator or modifier even without punctuation. @internal */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  'but',
  'however',
  'although',
  'though',
  'except',
  'anyway',
]);

/** Multipliers for the strength of the next sentiment word: above 1 intensifies, below 1 tones down. @internal */
export const INTENSITY: ReadonlyMap<string, number> = new Map([
  ['really', 1.3],
  ['very', 1.3],
  ['so', 1.3],
  ['too', 1.2],
  ['extremely', 1.5],
  ['incredibly', 1.5],
  ['unbelievably', 1.5],
  ['insanely', 1.4],
  ['absolutely', 1.4],
  ['utterly', 1.5],
  ['totally', 1.3],
  ['completely', 1.3],
  ['entirely', 1.2],
  ['super', 1.3],
  ['truly', 1.3],
  ['highly', 1.3],
  ['deeply', 1.4],
  ['terribly', 1.4],
  ['awfully', 1.3],
  ['hugely', 1.3],
  ['massively', 1.3],
  ['seriously', 1.3],
  ['especially', 1.2],
  ['particularly', 1.2],
  ['exceptionally', 1.4],
  ['remarkably', 1.3],
  ['ridiculously', 1.4],
  ['such', 1.2],
  ['most', 1.2],
  ['quite', 1.1],
  ['pretty', 1.15],
  ['freaking', 1.4],
  ['fricking', 1.4],
  ['friggin', 1.4],
  ['fucking', 1.5],
  ['bloody', 1.3],
  ['damn', 1.3],
  ['damned', 1.3],
  ['way', 1.2],
  ['much', 1.1],
  ['slightly', 0.6],
  ['somewhat', 0.7],
  ['fairly', 0.85],
  ['rather', 0.9],
  ['kinda', 0.6],
  ['sorta', 0.6],
  ['marginally', 0.6],
  ['mildly', 0.6],
  ['partly', 0.7],
  ['barely', 0.5],
  ['almost', 0.7],
]);

/** Two-word downtoners: the first word, then the second ("a bit", "kind of"). @internal */
export const DOWNTONER_PAIRS: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map([
  [
    'a',
    new Map([
      ['bit', 0.6],
      ['little', 0.6],
      ['tad', 0.6],
    ]),
  ],
  ['kind', new Map([['of', 0.6]])],
  ['sort', new Map([['of', 0.6]])],
]);

/** Scale of a negated positive word ("not happy" is clearly negative). @internal */
export const NEGATED_POSITIVE = -0.75;
/** Scale of a negated negative word ("not bad" is only mildly positive). @internal */
export const NEGATED_NEGATIVE = -0.4;

/** How much a negator changes a word of valence `valence` (1 when not negated). @internal */
export function negationFactor(valence: number, negated: boolean): number {
  if (!negated) return 1;
  return valence > 0 ? NEGATED_POSITIVE : NEGATED_NEGATIVE;
}

/** Weight of what comes before and after the first "but" ("it's fine but I'm annoyed"). @internal */
export const BEFORE_BUT = 0.5;
/** @internal */
export const AFTER_BUT = 1.5;

/** Strength multiplier of a word written in capitals ("RIDICULOUS") in mixed or shouted text. @internal */
export const CAPS_BOOST = 1.5;

/** Raw valence added per "!" in the direction of the sentiment (at most {@link MAX_EMPHASIS_MARKS}). @internal */
export const EXCLAMATION_BOOST = 0.3;
/** Raw valence added per "?" past the first, in the direction of the sentiment. @internal */
export const QUESTION_BOOST = 0.18;
/** Most "!" or "?" that count. @internal */
export const MAX_EMPHASIS_MARKS = 4;
