// Words (letters/digits with inner apostrophes), the masks GoEmotions uses for names
// and religions, the two marks that carry feeling in writing, and pictographs (emoji).
const TOKEN =
  /\[(?:NAME|RELIGION|name|religion)\]|[\p{L}\p{N}]+(?:['’‘`][\p{L}\p{N}]+)*|[!?]|\p{Extended_Pictographic}/gu;
const APOSTROPHES = /['’‘`]/g;
const HAS_APOSTROPHE = /['’‘`]/;
const MAX_REPEATED_MARKS = 3;

/** What {@link tokenize} read in one text. @internal */
export interface Tokens {
  /** Lower-case tokens in order; apostrophes dropped (`don't` and `dont` are one word). */
  readonly tokens: string[];
  /** Whether a word of three or more letters was written in capitals (shouting). */
  readonly shouting: boolean;
}

/**
 * Splits a text into the lower-case tokens the emotion featurizer hashes. Written
 * and transcribed forms of the same sentence give the same words: case and
 * apostrophes are dropped, and punctuation other than `!` and `?` is ignored.
 * @internal
 */
export function tokenize(text: string, maxTokens: number): Tokens {
  const tokens: string[] = [];
  let shouting = false;
  let previous = '';
  let repeats = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null && tokens.length < maxTokens; m = TOKEN.exec(text)) {
    const raw = m[0];
    const first = raw.charCodeAt(0);
    if (first === 0x5b) {
      // [NAME] / [RELIGION] masks
      tokens.push(raw.toLowerCase());
      previous = '';
      continue;
    }
    if (raw === '!' || raw === '?') {
      repeats = raw === previous ? repeats + 1 : 1;
      previous = raw;
      if (repeats <= MAX_REPEATED_MARKS) tokens.push(raw);
      continue;
    }
    previous = '';
    const lower = raw.toLowerCase();
    if (!shouting && raw.length >= 3 && lower !== raw && raw.toUpperCase() === raw) shouting = true;
    tokens.push(HAS_APOSTROPHE.test(lower) ? lower.replace(APOSTROPHES, '') : lower);
  }
  return { tokens, shouting };
}
