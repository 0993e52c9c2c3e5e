import type { Token } from '../text/tokenize.js';
import { THANKS_WORDS } from './baseline/read-call-language.js';
import type { TextAnalysis } from './text-analyzer.js';

/** Words that close a call from the customer's side ("that's all", "nothing else", "bye"). */
const CLOSE = new Set(['bye', 'goodbye', 'all', 'everything', 'else']);

/** Every other word a closing formula may hold. */
const FORMULA = new Set([
  'no',
  'nope',
  'nah',
  'nothing',
  "that's",
  'thats',
  'that',
  'is',
  "it's",
  'it',
  'for',
  'today',
  'now',
  'you',
  'so',
  'very',
  'much',
  'again',
  'ok',
  'okay',
  'alright',
  'right',
  'then',
  'and',
  'oh',
  'um',
  'yes',
  'yeah',
  'have',
  'a',
  'good',
  'nice',
  'day',
  'one',
  'evening',
  'night',
  'take',
  'care',
  'mate',
]);

/** The most a closing formula's thanks counts toward relief or pleasure. */
const POLITE_MAX = 0.2;

/**
 * Reads a customer's closing formula for what it is: "No, that's everything. Thanks
 * Jordan.", "That's all, thank you, bye." The thanks in it is how a call ends, not
 * relief: read as gratitude, a customer who had just grudgingly accepted a partial
 * refund turned relieved at the goodbye, and the agent was told to "share the moment".
 * Where every word is the formula's (thanks, a close, fillers, and at most one name after
 * the thanks), the positive reading is capped; praise said with it ("Thanks, you've been
 * really helpful") is more than the formula and is left alone. Returns the adjusted
 * analysis, or undefined when it doesn't apply.
 * @internal
 */
export function readClosingThanks(
  tokens: readonly Token[],
  text: string,
  analysis: TextAnalysis,
): TextAnalysis | undefined {
  const { positive, relieved } = analysis.states;
  if (positive <= POLITE_MAX && relieved <= POLITE_MAX && analysis.sentiment <= POLITE_MAX)
    return undefined;
  let thanked = false;
  let closed = false;
  let named = false;
  for (const t of tokens) {
    const w = t.text;
    if (THANKS_WORDS.has(w)) thanked = true;
    else if (CLOSE.has(w)) closed = true;
    else if (FORMULA.has(w)) continue;
    // One name, capitalised, after the thanks: "Thanks Jordan".
    else if (thanked && !named && isUpperAt(text, t.start)) named = true;
    else return undefined;
  }
  if (!thanked || !closed) return undefined;
  return {
    ...analysis,
    sentiment: Math.min(analysis.sentiment, POLITE_MAX),
    states: {
      ...analysis.states,
      positive: Math.min(positive, POLITE_MAX),
      relieved: Math.min(relieved, POLITE_MAX),
    },
    cues: ['closing thanks: politeness, not relief', ...analysis.cues],
  };
}

function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
}
