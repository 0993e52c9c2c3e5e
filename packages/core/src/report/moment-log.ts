import type { Evidence, KeyMoment, SentimentState, StateChangeEvent } from '../events/types.js';
import type { FiredTrigger } from '../rules/rule-engine.js';
import { formatClock, formatDuration } from './format-clock.js';
import { isNegativeState } from '../state/negative-states.js';

const MAX_EPISODES = 100;
const MAX_TRIGGER_MOMENTS = 150;
/** Triggers worth a line in the story of the call. */
const STORY_TRIGGERS = new Set([
  'billing-discrepancy',
  'transfer-request',
  'repeated-request',
  'dismissive',
  'untimely-offer',
  'churn-risk',
  'policy-limitation',
  'long-hold',
  'positive-moment',
  'closing-checklist',
  'dead-air',
  'monologue',
  'overtalk',
  'pace-too-fast',
]);

interface Episode {
  readonly atMs: number;
  readonly state: SentimentState;
  readonly evidence: Evidence;
  /** For a distressed episode: how the customer felt ("worried", "upset"), as `distress` said. */
  feeling?: string;
  /** For a distressed episode: it began with the customer speaking of a death. */
  bereaved?: boolean;
  respondedAtMs?: number;
  respondedHow?: string;
  endedAtMs?: number;
  endedState?: SentimentState;
}

/** How long a distress trigger's feeling holds for a distressed turn after it. */
const FEELING_FOR_MS = 120_000;
/** A response within this is told as prompt ("within 6 s"); a later one as late. */
const PROMPT_MS = 30_000;

const EMPTY_EVIDENCE: Evidence = { utteranceIds: [], prosodyWindows: [], cues: [], summary: '' };

/**
 * Collects what mattered in a call, bounded, and tells it in words: each time the
 * customer's tone turned negative, whether and how fast the agent responded, and when
 * they recovered; plus the notable triggers and holds.
 * @internal
 */
export class MomentLog {
  #episodes: Episode[] = [];
  #open: Episode | undefined;
  #triggers: { atMs: number; kind: string; text: string; evidence: Evidence; priority: number }[] =
    [];
  #holdStart: number | undefined;
  #deEscalations = 0;
  /** The last `distress` trigger's feeling, and when it fired. */
  #distress: { atMs: number; feeling: string } | undefined;

  /**
   * The customer's state changed. A turn to a negative state opens an episode (closing
   * one in another negative state). A turn for the better closes nothing by itself: an
   * episode ends when the customer is heard out of it (see `onCustomerHeard`), not when
   * their feelings fade while they say nothing.
   */
  onCustomerState(change: StateChangeEvent): void {
    if (!isNegativeState(change.to)) return;
    if (this.#open !== undefined && this.#open.state === change.to) return;
    if (this.#open !== undefined && this.#open.endedAtMs === undefined) {
      this.#open.endedAtMs = change.atMs;
      this.#open.endedState = change.to;
    }
    const e: Episode = { atMs: change.atMs, state: change.to, evidence: change.evidence };
    const d = this.#distress;
    if (e.state === 'distressed' && d !== undefined && change.atMs - d.atMs <= FEELING_FOR_MS) {
      e.feeling = d.feeling;
    }
    this.#open = e;
    this.#episodes.push(e);
    if (this.#episodes.length > MAX_EPISODES) this.#episodes.shift();
  }

  /**
   * The customer was heard at `atMs` (what they said or how they sounded counted), in
   * `state`: out of a negative state, the open episode ends there, a de-escalation.
   */
  onCustomerHeard(atMs: number, state: SentimentState): void {
    if (this.#open === undefined || isNegativeState(state)) return;
    this.#open.endedAtMs = atMs;
    this.#open.endedState = state;
    this.#open = undefined;
    this.#deEscalations++;
  }

  /** Whether a negative episode is waiting for the agent's response. */
  get awaitingResponse(): boolean {
    return this.#open !== undefined && this.#open.respondedAtMs === undefined;
  }

  /** The negative state the open episode is in, if any. */
  get openState(): SentimentState | undefined {
    return this.#open?.state;
  }

  onAgentResponse(atMs: number, how: string): void {
    if (this.#open !== undefined && this.#open.respondedAtMs === undefined) {
      this.#open.respondedAtMs = atMs;
      this.#open.respondedHow = how;
    }
  }

  onTrigger(t: FiredTrigger): void {
    if (t.trigger === 'distress') {
      const feeling = t.values?.feeling;
      if (feeling !== undefined) this.#distress = { atMs: t.atMs, feeling };
      const open = this.#open?.state === 'distressed' ? this.#open : undefined;
      if (open !== undefined && feeling !== undefined) open.feeling = feeling;
      // A death spoken of is part of the story: the distressed turn it opened, or a line
      // of its own when the customer's state has not turned (yet). So is what the customer
      // said is at stake for them. Other worry is told by its turn.
      if (t.situation !== 'bereavement' && t.situation !== 'at-stake') return;
      if (t.situation === 'bereavement' && open !== undefined && open.atMs === t.atMs) {
        open.bereaved = true;
        return;
      }
    } else if (!STORY_TRIGGERS.has(t.trigger)) return;
    if (this.#triggers.length >= MAX_TRIGGER_MOMENTS) return;
    const text = t.evidence.summary || t.rule.description;
    this.#triggers.push({
      atMs: t.atMs,
      kind: t.trigger,
      text: `At ${formatClock(t.atMs)} ${text}.`,
      evidence: t.evidence,
      priority: t.priority,
    });
  }

  onHoldStarted(atMs: number): void {
    this.#holdStart = atMs;
  }

  onHoldEnded(atMs: number): void {
    if (this.#holdStart === undefined || this.#triggers.length >= MAX_TRIGGER_MOMENTS) return;
    const start = this.#holdStart;
    this.#holdStart = undefined;
    this.#triggers.push({
      atMs: start,
      kind: 'hold',
      text: `At ${formatClock(start)} the customer was on hold for ${formatDuration(atMs - start)}.`,
      evidence: { ...EMPTY_EVIDENCE, prosodyWindows: [], summary: 'hold started and ended' },
      priority: 50,
    });
  }

  get deEscalations(): number {
    return this.#deEscalations;
  }

  moments(): KeyMoment[] {
    const out: KeyMoment[] = this.#episodes.map((e) => {
      const turned =
        e.state === 'confused'
          ? 'the customer seemed confused'
          : e.state === 'distressed'
            ? e.bereaved === true
              ? 'the customer spoke of a death'
              : `the customer sounded ${e.feeling ?? 'worried'}`
            : "the customer's tone turned frustrated";
      let text = `At ${formatClock(e.atMs)} ${turned}`;
      if (e.respondedAtMs !== undefined) {
        const after = e.respondedAtMs - e.atMs;
        // A response minutes later (after a hold, say) was not "within" anything.
        text += `; you ${e.respondedHow ?? 'responded'} ${after <= PROMPT_MS ? `within ${formatDuration(after)}` : `only ${formatDuration(after)} later`}`;
      } else {
        text +=
          e.state === 'confused'
            ? '; the explanation was not simplified'
            : '; it was not acknowledged';
      }
      if (
        e.endedAtMs !== undefined &&
        e.endedState !== undefined &&
        !isNegativeState(e.endedState)
      ) {
        text += `; by ${formatClock(e.endedAtMs)} they were ${e.endedState}`;
      }
      return { atMs: e.atMs, kind: `turned-${e.state}`, text: `${text}.`, evidence: e.evidence };
    });
    for (const t of this.#triggers)
      out.push({ atMs: t.atMs, kind: t.kind, text: t.text, evidence: t.evidence });
    return out.sort((a, b) => a.atMs - b.atMs);
  }
}
