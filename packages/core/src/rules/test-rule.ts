import type { CoachOptions } from '../coach/coach-options.js';
import { createCoach } from '../coach/create-coach.js';
import { TonvoError } from '../errors/tonvo-error.js';
import { readJsonl } from '../events/jsonl.js';
import type { ConversationEvent, Evidence, Speaker, TextSpan } from '../events/types.js';
import { formatClock } from '../report/format-clock.js';
import { BUILT_IN_TRIGGER_IDS } from '../triggers/built-in-rules.js';
import { defineRule } from './define-rule.js';
import type { Rule, RuleDefinition } from './rule-types.js';

/** One time a rule fired in {@link testRule}, and why. @public */
export interface RuleFiring {
  readonly atMs: number;
  /** `atMs` as a call clock, e.g. `1:14`. */
  readonly clock: string;
  readonly trigger: string;
  readonly speaker?: Speaker;
  /** The conditions that matched, in words. */
  readonly matched: readonly string[];
  readonly span?: TextSpan;
  readonly replacement?: string;
  readonly evidence: Evidence;
  /** Whether the playbook turned it into a nudge, and the nudge's message. */
  readonly nudge?: string;
}

/** What {@link testRule} found. @public */
export interface RuleTestResult {
  readonly fired: readonly RuleFiring[];
  /** Lines of the transcript that were refused, with their line numbers. */
  readonly errors: readonly TonvoError[];
}

/**
 * Runs one rule (a typed rule, a declarative one from `parseRules`, or a built-in
 * trigger by id) over a JSONL transcript through a real coach, and returns when it
 * fired and why. The other built-in triggers are off, so nudges reflect this rule.
 *
 * @example
 * ```ts
 * const { fired } = await testRule(myRule, '{"type":"utterance","id":"u1","speaker":"customer","text":"get me a manager","final":true,"startMs":0,"endMs":1500}');
 * expect(fired.map((f) => f.clock)).toEqual(['0:01']);
 * ```
 * @public
 */
export async function testRule(
  rule: Rule | RuleDefinition | string,
  transcript: string | Iterable<ConversationEvent>,
  options: Omit<CoachOptions, 'rules' | 'builtInTriggers'> = {},
): Promise<RuleTestResult> {
  const builtIn = typeof rule === 'string';
  if (builtIn && !BUILT_IN_TRIGGER_IDS.includes(rule)) {
    throw TonvoError.invalidRule(
      'rule',
      `"${rule}" is not a built-in trigger; one of ${BUILT_IN_TRIGGER_IDS.join(', ')}`,
    );
  }
  // Checked here, so a malformed rule is an error naming its field, not a TypeError.
  const custom = builtIn ? undefined : defineRule(rule);
  const id = custom === undefined ? (rule as string) : custom.id;
  const coach = createCoach({
    ...options,
    builtInTriggers: builtIn ? [rule] : false,
    rules: custom === undefined ? [] : [custom],
  });
  const fired: RuleFiring[] = [];
  const errors: TonvoError[] = [];
  const nudges = new Map<string, string>();
  coach.on('nudge', (n) => nudges.set(`${n.trigger}@${n.atMs}`, n.message));
  coach.on('error', (e) => errors.push(e));
  coach.on('trigger', (t) => {
    if (t.trigger !== id) return;
    const { type: _t, conversation: _c, priority: _p, ...rest } = t;
    fired.push({ ...rest, clock: formatClock(t.atMs) });
  });
  if (typeof transcript === 'string') {
    for (const r of readJsonl(transcript)) {
      if (r.error !== undefined) errors.push(r.error);
      else coach.push(r.event as ConversationEvent);
    }
  } else {
    for (const e of transcript) coach.push(e);
  }
  await coach.end();
  coach.destroy();
  return {
    fired: fired.map((f) => {
      const message = nudges.get(`${f.trigger}@${f.atMs}`);
      return message === undefined ? f : { ...f, nudge: message };
    }),
    errors,
  };
}
