/**
 * Tuning of the sentiment state machine. Defaults come from {@link getDefaultSentimentParams};
 * all thresholds are in [0, 1].
 * @public
 */
export interface SentimentParams {
  /** Evidence for a state halves over this time when nothing renews it. */
  readonly halfLifeMs: number;
  /** The smoothed score relaxes halfway back to neutral over this time. */
  readonly scoreHalfLifeMs: number;
  /** Activation at which a state may be entered. */
  readonly enter: number;
  /** Activation at which one piece of evidence alone may flip the state. */
  readonly strongEnter: number;
  /** Below this, for every state, the speaker returns to neutral. */
  readonly exit: number;
  /** How far a new state must lead the current one to replace it. */
  readonly margin: number;
  /** Pieces of evidence needed to switch state when none is strong. */
  readonly minEvidence: number;
  /** Most a prosody window alone adds to a state's evidence (it supports words, it doesn't overrule them). */
  readonly prosodyWeight: number;
  /** Arousal above which voice adds to frustration (when words are not positive). */
  readonly arousalThreshold: number;
  /** Pace below which (slower than usual) voice supports confusion. */
  readonly slowPaceThreshold: number;
}

/** The default {@link SentimentParams}. @public */
export function getDefaultSentimentParams(): SentimentParams {
  return {
    halfLifeMs: 40_000,
    scoreHalfLifeMs: 120_000,
    enter: 0.5,
    strongEnter: 0.75,
    exit: 0.28,
    margin: 0.1,
    minEvidence: 2,
    prosodyWeight: 0.3,
    arousalThreshold: 0.35,
    slowPaceThreshold: -0.35,
  };
}
