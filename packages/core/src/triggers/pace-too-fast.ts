import type { RuleDefinition, RuleMatch } from '../rules/rule-types.js';
import { createBuiltInPhraseMatcher } from '../text/phrase-matcher.js';
import type { TriggerOptions } from './trigger-options.js';

/** How far back the agent's pace is judged over their speech. */
const PACE_WINDOW_MS = 30_000;
/**
 * Fewest words the agent said in that window for a pace to be judged: one quick line (a
 * greeting of ten words rattled off in 2.5 s) is no pace.
 */
const PACE_WINDOW_MIN_WORDS = 15;

/** A customer asking the agent to slow down: the plainest sign the pace is too fast. */
const SLOW_DOWN = /* @__PURE__ */ createBuiltInPhraseMatcher([
  // Asked, not described: "it keeps slowing down" is the customer's internet.
  ...[
    '(can|could|would|will) you (please|just)? (slow down|(speak|talk|go|say (it|that) (again)?) (a bit|a little)? (slower|more slowly))',
    'please slow down',
    'slow down (please|a bit|a little|a little bit|for me)',
    "(you're|you are|youre) (talking|speaking|going) (way|much|a bit|a little|really|very)? (too|so) fast",
    '(too|so) fast for me',
    'not so fast',
    // "You say again slowly please?", "Can you repeat that more slowly?"
    '(say|speak|talk|repeat|explain) (it|that|this)? (again)? (slowly|slower|more slowly)',
  ].map((pattern) => ({ pattern, value: true })),
]);

/** The match for a customer who asked the agent to slow down, if they did. */
function askedToSlowDown(text: string): RuleMatch | undefined {
  const m = SLOW_DOWN.find(text)[0];
  if (m === undefined) return undefined;
  return {
    speaker: 'agent',
    // Its own cooldown key: a pace nudge a moment ago does not answer the ask.
    key: 'asked',
    matched: [`the customer asked to slow down: "${m.text}"`],
    summary: 'the customer asked the agent to slow down',
    situation: 'slow-down-asked',
  };
}

/**
 * `pace-too-fast`: the agent speaks faster than suits the customer's state (slower for
 * an agitated or confused customer). It fires at an agent utterance of `paceMinWords`
 * or more said above the limit, when the agent's speech over the last 30 s (their
 * utterances' own durations, pauses between them left out) holds 15 words or more and is
 * above the limit too. The utterance's own pace is the one reported. It also fires when
 * the customer asks the agent to slow down ("Sorry, can you slow down a bit?"), whatever
 * the timings say, through the playbook situation `slow-down-asked` (a playbook without
 * it uses `pace-too-fast`).
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
      if (u === undefined) return undefined;
      if (u.speaker === 'customer') return askedToSlowDown(u.text);
      if (u.wordCount < options.paceMinWords) return undefined;
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
