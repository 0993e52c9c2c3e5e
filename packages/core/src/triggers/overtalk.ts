import type { RuleDefinition } from '../rules/rule-types.js';
import { firedSince } from './fired-since.js';
import { matchUtterance, phraseTable } from './phrase-rule.js';
import type { TriggerOptions } from './trigger-options.js';

/** What a customer says who is being talked over. */
const CUT_OFF = /* @__PURE__ */ phraseTable({
  interrupted: [
    '(let me|can i|could i|may i) (just)? finish',
    'let me (just)? (speak|talk|explain) (please|for a second|for a moment|first)',
    'let me get a word in',
    "(i'm not|i am not|i wasn't|i was not|i haven't|i have not) (yet)? (finished|done|done talking|done speaking|finished talking)",
    'i was (still|just)? (talking|speaking|in the middle)',
    '(stop|quit|please stop) (interrupting|cutting me off|talking over me)',
    "(you|you're|you are|you keep|you're just|you just) (keep)? (interrupting|interrupted|cutting me off|cut me off|talking over me|talked over me)",
    'hear me out',
  ],
});

/**
 * `overtalk`: the agent started talking while the customer was still speaking and
 * the two overlapped for longer than `overtalkMs`, or the customer says they are being
 * cut off ("Can you please let me finish?", "You keep interrupting me"), however short
 * the overlaps were.
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
      if (ctx.kind === 'utterance' && ctx.utterance?.speaker === 'customer') {
        const said = matchUtterance(
          ctx,
          'customer',
          CUT_OFF,
          (_, text) => `customer said they were cut off: "${text}"`,
        );
        if (said !== undefined) {
          return {
            ...said,
            speaker: 'agent',
            key: '',
            summary: 'the customer said the agent talked over them',
          };
        }
      }
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
