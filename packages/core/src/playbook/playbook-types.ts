/**
 * What the coach looks for in the agent's next words to count a nudge as acted on.
 * @public
 */
export type AdoptionExpectation =
  | 'acknowledge'
  | 'simplify'
  | 'slow-down'
  | 'check-in'
  | 'close'
  | 'reinforce'
  | 'speak'
  | 'hold-update'
  | 'let-finish'
  | 'plain-words'
  | 'act'
  | 'warm-transfer'
  | 'offer-alternative'
  | 'none';

/** All adoption expectations. @public */
export const ADOPTION_EXPECTATIONS: readonly AdoptionExpectation[] = [
  'acknowledge',
  'simplify',
  'slow-down',
  'check-in',
  'close',
  'reinforce',
  'speak',
  'hold-update',
  'let-finish',
  'plain-words',
  'act',
  'warm-transfer',
  'offer-alternative',
  'none',
];

/**
 * One situation of a playbook: what to tell the agent, and phrases they could say.
 * Texts may hold placeholders in braces: `{customerName}`, `{agentName}`, `{issue}`,
 * and the values a trigger supplies (`{phrase}`, `{replacement}`, `{missing}`, `{ask}`, `{times}`,
 * `{wpm}`, `{limit}`). A phrase whose placeholders have no value is not offered.
 * @public
 */
export interface PlaybookSituation {
  /** Short name of the technique, e.g. "Pause, acknowledge, redirect". */
  readonly title: string;
  /** The nudge's message. */
  readonly message: string;
  /** Suggested phrases (variants); none repeats within a call. */
  readonly phrases: readonly string[];
  /** Overrides the trigger's priority (1-100). */
  readonly priority?: number;
  /** Critical nudges bypass the spacing between nudges. */
  readonly critical?: boolean;
  /** Quiet time after a nudge of this situation. */
  readonly cooldownMs?: number;
  /** How long the nudge stays relevant. */
  readonly expiresAfterMs?: number;
  /** What counts as acting on it. */
  readonly expect?: AdoptionExpectation;
}

/** Situations per trigger id (or a rule's `situation`), for one locale. @public */
export interface Playbook {
  readonly name: string;
  readonly locale: string;
  readonly situations: Readonly<Record<string, PlaybookSituation>>;
}
