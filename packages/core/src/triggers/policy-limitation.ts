import type { RuleDefinition } from '../rules/rule-types.js';
import { foldText } from '../text/fold.js';
import { matchUtterance, phraseTable } from './phrase-rule.js';

const AGENT = /* @__PURE__ */ phraseTable({
  unfortunately: [
    'unfortunately',
    'regrettably',
    "(i'm|i am) afraid (that|we|i|there|there's|it|it's|this|that's|not|you|your)",
  ],
  policy: [
    '(our|the|company|store) policy',
    "policy (is|says|states|does not|doesn't)",
    'per (our|the) (policy|terms)',
    // "Per our returns policy, ...", "in line with our refund policy".
    '(per|under|according to|in line with) (our|the|company) (returns|refund|cancellation|billing|company|store) (policy|policies)',
    "(it's|it is) (against|not within) (our|the) (policy|rules)",
  ],
  cannot: [
    "i('m| am) (not able|unable) to",
    "(i|we) (can't|cannot|can not|won't be able to) (do|offer|give|refund|waive|change|cancel|process|make|provide|issue|credit|reverse)",
    "(we|i) (don't|do not) (offer|allow|provide|do|give) (that|refunds|credits|exceptions)",
    "(there's|there is) nothing (else|more)? (i|we) can (do|offer)",
    // "That's not something you need to worry about" reassures; it limits nothing.
    "(that's|that is|it's|it is) not (possible|something (i|we) (can|are able to) (do|offer|change))",
    "(we're|we are|i'm|i am) not (allowed|permitted|authorized) to",
    "(it's|it is|that's|that is) out of my hands",
  ],
  // A demand with a threat, to someone who may not be able to pay: "The full balance is
  // due immediately, otherwise it will be passed to our recoveries team."
  demand: [
    '(the)? (full|whole|entire|outstanding|total) (balance|amount|payment|sum|debt) (is|are) (due|payable) (immediately|now|today|in full|straight away)',
    '(otherwise|or) (it|this|your account|the account|the debt|the balance) (will|would|may|could) (be|get) (passed|referred|sent|handed) (on)? to (our|the|a) (recoveries|recovery|collections|debt collection|debt collectors|legal|solicitors)',
  ],
});

const describe = (label: string, text: string): string =>
  `agent stated a limitation (${label}): "${text}"`;

// Trouble on the line limits nothing the customer asked for: "I'm not able to hear you",
// "unfortunately the line is a bit noisy".
const LINE_TROUBLE =
  /^[\s,]*(?:(?:hear|understand|catch|make out)\b|(?:the|this|your|my|our)?\s*(?:line|connection|call quality|audio|signal|phone line|reception)\b)/;
// A policy that does something for the customer: "our policy is to refund double charges".
const HELPFUL_POLICY =
  /^\s*(?:is|says)\s+(?:to|that we|we)\s+(?:always\s+)?(?:refund|credit|waive|replace|reimburse|cover|fix|help|give|offer|match|make sure)\b/;

// A screen still loading limits nothing either: "I'm not able to see the new plan yet,
// give me one second".
const STILL_LOADING =
  /^[\s,]*(?:see|find|pull up|bring up|view|open|load|access|get into)\b.*\b(?:yet|loads|loading|one second|a second|one moment|a moment|bear with me)\b/;

const OPTIONS = {
  rejectAfter: (after: string, label: string): boolean =>
    ((label === 'cannot' || label === 'unfortunately') && LINE_TROUBLE.test(after)) ||
    (label === 'cannot' && STILL_LOADING.test(after)) ||
    (label === 'policy' && HELPFUL_POLICY.test(after)),
};

// What the agent can do instead, said in the same breath: "Unfortunately Thursday is the
// first slot. I can add a data boost in the meantime." That is the coaching; nothing to
// nudge. ("I can see the charge" and "I can only..." offer nothing; "I can't" is the limit,
// and so is "there's nothing I can do".)
const ALTERNATIVE = new RegExp(
  `\\b(?:${[
    "(?<!(?:not something|nothing|anything)(?: else| more)? )(?:i|we) (?:can|could)(?!\\s*(?:n['\u2019]t|not|only|see|hear|tell|understand|imagine|appreciate|confirm that)\\b)(?:\\s+(?:also|still|definitely|certainly|absolutely))?\\s+[a-z]",
    "(?:i'm|i am|we're|we are) (?:still )?able to",
    'what (?:i|we) can do',
    "(?:i'll|i will|we'll|we will) (?:go ahead|put|add|send|arrange|book|set up|escalate|raise|log|credit|waive|refund|make|get|look|check|try)",
    'let me (?:see|check|look|try|find|get|ask|speak|talk|escalate|raise|put|add|send|arrange|book|set up|offer)',
    'instead|alternatively|how about|would it help if|(?:one|another) option|in the meantime',
    'the (?:good news|best i can do|best option)',
  ].join('|')})`,
);

/**
 * Whether the agent's words offer something they can do ("What I can do is check the
 * meter readings", "I can add a data boost in the meantime"): what follows a limitation
 * well, and what acting on a `policy-limitation` nudge looks like.
 * @internal
 */
export const offersAlternative = (text: string): boolean => ALTERNATIVE.test(foldText(text));

/**
 * Whether the agent's words say what can't be done and nothing they can do instead
 * ("I understand. Unfortunately the direct debit is calculated automatically, so I'm not
 * able to change it."): what `policy-limitation` fires on. An "I understand" or "I'm
 * sorry" in such words does not answer a customer's feelings: it leads into a no.
 * @internal
 */
export function limitsOnly(text: string): boolean {
  for (const f of AGENT.find(text)) {
    if (!OPTIONS.rejectAfter(foldText(text.slice(f.end, f.end + 40)), f.value)) {
      return !offersAlternative(text);
    }
  }
  return false;
}

/**
 * `policy-limitation`: the agent says what can't be done ("unfortunately", "our
 * policy", "I'm not able to"), or demands payment with a threat ("The full balance is due
 * immediately, otherwise it will be passed to our recoveries team"), and, in the same
 * utterance, nothing they can do instead.
 * @public
 */
export function policyLimitationRule(): RuleDefinition {
  return {
    id: 'policy-limitation',
    description: 'the agent said what cannot be done, and nothing they can do instead',
    on: ['utterance'],
    priority: 60,
    cooldownMs: 45_000,
    when(ctx) {
      const m = matchUtterance(ctx, 'agent', AGENT, describe, OPTIONS);
      if (m === undefined || offersAlternative(ctx.utterance!.text)) return undefined;
      const summary =
        m.key === 'demand'
          ? 'the agent demanded payment, with nothing they can do'
          : 'the agent told the customer what cannot be done';
      return { ...m, key: '', summary };
    },
  };
}
