import type { SentimentState } from '../events/types.js';
import type { EmotionalState } from '../perception/text-analyzer.js';
import {
  candidateOf,
  conclude,
  halve,
  transition,
  type SentimentEffect,
  type SentimentInput,
  type SentimentMachineState,
} from './sentiment-machine.js';
import type { SentimentParams } from './sentiment-params.js';

const NO_EFFECTS: SentimentEffect[] = [];

/**
 * One speaker's sentiment machine as a coach keeps it. Every input goes through
 * `transition`, except the steps where only time passes: the coach takes one every
 * second or so for each speaker who is not neutral, so that evidence fades. Those steps
 * multiply the numbers in place, and the machine's state object is built only when it
 * is read. Reading it after any run of steps gives exactly what `transition` with
 * `{ type: 'time' }` gives step by step; a step that would change anything but the
 * numbers (a fade to neutral, a state in waiting) is taken by `transition` itself.
 * @internal
 */
export class FadingMachine {
  readonly #p: SentimentParams;
  #built: SentimentMachineState;
  /** Whether `#built` holds the numbers below (no step since it was built). */
  #fresh = true;
  #act: Record<EmotionalState, number>;
  #next: Record<EmotionalState, number>;
  #score: number;
  #atMs: number;

  constructor(initial: SentimentMachineState, p: SentimentParams) {
    this.#p = p;
    this.#built = initial;
    this.#act = { ...initial.activation };
    this.#next = { ...initial.activation };
    this.#score = initial.score;
    this.#atMs = initial.updatedAtMs;
  }

  /** The tracked state (time steps never change it without `transition`). */
  get state(): SentimentState {
    return this.#built.state;
  }

  /** The smoothed score now (what the built state would say). */
  get score(): number {
    return this.#score;
  }

  /** When the machine last took an input or a time step. */
  get updatedAtMs(): number {
    return this.#atMs;
  }

  /** The machine's state, built now if time steps were taken since it last was. */
  read(): SentimentMachineState {
    if (!this.#fresh) {
      this.#built = conclude(
        this.#built,
        { ...this.#act },
        this.#score,
        undefined,
        this.#atMs,
        false,
        this.#p,
      )[0];
      this.#fresh = true;
    }
    return this.#built;
  }

  /**
   * Gives the machine an input through `transition`; returns the effects and whether the
   * state changed. After time steps the input starts from the numbers as they are, in a
   * state whose confidence and waiting state are not worked out (a transition reads
   * neither), so nothing is built that the input would replace at once.
   */
  apply(input: SentimentInput): { effects: SentimentEffect[]; changed: boolean } {
    const from = this.#fresh
      ? this.#built
      : {
          ...this.#built,
          score: this.#score,
          activation: { ...this.#act },
          updatedAtMs: this.#atMs,
        };
    const [next, effects] = transition(from, input, this.#p);
    // Unchanged (an ordinary voice): keep the built state, or the steps still pending.
    if (next === from) return { effects, changed: false };
    this.set(next);
    return { effects, changed: true };
  }

  /** Takes the state `transition` returned for an input. */
  set(next: SentimentMachineState): void {
    this.#built = next;
    this.#fresh = true;
    const a = next.activation;
    const act = this.#act;
    act.positive = a.positive;
    act.frustrated = a.frustrated;
    act.confused = a.confused;
    act.distressed = a.distressed;
    act.relieved = a.relieved;
    this.#score = next.score;
    this.#atMs = next.updatedAtMs;
  }

  /**
   * Moves the machine's clock to `atMs` without letting evidence fade: for time in which
   * the speaker was not there to be heard (a hold), which says nothing about how they
   * feel. The evidence window still ages (older evidence supports a state less).
   */
  rebase(atMs: number): void {
    if (atMs <= this.#atMs) return;
    this.#atMs = atMs;
    this.#fresh = false;
  }

  /** A step where only time passes, to `atMs`; returns the effects (rarely any). */
  fade(atMs: number): SentimentEffect[] {
    const p = this.#p;
    const at = Math.max(atMs, this.#atMs);
    const dt = at - this.#atMs;
    const decay = halve(dt, p.halfLifeMs);
    const a = this.#act;
    const n = this.#next;
    n.positive = a.positive * decay;
    n.frustrated = a.frustrated * decay;
    n.confused = a.confused * decay;
    n.distressed = a.distressed * decay;
    n.relieved = a.relieved * decay;
    const state = this.#built.state;
    const score = this.#score * halve(dt, p.scoreHalfLifeMs);
    if (candidateOf(state, n, score, p) !== state) {
      const [next, effects] = transition(this.read(), { type: 'time', atMs }, p);
      this.set(next);
      return effects;
    }
    this.#act = n;
    this.#next = a;
    this.#score = score;
    this.#atMs = at;
    this.#fresh = false;
    return NO_EFFECTS;
  }
}
