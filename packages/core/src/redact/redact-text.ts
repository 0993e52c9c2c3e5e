import { TonvoError } from '../errors/tonvo-error.js';
import { describeValue } from '../util/describe-value.js';
import { findDigitRuns } from './digit-runs.js';
import { findEmails } from './find-email.js';
import { findNumberPii } from './find-number-pii.js';
import { findContextCues, type AskedKind } from './pii-context.js';
import { mayContainPii } from './pii-prefilter.js';
import {
  defaultReplacement,
  REDACTION_KINDS,
  type RedactionFinding,
  type RedactionKind,
} from './redaction-kinds.js';
import { tokenize } from './text-tokens.js';
import { isObject, notText } from '../util/value-checks.js';

/** Options of {@link redactText}. @public */
export interface RedactTextOptions {
  /**
   * The text is a partial transcript that may go on: a number cut off at its end is
   * redacted from its first visible digit when a cue ("card number", "security code")
   * announces it. Default false.
   */
  readonly partial?: boolean;
  /** Kinds to redact. Default: all of {@link REDACTION_KINDS}. */
  readonly kinds?: readonly RedactionKind[];
  /** Replacement text per kind. Default `[card]`, `[cvv]`, `[expiry]`, `[ssn]`, `[email]`, `[phone]`. */
  readonly replacements?: Readonly<Partial<Record<RedactionKind, string>>>;
}

/** What {@link redactText} returns. @public */
export interface RedactTextResult {
  /** The text with every finding replaced (the very same string when nothing was found). */
  readonly text: string;
  /** What was found, with offsets in the original text, in order. */
  readonly findings: readonly RedactionFinding[];
}

const NOTHING: readonly RedactionFinding[] = Object.freeze([]);

/** Redaction options checked once: what {@link redactTextChecked} takes. @internal */
export interface CheckedRedactOptions {
  readonly kinds: ReadonlySet<RedactionKind>;
  readonly replacement: (kind: RedactionKind) => string;
}

const DEFAULTS: CheckedRedactOptions = {
  kinds: new Set(REDACTION_KINDS),
  replacement: defaultReplacement,
};

/**
 * Checks redaction options (kinds and replacements) once, so callers that redact many
 * texts with the same options do not check them per text.
 * @throws TonvoError `invalid-option` naming the field.
 * @internal
 */
export function checkRedactOptions(
  options: Omit<RedactTextOptions, 'partial'>,
): CheckedRedactOptions {
  if (!isObject(options)) {
    throw TonvoError.invalidOption(
      'redact',
      `must be an object of kinds and replacements, got ${describeValue(options)}`,
    );
  }
  if (options.kinds === undefined && options.replacements === undefined) return DEFAULTS;
  const kinds = options.kinds ?? REDACTION_KINDS;
  if (!Array.isArray(kinds)) throw TonvoError.invalidOption('kinds', 'must be an array of kinds');
  for (const k of kinds) {
    if (!REDACTION_KINDS.includes(k)) {
      throw TonvoError.invalidOption(
        'kinds',
        `unknown kind ${JSON.stringify(k)}; known: ${REDACTION_KINDS.join(', ')}`,
      );
    }
  }
  const replacements = options.replacements ?? {};
  for (const [k, v] of Object.entries(replacements)) {
    if (!REDACTION_KINDS.includes(k as RedactionKind) || typeof v !== 'string' || v.trim() === '') {
      throw TonvoError.invalidOption(
        `replacements.${k}`,
        'must be a non-blank string for a known kind',
      );
    }
  }
  return {
    kinds: new Set(kinds),
    replacement: (kind) => replacements[kind] ?? defaultReplacement(kind),
  };
}

/**
 * Finds the payment card numbers, CVVs, card expiry dates, US social security
 * numbers, e-mail addresses and phone numbers in a transcript text, written or spoken
 * ("four one one one ...", "john dot smith at gmail dot com"), and replaces each with
 * a token such as `[card]`.
 *
 * A number counts when its form says so on its own (Luhn-valid 13-19 digits,
 * `123-45-6789`, `(555) 123-4567`, `+44 20 7946 0958`) or when a cue right before it in
 * the same sentence says what it is ("card number", "cvv", "expires", "social", "call
 * me back"). Amounts, times, dates and years without such a cue are left alone.
 *
 * @example
 * ```ts
 * redactText('my card is 4111 1111 1111 1111, cvv 123').text;
 * // 'my card is [card], cvv [cvv]'
 * ```
 * @throws TonvoError `invalid-option` when `text` is not a string or an option is wrong.
 * @public
 */
export function redactText(text: string, options: RedactTextOptions = {}): RedactTextResult {
  // Anything but a string would come back as it was: unredacted, and looking done.
  if (typeof text !== 'string') throw notText(text);
  const checked = checkRedactOptions(options);
  return redactTextChecked(text, checked, options.partial === true);
}

/** {@link redactText} with options already checked by {@link checkRedactOptions}. @internal */
export function redactTextChecked(
  text: string,
  options: CheckedRedactOptions,
  partial: boolean,
  asked?: AskedKind,
): RedactTextResult {
  return mayContainPii(text, asked !== undefined)
    ? redactTextFully(text, options, partial, asked)
    : { text, findings: NOTHING };
}

/**
 * {@link redactTextChecked} without the quick test that skips texts with nothing that
 * could be PII (tests check that the quick test never skips a finding).
 * `asked` is what the text answers, where it answers a question for a number ("Can I take
 * your card number?", see `createConversationRedactor`): the numbers no cue of its own
 * speaks for are read as that.
 * @internal
 */
export function redactTextFully(
  text: string,
  { kinds, replacement }: CheckedRedactOptions,
  partial: boolean,
  asked?: AskedKind,
): RedactTextResult {
  const tokens = tokenize(text);
  const runs = findDigitRuns(text, tokens);
  const cues = findContextCues(text);
  const all = [...findEmails(tokens), ...findNumberPii(text, tokens, runs, cues, partial, asked)]
    .filter((f) => kinds.has(f.kind))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const findings: RedactionFinding[] = [];
  for (const f of all) {
    const prev = findings[findings.length - 1];
    if (prev !== undefined && f.start < prev.end) continue; // overlaps an earlier finding
    findings.push(f);
  }
  if (findings.length === 0) return { text, findings: NOTHING };
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += text.slice(at, f.start) + replacement(f.kind);
    at = f.end;
  }
  return { text: out + text.slice(at), findings };
}
