import type { RuleDefinition } from '../rules/rule-types.js';
import { firedSince } from './fired-since.js';
import type { TriggerOptions } from './trigger-options.js';

/**
 * `monologue`: the agent has talked for longer than `monologueMs` without the
 * customer speaking or a check-in question. Fires once per run of talk.
 * @public
 */
export function monologueRule(options: Pick<TriggerOptions, 'monologueMs'>): RuleDefinition {
  const seconds = Math.round(options.monologueMs / 1000);
  return {
    id: 'monologue',
    description: `the agent talked for more than ${seconds} s without checking in`,
    on: ['utterance', 'partial'],
    priority: 45,
    cooldownMs: 0,
    when(ctx) {
      const u = ctx.utterance;
      const { agentRunStartMs: start, agentRunEndMs: end } = ctx.timers;
      if (u === undefined || u.speaker !== 'agent' || start === undefined || end === undefined)
        return undefined;
      const length = end - start;
      if (length < options.monologueMs) return undefined;
      // Once per run: the run keeps its start until the customer speaks or a check-in.
      if (firedSince(ctx, 'monologue', start)) return undefined;
      // The utterance that crosses the limit is itself the check-in: nothing to nudge.
      if (u.isQuestion) return undefined;
      return {
        speaker: 'agent',
        key: String(start),
        matched: [`agent talking for ${Math.round(length / 1000)} s without a check-in`],
        summary: `the agent talked for ${Math.round(length / 1000)} s without checking in`,
        utteranceIds: ctx
          .recent({ speaker: 'agent' })
          .filter((r) => r.startMs >= start)
          .map((r) => r.id),
      };
    },
  };
}
