import type { RuleDefinition } from '../rules/rule-types.js';
import { firedSince } from './fired-since.js';
import type { TriggerOptions } from './trigger-options.js';

/**
 * `overtalk`: the agent started talking while the customer was still speaking and
 * the two overlapped for longer than `overtalkMs`.
 * @public
 */
export function overtalkRule(options: Pick<TriggerOptions, 'overtalkMs'>): RuleDefinition {
  return {
    id: 'overtalk',
    description: 'the agent talked over the customer',
    on: ['utterance', 'vad'],
    priority: 55,
    cooldownMs: 20_000,
    when(ctx) {
      const agent = ctx.lastSpeech('agent');
      const customer = ctx.lastSpeech('customer');
      if (agent === undefined || customer === undefined) return undefined;
      if (agent.startMs <= customer.startMs) return undefined; // the customer came in second
      const overlap = Math.min(agent.endMs, customer.endMs) - agent.startMs;
      if (overlap < options.overtalkMs) return undefined;
      // This stretch of agent speech was already reported (it is seen again on later events).
      if (firedSince(ctx, 'overtalk', agent.startMs)) return undefined;
      return {
        speaker: 'agent',
        // One key for every overlap, so the cooldown spaces out nudges about interrupting.
        key: '',
        matched: [
          `agent started ${((agent.startMs - customer.startMs) / 1000).toFixed(1)} s into the customer's turn and overlapped ${(overlap / 1000).toFixed(1)} s`,
        ],
        summary: 'the agent talked over the customer',
      };
    },
  };
}
