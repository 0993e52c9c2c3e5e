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
  const walk = new Walk(folded);
  let end = -1;
  const done = (p: number): boolean => {
    if (letterOrDigitAt(folded, p) > 0) return false;
    end = p;
    return true;
  };
  return walk.sequence(sequence, 0, pos, false, done) ? end : -1;
}

type Next = (pos: number) => boolean;

/**
 * One attempt at one place, backtracking in the order a regular expression would. A
 * group of multi-word alternatives has its ends from a place computed once (in priority
 * order) and remembered, so optional words around it do not redo its work.
 */
class Walk {
  readonly #text: string;
  #groups: Map<PhraseItem, Map<number, number[]>> | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  /** Items `i..` of `seq` from `pos`; `started` once a mandatory item has matched. */
  sequence(seq: PhraseSequence, i: number, pos: number, started: boolean, next: Next): boolean {
    if (i === seq.length) return next(pos);
    const item = seq[i]!;
    const rest =
      (s: boolean): Next =>
      (p) =>
        this.sequence(seq, i + 1, p, s, next);
    if (item.kind === 'star') return this.#star(item.max, 0, pos, started, rest(started));
    if (item.optional) {
      // Greedy: with the item first. Before the first mandatory item an optional one
      // carries the separator after it, later the one before it.
      const taken = started
        ? this.#separatorThen(pos, (p) => this.#item(item, p, rest(true)))
        : this.#item(item, pos, (p) => this.#separatorThen(p, rest(false)));
      return taken || this.sequence(seq, i + 1, pos, started, next);
    }
    const go: Next = (p) => this.#item(item, p, rest(true));
    return started ? this.#separatorThen(pos, go) : go(pos);
  }

  #item(item: PhraseItem, pos: number, next: Next): boolean {
    const text = this.#text;
    if (item.kind === 'word') {
      const end = wordEnd(item.text, text, pos);
      return end >= 0 && next(end);
    }
    if (item.kind === 'group') {
      if (item.words !== undefined) {
        for (const w of item.words) {
          const end = wordEnd(w, text, pos);
          if (end >= 0 && next(end)) return true;
        }
        return false;
      }
      for (const e of this.#groupEnds(item, pos)) if (next(e)) return true;
      return false;
    }
    return this.#star(item.max, 0, pos, true, next);
  }

  /** Every end a group reaches from `pos`, in the order backtracking would try them. */
  #groupEnds(item: PhraseItem & { kind: 'group' }, pos: number): number[] {
    this.#groups ??= new Map();
    let byPos = this.#groups.get(item);
    if (byPos === undefined) this.#groups.set(item, (byPos = new Map()));
    let ends = byPos.get(pos);
    if (ends === undefined) {
      const found: number[] = [];
      const collect: Next = (e) => {
        if (!found.includes(e)) found.push(e);
        return false;
      };
      for (const alt of item.alts) this.sequence(alt, 0, pos, false, collect);
      byPos.set(pos, (ends = found));
    }
    return ends;
  }

  /** Up to `max - count` more arbitrary words (greedy), each with its separator. */
  #star(max: number, count: number, pos: number, started: boolean, next: Next): boolean {
    if (count < max) {
      const text = this.#text;
      let more: boolean;
      if (started) {
        more = this.#separatorThen(pos, (p) => {
          const e = wordRunEnd(text, p);
          return e > p && this.#star(max, count + 1, e, started, next);
        });
      } else {
        const e = wordRunEnd(text, pos);
        more =
          e > pos && this.#separatorThen(e, (p) => this.#star(max, count + 1, p, started, next));
      }
      if (more) return true;
    }
    return next(pos);
  }

  /** One or more separator characters (greedy, giving back as needed), then `next`. */
  #separatorThen(pos: number, next: Next): boolean {
    const text = this.#text;
    let e = pos;
    while (e < text.length && isSeparator(text.charCodeAt(e))) e++;
    for (let p = e; p > pos; p--) if (next(p)) return true;
    return false;
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
