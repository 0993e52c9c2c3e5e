import type { RuleDefinition } from '../rules/rule-types.js';
import type { TriggerOptions } from './trigger-options.js';

/**
 * `pace-too-fast`: the agent speaks faster than suits the customer's state (slower
 * for an agitated or confused customer), from words per minute of each utterance.
 * @public
 */
export function paceTooFastRule(
  options: Pick<TriggerOptions, 'paceWpm' | 'paceMinWords'>,
): RuleDefinition {
  return {
    id: 'pace-too-fast',
    description: 'the agent is speaking too fast for the customer',
    on: ['utterance'],
    priority: 50,
    cooldownMs: 45_000,
    when(ctx) {
      const u = ctx.utterance;
      if (u === undefined || u.speaker !== 'agent' || u.wordCount < options.paceMinWords)
        return undefined;
      const wpm = u.wordsPerMinute;
      if (wpm === undefined) return undefined;
      const customer = ctx.state('customer').state;
      const mood =
        customer === 'confused'
          ? 'confused'
          : customer === 'frustrated' || customer === 'distressed'
            ? 'agitated'
            : 'calm';
      const limit = options.paceWpm[mood];
      if (wpm <= limit) return undefined;
      const customerWords = `${mood === 'agitated' ? 'an' : 'a'} ${mood} customer`;
      return {
        speaker: 'agent',
        matched: [`agent at ${Math.round(wpm)} words/min, above ${limit} for ${customerWords}`],
        summary: `the agent spoke at ${Math.round(wpm)} words per minute to ${customerWords}`,
        values: { wpm: String(Math.round(wpm)), limit: String(limit) },
      };
    },
  };
}
