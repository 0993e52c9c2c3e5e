/** What kind of personal data a redaction removed. @public */
export type RedactionKind = 'card' | 'cvv' | 'expiry' | 'ssn' | 'email' | 'phone';

/** Every redaction kind, in a stable order. @public */
export const REDACTION_KINDS: readonly RedactionKind[] = [
  'card',
  'cvv',
  'expiry',
  'ssn',
  'email',
  'phone',
];

/** The default replacement token of a kind: `[card]`, `[cvv]`, ... @internal */
export const defaultReplacement = (kind: RedactionKind): string => `[${kind}]`;

/** One piece of personal data found in a text: its kind and `[start, end)` in the original text. @public */
export interface RedactionFinding {
  readonly kind: RedactionKind;
  readonly start: number;
  readonly end: number;
}
