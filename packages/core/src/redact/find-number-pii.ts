import type { DigitRun } from './digit-runs.js';
import { luhnValid } from './luhn.js';
import { cueBefore, type AskedKind, type ContextCue } from './pii-context.js';
import type { RedactionFinding } from './redaction-kinds.js';
import type { TextToken } from './text-tokens.js';

/**
 * Card numbers, CVVs, expiry dates, SSNs and phone numbers among the digit runs of a
 * text. A number is PII when its form says so on its own (a Luhn-valid 13-19 digit
 * run, `123-45-6789`, `(555) 123-4567`, `+44 20 7946 0958`) or when a cue just before
 * it says what it is ("card number", "security code", "expires", "social", "call me
 * back"). Amounts (`$`, "dollars") and pieces of formatted numbers (`1,234.56`) never
 * are. In a partial transcript a number cut off at the end is redacted from its first
 * visible digit when a cue announces it.
 *
 * @packageDocumentation
 * @internal
 */

const AMOUNT_WORDS = new Set([
  'dollar',
  'dollars',
  'bucks',
  'cents',
  'cent',
  'euro',
  'euros',
  'pounds',
  'percent',
  'pence',
]);

/** Month names and abbreviations, as an expiry date may be said. @internal */
export const MONTHS: ReadonlySet<string> = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

const isDigitAt = (text: string, i: number): boolean => /\d/.test(text[i] ?? '');

interface Scan {
  readonly text: string;
  readonly tokens: readonly TextToken[];
  readonly runs: readonly DigitRun[];
  readonly cues: readonly ContextCue[];
  readonly partial: boolean;
}

/** True when nothing but punctuation follows token `last` (the number may go on). */
function atEnd(s: Scan, last: number): boolean {
  if (!s.partial) return false;
  for (let i = last + 1; i < s.tokens.length; i++) if (s.tokens[i]!.type !== 'sym') return false;
  return true;
}

const CURRENCY = new Set(['$', '€', '£', '¥']);
const SPACE = /\s/;

/** True for what `String.prototype.trimEnd` removes (ASCII checked by code, the rest by `\s`). */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCharCode(c));
}

function isAmount(s: Scan, run: DigitRun): boolean {
  // The character before the run, spaces skipped, without copying the text before it.
  let i = run.start - 1;
  while (i >= 0 && isSpaceCode(s.text.charCodeAt(i))) i--;
  if (i >= 0 && CURRENCY.has(s.text[i]!)) return true;
  const next = s.tokens[run.last + 1];
  if (next === undefined) return false;
  return next.text === '%' || (next.type === 'word' && AMOUNT_WORDS.has(next.lower));
}

/** A piece of 1,234.56 or 3.5: digits glued to the run by `.` or `,`. */
function isFragment(s: Scan, run: DigitRun): boolean {
  const a = s.text[run.start - 1];
  const b = s.text[run.end];
  return (
    ((a === '.' || a === ',') && isDigitAt(s.text, run.start - 2)) ||
    ((b === '.' || b === ',') && isDigitAt(s.text, run.end + 1)) ||
    (a === ':' && isDigitAt(s.text, run.start - 2)) ||
    (b === ':' && isDigitAt(s.text, run.end + 1))
  );
}

const shape = (run: DigitRun): string => run.pieces.map((p) => p.digits.length).join('-');

/** `+` or a spoken "plus" right before a run: an international number. */
function plusBefore(s: Scan, run: DigitRun): boolean {
  const prev = s.tokens[run.first - 1];
  return prev !== undefined && (prev.text === '+' || prev.lower === 'plus');
}

/** Extends a phone number over an opening `(` or a leading `+` / "plus". */
function phoneStart(s: Scan, run: DigitRun): number {
  const prev = s.tokens[run.first - 1];
  return prev !== undefined && (prev.text === '(' || plusBefore(s, run)) ? prev.start : run.start;
}

/**
 * A Luhn-valid 13-19 digit card number: the whole run, or the run without its first
 * pieces (a stray "1" or a quantity said just before the card number).
 */
function cardIn(run: DigitRun): RedactionFinding | undefined {
  let digits = run.digits;
  for (const piece of run.pieces) {
    const n = digits.length;
    if (n < 13) return undefined;
    if (n <= 19 && luhnValid(digits)) return { kind: 'card', start: piece.start, end: run.end };
    digits = digits.slice(piece.digits.length);
  }
  return undefined;
}

function selfEvident(s: Scan, run: DigitRun): RedactionFinding | undefined {
  const n = run.digits.length;
  const card = cardIn(run);
  if (card !== undefined) return card;
  if (plusBefore(s, run) && n >= 8 && n <= 15) {
    return { kind: 'phone', start: phoneStart(s, run), end: run.end };
  }
  if (!run.written) return formattedPhoneAtEnd(run);
  const form = shape(run);
  if (form === '3-2-4' && run.joints.every((j) => j === '-')) {
    return { kind: 'ssn', start: run.start, end: run.end };
  }
  const s334 = form === '3-3-4';
  const s1334 = form === '1-3-3-4' && run.digits.startsWith('1');
  if (s334 || s1334) return { kind: 'phone', start: phoneStart(s, run), end: run.end };
  return formattedPhoneAtEnd(run);
}

/**
 * A phone number written with dashes or dots at the end of a run, after digits that are
 * not part of it ("option 2 555-123-4567", "oh 555.123.4567"): its last three pieces,
 * 3-3-4 digits written and joined by dashes or dots.
 */
function formattedPhoneAtEnd(run: DigitRun): RedactionFinding | undefined {
  const { pieces, joints } = run;
  const n = pieces.length;
  if (n < 4) return undefined;
  const area = pieces[n - 3]!;
  if (
    !area.written ||
    !pieces[n - 2]!.written ||
    !pieces[n - 1]!.written ||
    area.digits.length !== 3 ||
    pieces[n - 2]!.digits.length !== 3 ||
    pieces[n - 1]!.digits.length !== 4 ||
    !PHONE_JOINTS.has(joints[n - 3]!) ||
    joints[n - 3] !== joints[n - 2]
  ) {
    return undefined;
  }
  return { kind: 'phone', start: area.start, end: run.end };
}

/** How the parts of a formatted phone number are joined: "555-123-4567", "555.123.4567". */
const PHONE_JOINTS: ReadonlySet<string> = new Set(['-', '.']);

function byCue(s: Scan, run: DigitRun, cue: ContextCue): RedactionFinding | undefined {
  const n = run.digits.length;
  const end = atEnd(s, run.last);
  const span = { start: run.start, end: run.end };
  switch (cue.kind) {
    case 'card':
      return n >= 4 || end ? { kind: 'card', ...span } : undefined;
    case 'cvv':
      return (n >= 3 && n <= 4) || (end && n < 3) ? { kind: 'cvv', ...span } : undefined;
    case 'ssn':
      return (n >= 4 && n <= 9) || (end && n < 4) ? { kind: 'ssn', ...span } : undefined;
    case 'phone':
      return (n >= 7 && n <= 15) || (end && n < 7)
        ? { kind: 'phone', start: phoneStart(s, run), end: run.end }
        : undefined;
    case 'expiry':
    case 'none':
      return undefined;
  }
}

/** The date after an "expires" cue: 04/27, 4 27, oh four twenty seven, April 2027. */
function expiryAfter(s: Scan, cue: ContextCue): RedactionFinding | undefined {
  const runIndex = s.runs.findIndex((r) => r.start >= cue.end);
  const run = runIndex < 0 ? undefined : s.runs[runIndex];
  const limit = cue.end + 40;
  if (
    run !== undefined &&
    (run.start > limit ||
      cueBefore([cue], s.text, run.start) === undefined ||
      // another cue in between ("expires soon, card 4111...") owns the number
      s.cues.some((c) => c !== cue && c.start >= cue.end && c.end <= run.start))
  ) {
    return undefined;
  }
  const month = s.tokens.find(
    (t) =>
      t.start >= cue.end &&
      t.start < (run?.start ?? limit) &&
      t.type === 'word' &&
      MONTHS.has(t.lower),
  );
  if (run === undefined) {
    return month !== undefined && atEnd(s, s.tokens.indexOf(month))
      ? { kind: 'expiry', start: month.start, end: month.end }
      : undefined;
  }
  const n = run.digits.length;
  const next = s.runs[runIndex + 1];
  const slash = s.tokens[run.last + 1];
  if (slash?.text === '/' && n <= 2) {
    if (
      next !== undefined &&
      next.first === run.last + 2 &&
      (next.digits.length === 2 || next.digits.length === 4)
    ) {
      return { kind: 'expiry', start: month?.start ?? run.start, end: next.end };
    }
    if (atEnd(s, run.last)) return { kind: 'expiry', start: run.start, end: slash.end };
  }
  if (month !== undefined && (n <= 2 || n === 4)) {
    return { kind: 'expiry', start: month.start, end: run.end };
  }
  if (n >= 3 && n <= 6) return { kind: 'expiry', start: run.start, end: run.end };
  if (atEnd(s, run.last)) return { kind: 'expiry', start: run.start, end: run.end };
  return undefined;
}

/** All number-shaped PII of a text. @internal */
export function findNumberPii(
  text: string,
  tokens: readonly TextToken[],
  runs: readonly DigitRun[],
  cues: readonly ContextCue[],
  partial: boolean,
  asked?: AskedKind,
): RedactionFinding[] {
  // What the text answers (see `createConversationRedactor`): a cue before all of it, for
  // the numbers no cue of its own speaks for.
  const carried: ContextCue | undefined =
    asked === undefined
      ? undefined
      : { kind: asked, phrase: `asked for ${asked}`, start: 0, end: 0 };
  const s: Scan = {
    text,
    tokens,
    runs,
    cues: carried === undefined ? cues : [carried, ...cues],
    partial,
  };
  const found: RedactionFinding[] = [];
  for (const cue of s.cues) {
    if (cue.kind !== 'expiry') continue;
    const f = expiryAfter(s, cue);
    if (f !== undefined) found.push(f);
  }
  for (const run of runs) {
    // A card number is a card number even after "$" (no amount has 13-19 Luhn-valid
    // digits), and no amount is written with dashes (555-123-4567 after a "$" is a phone).
    const dashed = run.joints.includes('-');
    if ((isAmount(s, run) && !dashed) || isFragment(s, run)) {
      const card = cardIn(run);
      if (card !== undefined) found.push(card);
      continue;
    }
    if (found.some((f) => f.start <= run.start && run.end <= f.end)) continue;
    const cue = cueBefore(cues, text, run.start) ?? carried;
    const f = (cue === undefined ? undefined : byCue(s, run, cue)) ?? selfEvident(s, run);
    if (f !== undefined) found.push(f);
  }
  return found;
}
