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
 * Plain-ASCII text (most transcripts) takes a hand-written scan that gives exactly
 * what the regular expression gives (a property test holds them together); any other
 * text takes {@link tokenizeByRegex}.
 * @internal
 */
export function tokenize(text: string, maxTokens: number): Tokens {
  return tokenizeAscii(text, maxTokens) ?? tokenizeByRegex(text, maxTokens);
}

const MASKS = ['[NAME]', '[RELIGION]', '[name]', '[religion]'] as const;

// [0-9A-Za-z]
function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** The ASCII scan of {@link tokenize}; `undefined` as soon as it meets a non-ASCII character. */
function tokenizeAscii(text: string, maxTokens: number): Tokens | undefined {
  const tokens: string[] = [];
  let shouting = false;
  let previous = 0;
  let repeats = 0;
  const n = text.length;
  let i = 0;
  while (i < n && tokens.length < maxTokens) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return undefined;
    if (isAsciiAlnum(c)) {
      let j = i;
      let hasUpper = false;
      let hasLower = false;
      let apostrophe = false;
      for (;;) {
        for (; j < n; j++) {
          const d = text.charCodeAt(j);
          if (d >= 0x41 && d <= 0x5a) hasUpper = true;
          else if (d >= 0x61 && d <= 0x7a) hasLower = true;
          else if (!(d >= 0x30 && d <= 0x39)) break;
        }
        if (j === n) break;
        const d = text.charCodeAt(j);
        if (d >= 0x80) return undefined; // a non-ASCII letter may continue the word
        if ((d === 0x27 || d === 0x60) && j + 1 < n) {
          const e = text.charCodeAt(j + 1);
          if (e >= 0x80) return undefined;
          if (isAsciiAlnum(e)) {
            apostrophe = true;
            j++;
            continue;
          }
        }
        break;
      }
      const raw = text.slice(i, j);
      const lower = hasUpper ? raw.toLowerCase() : raw;
      if (!shouting && raw.length >= 3 && hasUpper && !hasLower) shouting = true;
      tokens.push(apostrophe ? lower.replace(APOSTROPHES, '') : lower);
      previous = 0;
      i = j;
      continue;
    }
    if (c === 0x21 || c === 0x3f) {
      repeats = c === previous ? repeats + 1 : 1;
      previous = c;
      if (repeats <= MAX_REPEATED_MARKS) tokens.push(c === 0x21 ? '!' : '?');
      i++;
      continue;
    }
    if (c === 0x5b) {
      const mask = MASKS.find((m) => text.startsWith(m, i));
      if (mask !== undefined) {
        tokens.push(mask.toLowerCase());
        previous = 0;
        i += mask.length;
        continue;
      }
    }
    i++;
  }
  return { tokens, shouting };
}

/**
 * {@link tokenize} by its regular expression, for any text.
 * @internal
 */
export function tokenizeByRegex(text: string, maxTokens: number): Tokens {
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
