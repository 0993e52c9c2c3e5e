import type { RuleDefinition } from '../rules/rule-types.js';
import { matchUtterance, phraseTable } from './phrase-rule.js';

const RIVAL =
  '((another|a different|a new|a better|a cheaper|some other) (supplier|provider|company|bank|carrier|network|insurer|firm|competitor)|(a|your|one of your) (competitor|competitors|rivals))';
const RIVALS = '(suppliers|providers|companies|banks|carriers|networks|insurers)';
const IF = '(if|unless|otherwise|or else)';
const I_WILL =
  "(i'll|i will|i'm going to|i am going to|i'm gonna|im gonna|i'm|i am|we'll|we will|we're going to|we are going to|we're|we are)";

// What a customer says when they are thinking of leaving for someone else.
const CUSTOMER = /* @__PURE__ */ phraseTable({
  rival: [
    `(switch|switching|move|moving|go|going|change|changing|look|looking|go over|going over) (to|for|at)? ${RIVAL}`,
    `(switch|switching|change|changing) ${RIVALS}`,
    `(find|finding|look for|looking for|shop around for|try) ${RIVAL}`,
    'shop around',
    'shopping around',
  ],
  elsewhere: [
    '(take|taking) my (business|money|custom|account|accounts) (elsewhere|somewhere else)',
    '(go|going|gone) (elsewhere|somewhere else)',
  ],
  done: [
    "(i'm|i am|we're|we are) (done|finished) with (you|your company|this company|you people|you lot)",
    '(never|not) (use|using|deal with|dealing with|come back to|coming back to) (you|your company|this company|you people) again',
    "(you're|you are|you'll|you will) (going to)? (lose|losing) (me|my business|a customer|a loyal customer|my custom)",
    "(you're|you are) (just)? going to let me (leave|go)",
  ],
  // Leaving, said as what happens if the problem stays ("If this isn't sorted today, I'm
  // cancelling my contract."); said alone, only at the end of its clause (see OPTIONS).
  unless: [
    `${IF} ** * ${I_WILL} (cancel|cancelling|canceling|close|closing|end|ending|terminate|terminating|leave|leaving) (my|the|our) (account|accounts|contract|subscription|service|policy|membership|plan)`,
  ],
  'unless-alone': [`${IF} ** * ${I_WILL} (cancel|cancelling|canceling|leave|leaving)`],
});

/** A word followed by another: "I'll cancel" in "I'll cancel the appointment" cancels no contract. */
const WORD_NEXT = /^\s*[\p{L}\p{N}]/u;
/** The words before a phrase that make it a report of the past or of someone else. */
const NOT_ME =
  /\b(?:was|were|had|my (?:friend|neighbour|neighbor|wife|husband|partner|son|daughter|mum|dad|brother|sister))\b[^.!?,]*$/;

const describe = (label: string, text: string): string =>
  label === 'rival'
    ? `the customer spoke of going to someone else: "${text}"`
    : label === 'unless' || label === 'unless-alone'
      ? `the customer said they will leave if it is not fixed: "${text}"`
      : `the customer spoke of leaving: "${text}"`;

const OPTIONS = {
  negatable: true,
  rejectBefore: (before: string) => NOT_ME.test(before),
  rejectAfter: (after: string, label: string) => label === 'unless-alone' && WORD_NEXT.test(after),
};

/**
 * `churn-risk`: the customer says they are thinking of leaving: for another supplier or
 * provider ("I'm switching to another supplier", "I'll take my business elsewhere"),
 * that they are done with the company ("You're going to lose a customer"), or that they
 * will cancel or leave if the problem stays ("If this isn't sorted today I'm leaving").
 * A cancellation asked for plainly is not a threat (see `repeated-request` for one
 * asked again); neither is a negated one ("I don't want to switch") nor someone else's
 * ("my neighbour is switching to another provider"). At most once every 5 minutes.
 * @public
 */
export function churnRiskRule(): RuleDefinition {
  return {
    id: 'churn-risk',
    description: 'the customer said they are thinking of leaving',
    on: ['utterance'],
    priority: 76,
    cooldownMs: 5 * 60_000,
    when(ctx) {
      const m = matchUtterance(ctx, 'customer', CUSTOMER, describe, OPTIONS);
      return m === undefined
        ? undefined
        : { ...m, key: '', summary: 'the customer said they are thinking of leaving' };
    },
  };
}
