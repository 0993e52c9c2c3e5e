import type { NudgeEvent } from '../events/types.js';
import type { FiredTrigger } from '../rules/rule-engine.js';
import type { Playbook, PlaybookSituation } from './playbook-types.js';
import type { Mutable } from '../util/mutable.js';
import { renderLoose, renderTemplate } from './render.js';

/**
 * How gentle the coach is. Defaults from {@link getDefaultNudgeOptions}.
 * @public
 */
export interface NudgeOptions {
  /** At most one non-critical nudge per this interval. */
  readonly minGapMs: number;
  /** Quiet time per situation after one of its nudges, unless the playbook says otherwise. */
  readonly cooldownMs: number;
  /** How long a nudge stays relevant, unless the playbook says otherwise. */
  readonly expiresAfterMs: number;
  /** How long a nudge held back by the spacing may wait before it is dropped. */
  readonly maxWaitMs: number;
  /**
   * A nudge this much more urgent than the one on screen replaces it at once instead
   * of waiting for the spacing.
   */
  readonly supersedeBy: number;
  /** Most suggested phrases per nudge. */
  readonly maxPhrases: number;
}

/** The default {@link NudgeOptions}. @public */
export function getDefaultNudgeOptions(): NudgeOptions {
  return {
    minGapMs: 12_000,
    cooldownMs: 45_000,
    expiresAfterMs: 30_000,
    maxWaitMs: 10_000,
    supersedeBy: 10,
    maxPhrases: 2,
  };
}

/** A nudge without its event envelope. @public */
export type NudgeData = Omit<NudgeEvent, 'type' | 'conversation'>;

interface Waiting {
  readonly fired: FiredTrigger;
  readonly situationId: string;
  readonly situation: PlaybookSituation;
  readonly values: Readonly<Record<string, string>>;
  readonly priority: number;
}

const MAX_USED_PHRASES = 1024;
const NONE_RELEASED: NudgeData[] = [];

/**
 * Turns fired triggers into nudges: playbook lookup, placeholders, no repeated phrase
 * within a call, per-situation cooldowns, priority, and at most one non-critical
 * nudge per `minGapMs` (others wait up to `maxWaitMs`, most urgent first, then newest).
 * @internal
 */
export class NudgeScheduler {
  readonly #playbook: Playbook;
  readonly #options: NudgeOptions;
  readonly #lastBySituation = new Map<string, number>();
  readonly #situationCount = new Map<string, number>();
  readonly #used = new Set<string>();
  #waiting: Waiting[] = [];
  #lastNonCriticalAtMs = -Infinity;
  #lastNonCritical: NudgeData | undefined;
  /** Nudges replaced by a more urgent one, for the caller to take off screen. */
  readonly superseded: string[] = [];
  #seq = 0;

  constructor(playbook: Playbook, options: NudgeOptions) {
    this.#playbook = playbook;
    this.#options = options;
  }

  /** A situation of the playbook by id. */
  situation(id: string): PlaybookSituation | undefined {
    return this.#playbook.situations[id];
  }

  /** The situation id a fired trigger is shown through. */
  #situationIdOf(fired: FiredTrigger): string {
    // A match may name its own situation; a playbook without it falls back to the rule's.
    const situations = this.#playbook.situations;
    return fired.situation !== undefined && situations[fired.situation] !== undefined
      ? fired.situation
      : fired.rule.situation;
  }

  /**
   * How urgent a fired trigger's nudge would be (its situation's priority, or the
   * trigger's): what orders the triggers of one moment before they are offered.
   */
  priorityOf(fired: FiredTrigger): number {
    return this.#playbook.situations[this.#situationIdOf(fired)]?.priority ?? fired.priority;
  }

  /** Offers a fired trigger; returns the nudge if it is shown now. */
  offer(fired: FiredTrigger, values: Readonly<Record<string, string>>): NudgeData | undefined {
    const situationId = this.#situationIdOf(fired);
    const situation = this.#playbook.situations[situationId];
    if (situation === undefined) return undefined;
    const at = fired.atMs;
    const cooldown = situation.cooldownMs ?? this.#options.cooldownMs;
    const last = this.#lastBySituation.get(situationId);
    if (last !== undefined && at - last < cooldown) return undefined;
    const critical = situation.critical ?? fired.rule.critical;
    const priority = situation.priority ?? fired.priority;
    const w: Waiting = { fired, situationId, situation, values, priority };
    if (critical) return this.#emit(w, at, true);
    if (at - this.#lastNonCriticalAtMs >= this.#options.minGapMs) return this.#emit(w, at, false);
    const shown = this.#lastNonCritical;
    if (shown !== undefined && priority >= shown.priority + this.#options.supersedeBy) {
      this.superseded.push(shown.id);
      return this.#emit(w, at, false);
    }
    // Held back by the spacing: keep the most urgent per situation.
    this.#waiting = this.#waiting.filter(
      (x) => x.situationId !== situationId || x.priority > priority,
    );
    if (!this.#waiting.some((x) => x.situationId === situationId)) this.#waiting.push(w);
    return undefined;
  }

  /** Whether any nudge is held back by the spacing. */
  get waiting(): boolean {
    return this.#waiting.length > 0;
  }

  /**
   * Drops the waiting nudges that `done` says the conversation has already dealt with
   * (the agent acknowledged before a held-back "acknowledge it" nudge came up): shown
   * late, such a nudge would ask for what was just done. `done` gets each one's situation
   * and trigger.
   */
  withdraw(done: (situation: PlaybookSituation, fired: FiredTrigger) => boolean): void {
    if (this.#waiting.length === 0) return;
    this.#waiting = this.#waiting.filter((w) => !done(w.situation, w.fired));
  }

  /** When the next waiting nudge could be shown, if any is waiting. */
  nextReleaseMs(): number | undefined {
    return this.#waiting.length === 0
      ? undefined
      : this.#lastNonCriticalAtMs + this.#options.minGapMs;
  }

  /** Shows the waiting nudges whose time has come by `nowMs`; drops the stale ones. */
  release(nowMs: number): NudgeData[] {
    if (this.#waiting.length === 0) return NONE_RELEASED;
    const out: NudgeData[] = [];
    for (;;) {
      const at = this.#lastNonCriticalAtMs + this.#options.minGapMs;
      if (this.#waiting.length === 0 || at > nowMs) break;
      this.#waiting = this.#waiting.filter((w) => at - w.fired.atMs <= this.#options.maxWaitMs);
      if (this.#waiting.length === 0) break;
      // The most urgent; of equally urgent ones the newest, which is about what was just
      // said (the older one has waited longer and is the staler).
      let best = this.#waiting[0]!;
      for (const w of this.#waiting) if (w.priority >= best.priority) best = w;
      this.#waiting = this.#waiting.filter((w) => w !== best);
      const last = this.#lastBySituation.get(best.situationId);
      const cooldown = best.situation.cooldownMs ?? this.#options.cooldownMs;
      if (last !== undefined && at - last < cooldown) continue;
      out.push(this.#emit(best, at, false));
    }
    return out;
  }

  #emit(w: Waiting, at: number, critical: boolean): NudgeData {
    const { fired, situation, situationId, values } = w;
    this.#lastBySituation.set(situationId, at);
    const n = this.#situationCount.get(situationId) ?? 0;
    this.#situationCount.set(situationId, n + 1);
    this.#seq++;
    const nudge: Mutable<NudgeData> = {
      id: `n${this.#seq}`,
      atMs: at,
      trigger: fired.trigger,
      situation: situationId,
      message: renderLoose(situation.message, values),
      phrases: this.#pickPhrases(situation.phrases, values, n),
      priority: w.priority,
      critical,
      expiresAtMs: at + (situation.expiresAfterMs ?? this.#options.expiresAfterMs),
      evidence: fired.evidence,
    };
    // Set after, not spread in: a spread into a literal builds it the slow, generic way.
    if (fired.span !== undefined) nudge.span = fired.span;
    if (fired.replacement !== undefined) nudge.replacement = fired.replacement;
    if (!critical) {
      this.#lastNonCriticalAtMs = at;
      this.#lastNonCritical = nudge;
    }
    return nudge;
  }

  #pickPhrases(
    variants: readonly string[],
    values: Readonly<Record<string, string>>,
    rotation: number,
  ): string[] {
    const out: string[] = [];
    for (let k = 0; k < variants.length && out.length < this.#options.maxPhrases; k++) {
      const v = variants[(k + rotation) % variants.length]!;
      const text = renderTemplate(v, values);
      if (text === undefined || this.#used.has(text)) continue;
      out.push(text);
    }
    for (const p of out) {
      if (this.#used.size >= MAX_USED_PHRASES) break;
      this.#used.add(p);
    }
    return out;
  }
}
