import type { TriggerFiredEvent } from '../events/types.js';
import { TonvoError, toTonvoError } from '../errors/tonvo-error.js';
import type { Mutable } from '../util/mutable.js';
import { describeValue } from '../util/describe-value.js';
import { resultProblem } from './check-match.js';
import { isTrusted } from './trusted-rules.js';
import { defineRule } from './define-rule.js';
import type { Rule, RuleContext, RuleDefinition, RuleEventKind, RuleMatch } from './rule-types.js';

/** A trigger as the engine reports it (the coach adds the conversation). @public */
export type FiredTrigger = Omit<TriggerFiredEvent, 'type' | 'conversation'> & {
  readonly rule: Rule;
  /** Values for the playbook's placeholders from the match. */
  readonly values?: Readonly<Record<string, string>>;
  /** The match's own playbook situation, when not the rule's. */
  readonly situation?: string;
};

/** Evaluates rules against a context, with per-rule cooldowns. @public */
export interface RuleEngine {
  readonly rules: readonly Rule[];
  /**
   * Evaluates the rules that listen to `ctx.kind` and returns what fired, most
   * urgent first. A rule that throws, or returns something that is not a valid
   * {@link RuleResult}, is reported through `onError` and skipped.
   */
  evaluate(ctx: RuleContext, onError?: (error: TonvoError) => void): FiredTrigger[];
  /**
   * Asks time-based rules when they next want to run; returns the earliest. A rule whose
   * `wakeAtMs` throws or returns something other than a number is reported through
   * `onError` and does not wake.
   */
  refreshWakes(ctx: RuleContext, onError?: (error: TonvoError) => void): number | undefined;
  /** The earliest pending wake-up, if any. */
  nextWakeMs(): number | undefined;
  /** Evaluates the time-based rules due at or before `ctx.nowMs` (kind `timer`). */
  evaluateDue(ctx: RuleContext, onError?: (error: TonvoError) => void): FiredTrigger[];
}

const MAX_COOLDOWN_KEYS = 2048;

/**
 * Creates a rule engine over built-in and custom rules. Ids must be unique.
 *
 * @example
 * ```ts
 * const engine = createRuleEngine([...builtInRules(), defineRule({ id: 'x', when: () => false })]);
 * ```
 * @public
 */
export function createRuleEngine(rules: readonly (Rule | RuleDefinition)[]): RuleEngine {
  if (!Array.isArray(rules)) {
    throw TonvoError.invalidRule('rules', `must be an array of rules, got ${describeValue(rules)}`);
  }
  const list = rules.map((r, i) => checkedRule(defineRule(r, `rules[${i}]`)));
  const seen = new Set<string>();
  for (const [i, r] of list.entries()) {
    if (seen.has(r.id))
      throw TonvoError.invalidRule(`rules[${i}].id`, `duplicate rule id "${r.id}"`);
    seen.add(r.id);
  }
  const byKind = new Map<RuleEventKind, Rule[]>();
  for (const r of list) {
    for (const k of r.on) {
      let l = byKind.get(k);
      if (l === undefined) byKind.set(k, (l = []));
      l.push(r);
    }
  }
  const timerRules = list.filter((r) => r.wakeAtMs !== undefined);
  // Each timer rule's pending wake-up (NaN: none), and the earliest of them.
  const wakes = new Float64Array(timerRules.length).fill(NaN);
  let earliest: number | undefined;
  const findEarliest = (): number | undefined => {
    let min: number | undefined;
    for (let k = 0; k < wakes.length; k++) {
      const at = wakes[k]!;
      if (at === at && (min === undefined || at < min)) min = at;
    }
    return min;
  };
  const lastFired = new Map<string, number>();
  const order = new Map(list.map((r, i) => [r, i]));

  // Cooldowns are kept per rule and key; a rule's own prefix is made once.
  const prefixes = new Map(list.map((r) => [r, `${r.id}\u0000`]));
  const cooled = (rule: Rule, key: string, atMs: number): boolean => {
    const prefix = prefixes.get(rule)!;
    const k = key === '' ? prefix : prefix + key;
    const last = lastFired.get(k);
    if (last !== undefined && atMs - last < rule.cooldownMs) return false;
    if (lastFired.size >= MAX_COOLDOWN_KEYS) {
      // Forget the oldest key; cooldowns are short, so an old key is long expired.
      const first = lastFired.keys().next();
      if (first.done !== true) lastFired.delete(first.value);
    }
    lastFired.delete(k);
    lastFired.set(k, atMs);
    return true;
  };

  const run = (
    candidates: readonly Rule[],
    ctx: RuleContext,
    onError?: (e: TonvoError) => void,
  ): FiredTrigger[] => {
    let fired: FiredTrigger[] | undefined;
    for (const rule of candidates) {
      let result;
      try {
        result = rule.when(ctx);
      } catch (e) {
        onError?.(e instanceof BadResult ? e.error : threw(rule, 'when', e));
        continue;
      }
      if (result === false || result === null || result === undefined) continue;
      const matches: readonly RuleMatch[] =
        result === true ? [{}] : Array.isArray(result) ? result : [result as RuleMatch];
      for (const m of matches) {
        const atMs = m.atMs ?? ctx.nowMs;
        if (!cooled(rule, m.key ?? '', atMs)) continue;
        (fired ??= []).push(toFired(rule, m, ctx, atMs));
      }
    }
    if (fired === undefined) return EMPTY;
    return fired.length > 1
      ? fired.sort((a, b) => b.priority - a.priority || order.get(a.rule)! - order.get(b.rule)!)
      : fired;
  };

  return {
    rules: list,
    evaluate(ctx, onError) {
      const candidates = byKind.get(ctx.kind);
      return candidates === undefined ? EMPTY : run(candidates, ctx, onError);
    },
    refreshWakes(ctx, onError) {
      for (let k = 0; k < timerRules.length; k++) {
        const rule = timerRules[k]!;
        let at: unknown;
        try {
          at = rule.wakeAtMs!(ctx);
        } catch (e) {
          onError?.(threw(rule, 'wakeAtMs', e));
          at = undefined;
        }
        if (at !== undefined && typeof at !== 'number') {
          onError?.(
            new TonvoError(
              'rule-error',
              `rule "${rule.id}" returned a bad result: wakeAtMs() must be a number of milliseconds or undefined, got ${describeValue(at)}`,
              { field: `${rule.id}.wakeAtMs()` },
            ),
          );
          at = undefined;
        }
        wakes[k] = at === undefined || !Number.isFinite(at) ? NaN : (at as number);
      }
      return (earliest = findEarliest());
    },
    nextWakeMs() {
      return earliest;
    },
    evaluateDue(ctx, onError) {
      let due: Rule[] | undefined;
      for (let k = 0; k < timerRules.length; k++) {
        if (wakes[k]! <= ctx.nowMs) {
          (due ??= []).push(timerRules[k]!);
          wakes[k] = NaN;
        }
      }
      if (due === undefined) return EMPTY;
      earliest = findEarliest();
      // Timer rules are listed in rule order already.
      return run(due, ctx, onError);
    },
  };
}

const EMPTY: FiredTrigger[] = [];

/** What a checked rule's `when` throws when it returned something that is not a result. */
class BadResult extends Error {
  constructor(readonly error: TonvoError) {
    super(error.message);
  }
}

/**
 * The rule with its `when` checking what it returns (see `resultProblem`), unless it is
 * one of the library's own. The check sits in the rule, not in the engine's loop: there
 * it cost about 1% of a call's instructions under cachegrind, more than the checks
 * themselves account for.
 */
function checkedRule(rule: Rule): Rule {
  const { when, id } = rule;
  if (isTrusted(when)) return rule;
  return {
    ...rule,
    when(ctx) {
      const result = when.call(rule, ctx);
      const problem = resultProblem(result);
      if (problem === undefined) return result;
      const [field, what] = problem;
      throw new BadResult(
        new TonvoError('rule-error', `rule "${id}" returned a bad result: when()${field} ${what}`, {
          field: `${id}.when()${field}`,
        }),
      );
    },
  };
}

/** The error reported for a rule whose `when` or `wakeAtMs` threw `e`. */
function threw(rule: Rule, fn: 'when' | 'wakeAtMs', e: unknown): TonvoError {
  const message = toTonvoError(e, 'rule-error').message;
  return new TonvoError('rule-error', `rule "${rule.id}" threw: ${message}`, {
    cause: e,
    field: `${rule.id}.${fn}()`,
  });
}

function toFired(rule: Rule, m: RuleMatch, ctx: RuleContext, atMs: number): FiredTrigger {
  const u = ctx.utterance;
  const speaker = m.speaker ?? u?.speaker;
  const ev = ctx.event;
  const utteranceIds = m.utteranceIds ?? (u === undefined ? [] : [u.id]);
  // Fields set one after another in the order of the event (JSON keeps that order).
  const f = { rule, atMs, trigger: rule.id } as Mutable<FiredTrigger>;
  if (speaker !== undefined) f.speaker = speaker;
  f.priority = m.priority ?? rule.priority;
  if (m.span !== undefined) f.span = m.span;
  if (m.replacement !== undefined) f.replacement = m.replacement;
  f.matched = m.matched ?? [rule.description || rule.id];
  f.evidence = {
    utteranceIds: [...utteranceIds],
    prosodyWindows: ev?.type === 'prosody' ? [{ startMs: ev.startMs, endMs: ev.endMs }] : [],
    cues: [...(m.cues ?? [])],
    summary: m.summary ?? rule.description,
  };
  if (m.values !== undefined) f.values = m.values;
  if (m.situation !== undefined) f.situation = m.situation;
  return f;
}
