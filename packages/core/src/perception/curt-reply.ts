import type { SentimentState } from '../events/types.js';
import { isUpsetState } from '../state/negative-states.js';
import type { Token } from '../text/tokenize.js';
import type { TextAnalysis } from './text-analyzer.js';

const CURT = new Set([
  'fine',
  'ok',
  'okay',
  'k',
  'whatever',
  'sure',
  'great',
  'right',
  'alright',
  'perfect',
  'wonderful',
  'yeah',
  'yes',
  'yep',
  'good',
  'lovely',
  'brilliant',
  'cool',
  'thanks',
]);

/**
 * Reads a one- or two-word reply ("Fine.", "Okay.", "Whatever.") from an upset customer
 * for what it is: curt, not pleased. A clipped "fine" and a relieved "fine" share their
 * words; while the customer is frustrated or worried the words alone can't say "pleased",
 * so their positive reading is dropped, and a raised voice just before makes it count
 * toward frustration. Returns the adjusted analysis, or undefined when it doesn't apply.
 *
 * @param recentArousal the speaker's arousal in the latest prosody window, if recent
 * @public
 */
export function readCurtReply(
  tokens: readonly Token[],
  text: string,
  analysis: TextAnalysis,
  state: SentimentState,
  recentArousal: number | undefined,
): TextAnalysis | undefined {
  if (!isUpsetState(state) || tokens.length === 0 || tokens.length > 2) return undefined;
  if (!tokens.every((t) => CURT.has(t.text))) return undefined;
  const quoted = `"${text.trim()}"`;
  const raised = recentArousal !== undefined && recentArousal > 0.35;
  return {
    ...analysis,
    sentiment: Math.min(analysis.sentiment, raised ? -0.3 : 0),
    states: {
      ...analysis.states,
      positive: 0,
      relieved: 0,
      frustrated: Math.max(analysis.states.frustrated, raised ? 0.3 : 0),
    },
    cues: [
      raised
        ? `${quoted} said with a raised voice while ${state}: curt, not pleased`
        : `${quoted} while ${state}: curt, not pleased`,
    ],
  };
}
