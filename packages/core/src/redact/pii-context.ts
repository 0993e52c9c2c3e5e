/**
 * The words around a number that say what it is: "card number", "security code",
 * "expires", "social", "call me back", and the ones that say it is harmless
 * ("order number", "zip code").
 *
 * @packageDocumentation
 * @internal
 */

/** What a cue says about the digits after it; `none` means "not PII". @internal */
export type ContextKind = 'card' | 'cvv' | 'expiry' | 'ssn' | 'phone' | 'none';

/**
 * What an agent can ask a customer for, whose answer is then read as that (see
 * `createConversationRedactor`): a kind of number, never `none`.
 * @internal
 */
export type AskedKind = Exclude<ContextKind, 'none'>;

/** A cue found in a text. @internal */
export interface ContextCue {
  readonly kind: ContextKind;
  /** The cue as listed, lower case, single spaces. */
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

const CUES: Readonly<Record<ContextKind, readonly string[]>> = {
  card: [
    'credit card number',
    'debit card number',
    'card number',
    'card no',
    'credit card',
    'debit card',
    'card ending',
    'number on the card',
    'number on the front',
    'card',
    'visa',
    'mastercard',
    'master card',
    'amex',
    'american express',
    'discover card',
  ],
  cvv: [
    'cvv',
    'cvv2',
    'cvc',
    'cvc2',
    'cid',
    'security code',
    'security number',
    'three digit code',
    'three-digit code',
    '3 digit code',
    '3-digit code',
    'four digit code',
    '4 digit code',
    'verification code',
    'card verification',
    'code on the back',
    'digits on the back',
    'number on the back',
    'numbers on the back',
  ],
  expiry: [
    'expiration date',
    'expiry date',
    'exp date',
    'expiration',
    'expiry',
    'expires',
    'expire',
    'exp',
    'valid thru',
    'valid through',
    'good thru',
    'good through',
  ],
  ssn: ['social security number', 'social security no', 'social security', 'social', 'ssn'],
  phone: [
    'phone number',
    'cell phone',
    'mobile number',
    'contact number',
    'call me back',
    'call me',
    'call back',
    'callback',
    'reach me',
    'text me',
    'my number',
    'telephone',
    'phone',
    'cell',
    'mobile',
    'landline',
  ],
  none: [
    'order number',
    'confirmation number',
    'reference number',
    'case number',
    'ticket number',
    'tracking number',
    'account number',
    'policy number',
    'member id',
    'zip code',
    'postal code',
    'order',
    'confirmation',
    'reference',
    'ticket',
    'case',
    'invoice',
    'tracking',
    'zip',
    'extension',
    'ext',
    'room',
    'flight',
    'apartment',
    'suite',
    'model',
    'serial',
  ],
};

const KIND_OF = new Map<string, ContextKind>();
for (const [kind, phrases] of Object.entries(CUES) as [ContextKind, readonly string[]][]) {
  for (const p of phrases) KIND_OF.set(p, kind);
}

/**
 * One word of each cue that says a number is PII (all but the `none` cues), the longest
 * (the last of those, so "three digit code" is known by "digit", not by a number word): a
 * text without any of them, as whole words, holds no such cue.
 * @internal
 */
export const PII_CUE_KEY_WORDS: readonly string[] = [...KIND_OF]
  .filter(([, kind]) => kind !== 'none')
  .map(([phrase]) =>
    phrase.split(/[^a-z]+/).reduce((longest, w) => (w.length >= longest.length ? w : longest), ''),
  );

/**
 * The start of a word that is a key word of a cue that is not `none` (see
 * {@link mayHoldCue}; "cvv2" starts with "cvv").
 */
const KEY_WORD = new RegExp(`\\b(?:${[...new Set(PII_CUE_KEY_WORDS)].join('|')})`, 'i');

/**
 * Whether a text may hold a cue that says what a number is (one of its key words, see
 * `PII_CUE_KEY_WORDS`): a quick test before {@link findContextCues}.
 * @internal
 */
export function mayHoldCue(text: string): boolean {
  return KEY_WORD.test(text);
}

// Longest phrases first: at one position "card number" must win over "card".
const PATTERN = new RegExp(
  `\\b(?:${[...KIND_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[-]/g, '\\-').replace(/ /g, '\\s+'))
    .join('|')})\\b`,
  'gi',
);

/** Every cue of a text, in order. @internal */
export function findContextCues(text: string): ContextCue[] {
  const cues: ContextCue[] = [];
  // `exec` on the one pattern (`matchAll` copies the pattern, a long one, on every call).
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m !== null; m = PATTERN.exec(text)) {
    const phrase = m[0].toLowerCase().replace(/\s+/g, ' ');
    const kind = KIND_OF.get(phrase);
    if (kind !== undefined) {
      cues.push({ kind, phrase, start: m.index, end: m.index + m[0].length });
    }
  }
  return cues;
}

const ABBREVIATIONS = new Set(['card no', 'exp', 'ext', 'social security no']);

/** How far before a number a cue still counts, in characters. @internal */
export const CUE_WINDOW = 60;

/**
 * The nearest cue ending before `at`, within {@link CUE_WINDOW} characters and in the
 * same sentence ("I lost my card. It was 2019" gives none for 2019).
 * @internal
 */
export function cueBefore(
  cues: readonly ContextCue[],
  text: string,
  at: number,
): ContextCue | undefined {
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i]!;
    if (cue.end > at) continue;
    if (at - cue.end > CUE_WINDOW) return undefined;
    // A period right after an abbreviated cue ("card no.", "exp.") is not a full stop.
    const between = ABBREVIATIONS.has(cue.phrase)
      ? text.slice(cue.end, at).replace(/^\./, '')
      : text.slice(cue.end, at);
    return /[.?!](\s|$)/.test(between) ? undefined : cue;
  }
  return undefined;
}
