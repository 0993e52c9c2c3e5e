import type { SentimentState } from '../events/types.js';
import { isUpsetState } from '../state/negative-states.js';
import { createBuiltInPhraseMatcher, type PhraseMatcher } from '../text/phrase-matcher.js';
import type { TextAnalysis } from './text-analyzer.js';

/** Words that accept an outcome without being glad of it. */
const GRUDGING: PhraseMatcher<true> = /* @__PURE__ */ createBuiltInPhraseMatcher<true>(
  [
    "i (suppose|guess) (that's|that is|it's|it is|that'll|that will|that'd|that would)? (be)? (fair|fine|ok|okay|alright|all right|reasonable|something|better than nothing|do)",
    'i (suppose|guess) so',
    "(that'll|that will|it'll|it will|this will) (have to|just have to) do",
    "if (that's|that is|it's|it is) (all|the best|all that) (you|we) can",
    '(fine|okay|ok) (then)? whatever',
    'it is what it is',
    "(i|we) (don't|do not) have (much|a|any) choice",
    "i('ve| have) (got)? no choice",
    'better than nothing',
    "(that's|that is|it's|it is) (a bit|a little|a little bit|slightly|somewhat) better",
    "(i'll|i will) (just)? have to (take|accept|live with) (it|that)",
  ].map((pattern) => ({ pattern, value: true as const })),
);

/** The most a grudging reply's words count toward relief or pleasure. */
const GRUDGING_MAX = 0.2;

/**
 * Reads an upset customer's grudging acceptance for what it is: "Okay. I suppose that's
 * fair. Thank you.", "Fine, that'll have to do.", "It's better than nothing." They have
 * stopped arguing, but they are not relieved: the "thank you" in it is politeness. While
 * the customer is frustrated or worried, such a reply's positive reading is capped (so
 * their state settles to neutral, not to relieved or pleased), and its cue says why.
 * Returns the adjusted analysis, or undefined when it doesn't apply.
 * @internal
 */
export function readGrudgingReply(
  text: string,
  analysis: TextAnalysis,
  state: SentimentState,
): TextAnalysis | undefined {
  if (!isUpsetState(state)) return undefined;
  const { positive, relieved } = analysis.states;
  if (positive <= GRUDGING_MAX && relieved <= GRUDGING_MAX && analysis.sentiment <= GRUDGING_MAX)
    return undefined;
  const found = GRUDGING.find(text)[0];
  if (found === undefined) return undefined;
  return {
    ...analysis,
    sentiment: Math.min(analysis.sentiment, GRUDGING_MAX),
    states: {
      ...analysis.states,
      positive: Math.min(positive, GRUDGING_MAX),
      relieved: Math.min(relieved, GRUDGING_MAX),
    },
    cues: [`"${found.text}" while ${state}: accepting, not relieved`, ...analysis.cues],
  };
}
