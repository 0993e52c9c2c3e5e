import type { FeedbackAction, NudgeOutcome, SentimentState } from '../events/types.js';
import type { NudgeData } from '../playbook/nudge-scheduler.js';
import type { AdoptionExpectation } from '../playbook/playbook-types.js';
import type { SpeakerStateView } from '../rules/rule-types.js';
import { tokenize } from '../text/tokenize.js';
import { memoizeByText } from '../util/text-memo.js';
import { actedOn, type AgentWords } from './acted-on.js';
import { phraseOverlap } from './agent-cues.js';
import { isNegativeState } from '../state/negative-states.js';

/** How the coach judges adoption. @public */
export interface AdoptionOptions {
  /** How long after a nudge the agent's words count as acting on it. */
  readonly actWindowMs: number;
  /**
   * How long after a nudge the customer is listened to: their state when last heard in
   * this window is compared with their state at the nudge.
   */
  readonly improveWindowMs: number;
  /** Score rise that counts as improved, [0, 1]. */
  readonly improveScoreDelta: number;
  /** Share of a suggested phrase's words the agent must use to count as using it, [0, 1]. */
  readonly phraseOverlap: number;
}

/** The default {@link AdoptionOptions}. @public */
export function getDefaultAdoptionOptions(): AdoptionOptions {
  return {
    actWindowMs: 30_000,
    improveWindowMs: 60_000,
    improveScoreDelta: 0.15,
    phraseOverlap: 0.6,
  };
}

interface Open {
  readonly nudge: NudgeData;
  readonly expect: AdoptionExpectation;
  readonly phraseWords: readonly (readonly string[])[];
  readonly stateBefore: SentimentState;
  readonly scoreBefore: number;
  /** Agent pace at the nudge, for `slow-down`. */
  readonly paceLimit: number | undefined;
  acted: boolean;
  /** For expectations the next agent utterance decides (plain words, pace): decided. */
  judged: boolean;
  actedAtMs?: number;
  actedEvidence: string;
  feedback?: FeedbackAction;
  done: boolean;
  /** The customer's state and score when last heard after the nudge, within the window. */
  heardState?: SentimentState;
  heardScore: number;
  improved: boolean;
}

const STOP = new Set(
  (
    'i you the a an to and it that this is of for me my your we what can do right now let see so be are was ' +
    "i'm i'll i've you're it's that's there's here's just about with on in at if or but not no yes ok okay " +
    'will would could should have has had get got make sure there here how when where who which'
  ).split(' '),
);
const MAX_OUTCOMES = 500;

/** What adoption reads of the customer: their state and score now. */
type CustomerMood = Pick<SpeakerStateView, 'state' | 'score'>;

/** The content words of a suggested phrase (the playbook's phrases come back again and again). */
const phraseWordsOf = /* @__PURE__ */ memoizeByText(
  (phrase): readonly string[] =>
    tokenize(phrase)
      .map((t) => t.text)
      .filter((w) => !STOP.has(w)),
  128,
);

/**
 * Watches what happens after each nudge: whether the agent acted on it (the words,
 * pace or check-in it asked for, a suggested phrase, or "used it" feedback) and
 * whether the customer's state then improved.
 * @internal
 */
export class AdoptionTracker {
  readonly #options: AdoptionOptions;
  #open: Open[] = [];
  /** The earliest improvement window of the open nudges, as last worked out. */
  #due: number | undefined;
  #dueStale = false;
  #closed: Open[] = [];
  #counts = { nudges: 0, acted: 0, improved: 0 };

  constructor(options: AdoptionOptions) {
    this.#options = options;
  }

  track(
    nudge: NudgeData,
    expect: AdoptionExpectation,
    customer: CustomerMood,
    paceLimit?: number,
  ): void {
    this.#counts.nudges++;
    this.#dueStale = true;
    this.#open.push({
      nudge,
      expect,
      phraseWords: nudge.phrases.map(phraseWordsOf),
      stateBefore: customer.state,
      scoreBefore: customer.score,
      paceLimit,
      acted: false,
      judged: false,
      actedEvidence: '',
      done: false,
      heardScore: 0,
      improved: false,
    });
  }

  /** An agent's final utterance: does it act on an open nudge? */
  onAgentUtterance(w: AgentWords): void {
    const { u } = w;
    for (const o of this.#open) {
      if (
        o.acted ||
        o.judged ||
        u.endMs < o.nudge.atMs ||
        u.startMs - o.nudge.atMs > this.#windowOf(o)
      )
        continue;
      const reason = this.#actedBy(o, w);
      if (reason !== undefined) this.#markActed(o, u.endMs, reason);
      // Plain words and pace are judged on the agent's next real sentence, not the best of several.
      else if ((o.expect === 'plain-words' || o.expect === 'slow-down') && u.wordCount >= 6)
        o.judged = true;
    }
  }

  /**
   * The customer was heard at `atMs` (an utterance or a voice that counted as evidence),
   * and this is how they now feel. Only what they say or sound like after a nudge shows
   * whether it helped: their feelings also fade back to neutral with time, and a
   * customer who said nothing for a minute has not been heard to calm down.
   */
  onCustomerHeard(atMs: number, customer: CustomerMood): void {
    for (const o of this.#open) {
      if (atMs < o.nudge.atMs || atMs > o.nudge.atMs + this.#options.improveWindowMs) continue;
      o.heardState = customer.state;
      o.heardScore = customer.score;
    }
  }

  /** A hold ended: acts on hold nudges. */
  onHoldEnded(atMs: number): void {
    for (const o of this.#open) {
      if (!o.acted && o.expect === 'hold-update' && atMs >= o.nudge.atMs)
        this.#markActed(o, atMs, 'the agent came back from hold');
    }
  }

  /** Feedback from the agent's UI. Returns whether the nudge was known. */
  onFeedback(nudgeId: string, action: FeedbackAction, atMs: number): boolean {
    const o =
      this.#open.find((x) => x.nudge.id === nudgeId) ??
      this.#closed.find((x) => x.nudge.id === nudgeId);
    if (o === undefined) return false;
    o.feedback = action;
    if (action === 'used' && !o.acted) this.#markActed(o, atMs, 'the agent marked it as used');
    return true;
  }

  /** The next time an open nudge's improvement window closes. */
  nextDueMs(): number | undefined {
    // Asked after every event that moves timers; the open nudges change far less often.
    if (this.#dueStale) {
      let min: number | undefined;
      for (const o of this.#open) {
        const at = o.nudge.atMs + this.#options.improveWindowMs;
        if (min === undefined || at < min) min = at;
      }
      this.#due = min;
      this.#dueStale = false;
    }
    return this.#due;
  }

  /**
   * Closes the nudges whose improvement window has passed by `nowMs` (all, with `all`).
   * A nudge improved things when the customer, last heard in its window, had left the
   * negative state they were in or scored `improveScoreDelta` higher; one after which
   * the customer was not heard did not (its state after is the state before).
   */
  settle(nowMs: number, all = false): void {
    const still: Open[] = [];
    for (const o of this.#open) {
      if (!all && o.nudge.atMs + this.#options.improveWindowMs > nowMs) {
        still.push(o);
        continue;
      }
      o.done = true;
      const after = o.heardState;
      o.improved =
        after !== undefined &&
        ((isNegativeState(o.stateBefore) && !isNegativeState(after)) ||
          o.heardScore - o.scoreBefore >= this.#options.improveScoreDelta);
      if (o.improved) this.#counts.improved++;
      this.#closed.push(o);
      if (this.#closed.length > MAX_OUTCOMES) this.#closed.shift();
    }
    if (still.length !== this.#open.length) this.#dueStale = true;
    this.#open = still;
  }

  outcomes(): NudgeOutcome[] {
    return [...this.#closed, ...this.#open].map((o) => ({
      nudge: o.nudge,
      acted: o.acted,
      ...(o.actedAtMs === undefined ? {} : { actedAtMs: o.actedAtMs }),
      actedEvidence: o.actedEvidence,
      improved: o.improved,
      stateBefore: o.stateBefore,
      stateAfter: o.heardState ?? o.stateBefore,
      ...(o.feedback === undefined ? {} : { feedback: o.feedback }),
    }));
  }

  counts(): { readonly nudges: number; readonly acted: number; readonly improved: number } {
    return { ...this.#counts };
  }

  #windowOf(o: Open): number {
    return o.expect === 'close' ? Infinity : this.#options.actWindowMs;
  }

  #markActed(o: Open, atMs: number, reason: string): void {
    o.acted = true;
    o.actedAtMs = atMs;
    o.actedEvidence = reason;
    this.#counts.acted++;
  }

  #actedBy(o: Open, w: AgentWords): string | undefined {
    const { u } = w;
    for (const p of o.phraseWords) {
      if (p.length >= 3 && phraseOverlap(p, u.tokens) >= this.#options.phraseOverlap) {
        return `the agent used a suggested phrase: "${u.text}"`;
      }
    }
    return actedOn(o.expect, o.nudge.trigger, w, o.paceLimit);
  }
}
