/**
 * Thresholds of the built-in triggers. Defaults from {@link getDefaultTriggerOptions}.
 * @public
 */
export interface TriggerOptions {
  /** A hold longer than this fires `long-hold`. */
  readonly longHoldMs: number;
  /** Silence from both sides (not on hold or mute) longer than this fires `dead-air`. */
  readonly deadAirMs: number;
  /**
   * The silence `dead-air` allows after the agent said they are working on something
   * ("Let me run a line test.", "One moment while I pull that up."); at least `deadAirMs`.
   */
  readonly announcedDeadAirMs: number;
  /**
   * The silence `dead-air` allows while the customer does something: the agent asked
   * them to and said they would wait ("Could you get the phone? I'll wait."), or they
   * said they were going to ("Hold on, let me find it."); at least `announcedDeadAirMs`.
   */
  readonly customerTaskDeadAirMs: number;
  /** Agent talk without a customer turn or a check-in question longer than this fires `monologue`. */
  readonly monologueMs: number;
  /** The agent talking over the customer for longer than this fires `overtalk`. */
  readonly overtalkMs: number;
  /** Agent words per minute above which `pace-too-fast` fires, by the customer's state. */
  readonly paceWpm: {
    readonly calm: number;
    readonly agitated: number;
    readonly confused: number;
  };
  /** Fewest words in an utterance for its pace to count. */
  readonly paceMinWords: number;
}

/** The default {@link TriggerOptions}. @public */
export function getDefaultTriggerOptions(): TriggerOptions {
  return {
    longHoldMs: 60_000,
    deadAirMs: 10_000,
    announcedDeadAirMs: 20_000,
    customerTaskDeadAirMs: 60_000,
    monologueMs: 45_000,
    overtalkMs: 1_500,
    paceWpm: { calm: 195, agitated: 170, confused: 155 },
    paceMinWords: 8,
  };
}
