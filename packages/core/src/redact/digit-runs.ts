import { NUMBER_WORDS, REPEAT_WORDS } from '../text/number-words.js';
import type { TextToken } from './text-tokens.js';

/**
 * Finds the digit sequences of a text however they were written or spoken:
 * "4111 1111-1111", "(555) 123.4567", "four one one one", "oh four twenty seven",
 * "double five", and any mix of them.
 *
 * @packageDocumentation
 * @internal
 */

/** A written digit group or a spoken number, as part of a {@link DigitRun}. @internal */
export interface NumberPiece {
  readonly digits: string;
  readonly written: boolean;
  readonly start: number;
  readonly end: number;
  /** Index of its first and last token. */
  readonly first: number;
  readonly last: number;
}

/** A maximal sequence of digits read together. @internal */
export interface DigitRun {
  readonly digits: string;
  readonly start: number;
  readonly end: number;
  readonly pieces: readonly NumberPiece[];
  /** The connector between piece i and i+1: `''` (only spaces), `-`, `.`, `,`, `(`, `)`. */
  readonly joints: readonly string[];
  /** True when every piece was written in digits. */
  readonly written: boolean;
  /** Index of its first and last token. */
  readonly first: number;
  readonly last: number;
}

const JOINERS = new Set(['-', '.', ',', '(', ')']);

function basicPieces(tokens: readonly TextToken[]): NumberPiece[] {
  const pieces: NumberPiece[] = [];
  tokens.forEach((t, i) => {
    if (t.type === 'num') {
      pieces.push({ digits: t.text, written: true, start: t.start, end: t.end, first: i, last: i });
    } else if (t.type === 'word') {
      const digits = NUMBER_WORDS.get(t.lower);
      if (digits !== undefined) {
        pieces.push({ digits, written: false, start: t.start, end: t.end, first: i, last: i });
      } else if (REPEAT_WORDS.has(t.lower)) {
        // A marker, resolved against the next piece below.
        pieces.push({ digits: '', written: false, start: t.start, end: t.end, first: i, last: i });
      }
    }
  });
  return pieces;
}

/** "double five" → 55, "twenty seven" / "twenty-seven" → 27. */
function combine(pieces: readonly NumberPiece[], tokens: readonly TextToken[]): NumberPiece[] {
  const out: NumberPiece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const q = pieces[i + 1];
    if (p.digits === '') {
      const times = REPEAT_WORDS.get(tokens[p.first]!.lower)!;
      if (q !== undefined && q.first === p.last + 1 && q.digits.length === 1) {
        out.push({ ...q, digits: q.digits.repeat(times), start: p.start, first: p.first });
        i++;
      }
      continue; // a lone "double" is just a word
    }
    const tens = !p.written && p.digits.length === 2 && p.digits.endsWith('0') && p.digits >= '20';
    const between = q === undefined ? 0 : q.first - p.last - 1;
    const hyphen = between === 1 && tokens[p.last + 1]!.text === '-';
    if (
      tens &&
      q !== undefined &&
      !q.written &&
      q.digits.length === 1 &&
      q.digits !== '0' &&
      (between === 0 || hyphen)
    ) {
      out.push({ ...p, digits: p.digits[0]! + q.digits, end: q.end, last: q.last });
      i++;
      continue;
    }
    out.push(p);
  }
  return out;
}

/** Whether two neighbouring pieces are read as one number, and with which connector. */
function joint(
  p: NumberPiece,
  q: NumberPiece,
  tokens: readonly TextToken[],
  text: string,
): string | undefined {
  const between = q.first - p.last - 1;
  if (between === 0) return '';
  if (between !== 1) return undefined;
  const sym = tokens[p.last + 1]!;
  if (sym.type !== 'sym' || !JOINERS.has(sym.text)) return undefined;
  if (sym.text === '.') {
    // 555.123.4567, but not 1,234.56 or the end of a sentence.
    const tight = sym.start === p.end && q.start === sym.end;
    return tight && p.written && q.written && p.digits.length >= 3 && q.digits.length >= 3
      ? '.'
      : undefined;
  }
  if (sym.text === ',') {
    // Digits read out with pauses ("four one, one one", "4, 1, 1, 1"); never 1,234.
    const spokenOrSingle = (x: NumberPiece): boolean => !x.written || x.digits.length === 1;
    return spokenOrSingle(p) && spokenOrSingle(q) ? ',' : undefined;
  }
  // Spaces around a hyphen are fine ("4111 - 1111"); a newline is not.
  return /[\n\r]/.test(text.slice(p.end, q.start)) ? undefined : sym.text;
}

/** All digit runs of a tokenized text, in order. @internal */
export function findDigitRuns(text: string, tokens: readonly TextToken[]): DigitRun[] {
  const pieces = combine(basicPieces(tokens), tokens);
  const runs: DigitRun[] = [];
  let group: NumberPiece[] = [];
  let joints: string[] = [];
  const flush = (): void => {
    if (group.length === 0) return;
    const first = group[0]!;
    const last = group[group.length - 1]!;
    runs.push({
      digits: group.map((g) => g.digits).join(''),
      start: first.start,
      end: last.end,
      pieces: group,
      joints,
      written: group.every((g) => g.written),
      first: first.first,
      last: last.last,
    });
    group = [];
    joints = [];
  };
  for (const p of pieces) {
    const prev = group[group.length - 1];
    const j = prev === undefined ? undefined : joint(prev, p, tokens, text);
    if (prev !== undefined && j === undefined) flush();
    if (prev !== undefined && j !== undefined) joints.push(j);
    group.push(p);
  }
  flush();
  return runs;
}
