import type { RuleDefinition } from '../rules/rule-types.js';
import type { TriggerOptions } from './trigger-options.js';

/** How far back the agent's pace is judged over their speech. */
const PACE_WINDOW_MS = 30_000;
/**
 * Fewest words the agent said in that window for a pace to be judged: one quick line (a
 * greeting of ten words rattled off in 2.5 s) is no pace.
 */
const PACE_WINDOW_MIN_WORDS = 15;

/**
 * `pace-too-fast`: the agent speaks faster than suits the customer's state (slower for
 * an agitated or confused customer). It fires at an agent utterance of `paceMinWords`
 * or more said above the limit, when the agent's speech over the last 30 s (their
 * utterances' own durations, pauses between them left out) holds 15 words or more and is
 * above the limit too. The utterance's own pace is the one reported.
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
      const pace = ctx.agentWordsPerMinute(PACE_WINDOW_MS, PACE_WINDOW_MIN_WORDS);
      if (pace === undefined || pace <= limit) return undefined;
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
