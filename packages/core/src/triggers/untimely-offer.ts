import type { RuleDefinition } from '../rules/rule-types.js';
import { isNegativeState } from '../state/negative-states.js';
import { matchUtterance, phraseTable } from './phrase-rule.js';

// A sales pitch: an upgrade, a package, a deal. (Retention offers to a calm customer who
// wants to leave are a script of their own; to an upset one they are the same pitch.)
const AGENT = /* @__PURE__ */ phraseTable({
  pitch: [
    "while (i have you|i've got you|you're on the line|we're on the phone)",
    "did you know (that)? (we|we've|you can|you could) (have|offer|now|also|get|add|upgrade)",
    'have you (heard|considered|thought about|looked at) (about)? (our|the|upgrading|adding)',
    'would you (like|be interested in|want) (to)? (upgrade|upgrading|add|adding|hear about|try|our|a premium|the premium)',
    '(special|exclusive|limited time|limited-time|introductory) (offer|deal|promotion|discount|price)',
    '(premium|sports|movies|family|unlimited) (package|bundle|add-on|add on|tier|upgrade)',
    'for (just|only) (#|a|an|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty) (pounds|pound|dollars|dollar|euros|euro|quid|bucks)? (more|extra|a month|per month)',
  ],
});

const describe = (_label: string, text: string): string => `the agent pitched an offer: "${text}"`;

/**
 * `untimely-offer`: the agent pitches an upgrade or a deal ("While I have you, did you
 * know we have a premium sports package for just ten pounds more?") while the customer
 * is frustrated, confused or worried. Their problem comes first; an offer then reads as
 * not listening. Fires at most once every five minutes.
 * @public
 */
export function untimelyOfferRule(): RuleDefinition {
  return {
    id: 'untimely-offer',
    description: 'the agent pitched an offer while the customer was upset',
    on: ['utterance'],
    priority: 64,
    cooldownMs: 5 * 60_000,
    when(ctx) {
      const u = ctx.utterance;
      if (u === undefined || u.speaker !== 'agent') return undefined;
      const customer = ctx.state('customer').state;
      if (!isNegativeState(customer)) return undefined;
      const m = matchUtterance(ctx, 'agent', AGENT, describe);
      if (m === undefined) return undefined;
      return {
        ...m,
        key: '',
        matched: [...(m.matched ?? []), `while the customer is ${customer}`],
        summary: `the agent pitched an offer while the customer was ${customer}`,
      };
    },
  };
}
