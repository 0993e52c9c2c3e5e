import { letterOrDigitAt } from './chars.js';
import type { PhraseItem, PhraseSequence } from './phrase-pattern.js';

/**
 * Where a parsed phrase pattern matches `folded` starting at `pos`: the end offset, or
 * -1. It reads the pattern tree directly, exactly as the regular expression that
 * `compilePhrasePattern` writes would (alternatives in order, optional words and `*`
 * greedy, separators between the words that are there, a word boundary at the end),
 * without compiling anything: a regular expression per phrase costs far more to
 * compile, and to compile again when the engine drops unused code, than a phrase
 * costs to check at the few places it could start.
 * @internal
 */
export function matchPhraseAt(sequence: PhraseSequence, folded: string, pos: number): number {
  const m = new Matcher(folded);
  return m.sequence(sequence, 0, false, null, pos) ? m.end : -1;
}

/**
 * What to match once the current sequence is done: the rest of an enclosing sequence
 * from item `i`, then its own continuation (`null`: the end of the pattern).
 */
interface Frame {
  readonly seq: PhraseSequence;
  readonly i: number;
  readonly started: boolean;
  /** A separator comes first (after a leading optional item). */
  readonly separator: boolean;
  readonly parent: Frame | null;
}

/** An item that matches once: `sequence` hands every `*` to `#star` itself. */
type SingleItem = Exclude<PhraseItem, { readonly kind: 'star' }>;

/**
 * One attempt at one place, backtracking in the order a regular expression would, with
 * no closure per step: the continuation is a chain of frames, one per group entered.
 */
class Matcher {
  readonly #text: string;
  end = -1;

  constructor(text: string) {
    this.#text = text;
  }

  /** Items `i..` of `seq` from `pos`, then `parent`; `started` once a mandatory item matched. */
  sequence(
    seq: PhraseSequence,
    i: number,
    started: boolean,
    parent: Frame | null,
    pos: number,
  ): boolean {
    if (i === seq.length) return this.#resume(parent, pos);
    const item = seq[i]!;
    if (item.kind === 'star') return this.#star(item.max, 0, pos, started, seq, i + 1, parent);
    if (item.optional) {
      // Greedy: with the item first. Before the first mandatory item an optional one
      // carries the separator after it, later the one before it.
      const taken = started
        ? this.#separated(pos, item, seq, i + 1, true, false, parent)
        : this.#item(item, pos, seq, i + 1, false, true, parent);
      return taken || this.sequence(seq, i + 1, started, parent, pos);
    }
    return started
      ? this.#separated(pos, item, seq, i + 1, true, false, parent)
      : this.#item(item, pos, seq, i + 1, true, false, parent);
  }

  /** The pattern's end is a word boundary; a frame resumes its sequence. */
  #resume(frame: Frame | null, pos: number): boolean {
    if (frame === null) {
      if (letterOrDigitAt(this.#text, pos) > 0) return false;
      this.end = pos;
      return true;
    }
    if (!frame.separator)
      return this.sequence(frame.seq, frame.i, frame.started, frame.parent, pos);
    const e = this.#separatorEnd(pos);
    for (let p = e; p > pos; p--) {
      if (this.sequence(frame.seq, frame.i, frame.started, frame.parent, p)) return true;
    }
    return false;
  }

  /** A separator (greedy, giving back as needed), then `item`, then the rest. */
  #separated(
    pos: number,
    item: SingleItem,
    seq: PhraseSequence,
    next: number,
    started: boolean,
    separator: boolean,
    parent: Frame | null,
  ): boolean {
    const e = this.#separatorEnd(pos);
    for (let p = e; p > pos; p--) {
      if (this.#item(item, p, seq, next, started, separator, parent)) return true;
    }
    return false;
  }

  /** `item` at `pos`, then (a separator first when `separator`) items `next..` of `seq`. */
  #item(
    item: SingleItem,
    pos: number,
    seq: PhraseSequence,
    next: number,
    started: boolean,
    separator: boolean,
    parent: Frame | null,
  ): boolean {
    const text = this.#text;
    if (item.kind === 'word') {
      const end = wordEnd(item.text, text, pos);
      return end >= 0 && this.#then(end, seq, next, started, separator, parent);
    }
    if (item.kind === 'number') {
      const end = numberEnd(text, pos);
      return end > pos && this.#then(end, seq, next, started, separator, parent);
    }
    if (item.words !== undefined) {
      for (const word of item.words) {
        const end = wordEnd(word, text, pos);
        if (end >= 0 && this.#then(end, seq, next, started, separator, parent)) return true;
      }
      return false;
    }
    const frame: Frame = { seq, i: next, started, separator, parent };
    for (const alt of item.alts) if (this.sequence(alt, 0, false, frame, pos)) return true;
    return false;
  }

  /** After an item ending at `end`: (a separator first when `separator`) items `next..`. */
  #then(
    end: number,
    seq: PhraseSequence,
    next: number,
    started: boolean,
    separator: boolean,
    parent: Frame | null,
  ): boolean {
    if (!separator) return this.sequence(seq, next, started, parent, end);
    const e = this.#separatorEnd(end);
    for (let p = e; p > end; p--) if (this.sequence(seq, next, started, parent, p)) return true;
    return false;
  }

  /** Up to `max - count` more arbitrary words (greedy), each with its separator, then the rest. */
  #star(
    max: number,
    count: number,
    pos: number,
    started: boolean,
    seq: PhraseSequence,
    next: number,
    parent: Frame | null,
  ): boolean {
    if (count < max) {
      const text = this.#text;
      if (started) {
        const e = this.#separatorEnd(pos);
        for (let p = e; p > pos; p--) {
          const w = wordRunEnd(text, p);
          if (w > p && this.#star(max, count + 1, w, started, seq, next, parent)) return true;
        }
      } else {
        const w = wordRunEnd(text, pos);
        if (w > pos) {
          const e = this.#separatorEnd(w);
          for (let p = e; p > w; p--) {
            if (this.#star(max, count + 1, p, started, seq, next, parent)) return true;
          }
        }
      }
    }
    return this.sequence(seq, next, started, parent, pos);
  }

  #separatorEnd(pos: number): number {
    const text = this.#text;
    let e = pos;
    while (e < text.length && isSeparator(text.charCodeAt(e))) e++;
    return e;
  }
}

/** End of pattern word `word` at `pos` (an apostrophe in it is optional), or -1. */
function wordEnd(word: string, text: string, pos: number): number {
  let p = pos;
  for (let k = 0; k < word.length; k++) {
    const ch = word[k]!;
    if (ch === "'") {
      if (text[p] === "'") p++;
      continue;
    }
    if (text[p] !== ch) return -1;
    p++;
  }
  return p;
}

const DIGIT = /\p{N}/u;
const CURRENCY = new Set(['$', '€', '£', '¥']);

/** End of a number at `pos` (`3`, `10.50`, `1,000`, `$5`), or `pos` when there is none. */
function numberEnd(text: string, pos: number): number {
  let p = pos;
  if (CURRENCY.has(text[p] ?? '')) p++;
  const digits = p;
  while (p < text.length && DIGIT.test(text[p]!)) p++;
  if (p === digits) return pos;
  while ((text[p] === '.' || text[p] === ',') && p + 1 < text.length && DIGIT.test(text[p + 1]!)) {
    p++;
    while (p < text.length && DIGIT.test(text[p]!)) p++;
  }
  return p;
}

/** End of a run of letters, digits and apostrophes (an arbitrary word for `*`). */
function wordRunEnd(text: string, pos: number): number {
  let p = pos;
  for (;;) {
    const len = letterOrDigitAt(text, p);
    if (len > 0) p += len;
    else if (text[p] === "'") p++;
    else return p;
  }
}

/** `[\s,.;:!?\-—"]`: whitespace or light punctuation between the words of a phrase. */
function isSeparator(c: number): boolean {
  switch (c) {
    case 0x2c: // ,
    case 0x2e: // .
    case 0x3b: // ;
    case 0x3a: // :
    case 0x21: // !
    case 0x3f: // ?
    case 0x2d: // -
    case 0x2014: // —
    case 0x22: // "
    case 0x20:
    case 0x09:
    case 0x0a:
    case 0x0b:
    case 0x0c:
    case 0x0d:
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
    case 0xfeff:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200a;
  }
}
