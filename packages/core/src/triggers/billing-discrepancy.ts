import type { RuleDefinition } from '../rules/rule-types.js';
import { matchUtterance, phraseTable } from './phrase-rule.js';

// Money nouns a dispute is about.
const ITEM =
  '(charge|charges|payment|payments|transaction|transactions|purchase|purchases|debit|debits|direct debit|withdrawal|withdrawals|fee|fees)';

const CUSTOMER = /* @__PURE__ */ phraseTable({
  'the double charge': [
    '(charged|billed|debited) (me)? (twice|two times|double|two separate times|multiple times|several times|three times)',
    'double (charged|billed|charge|charges|payment|billing)',
    '(duplicate|duplicated|repeat|repeated) (charge|charges|payment|payments|transaction|transactions)',
    '(charged|billed) (for the same|for it) (thing|twice|again)',
    'two (charges|payments) (for|of)',
    'two of the same (charge|charges|payment|payments|transaction|transactions)',
    'paid (for it|for the same (thing|item|order))? twice',
    // "My direct debit was taken twice", "the payment came out twice".
    `${ITEM} (was|were|has been|have been|got|has|have)? (taken|collected|deducted|withdrawn|debited|processed|come out|came out|gone out|went out) (twice|two times|double|two separate times|multiple times|three times)`,
    `${ITEM} * (showing|shows|showed|appearing|appears|appear|appeared) (up)? (twice|two times|multiple times|more than once|many times|duplicate times|over and over)`,
    'only made one (transaction|payment|purchase)',
    'same (transaction|charge|payment|purchase) ** (twice|two times|multiple times|more than once|many times|over and over)',
  ],
  'the overcharge': [
    'overcharged',
    'over charged',
    '(charged|billed) (me)? (too much|extra|more than|the wrong amount|incorrectly|wrongly)',
    '(charged|billed|charge|charging) (me)? (an|a)? (extra|additional)',
    // "why was I charged $1", "why did you charge me extra"
    'why (was i|have i been|did i get|did you|did they|am i being|has my card been|did my card get|did a transaction i made) (charged|billed|charge me|bill me|charge|bill)',
    '(wrong|incorrect|extra|higher|unexpected|additional) (#)? (euro|pound|dollar)? (charge|amount|fee|bill|total)',
    '(bill|charge|amount) (is|was|seems) (wrong|too high|incorrect|higher than)',
    'hidden (fee|fees|charge|charges)',
    '(pay|paid|paying) * more than (i|it|expected|usual|normal|i should)',
  ],
  'the unrecognised charge': [
    `(don't|do not|didn't|did not|can't|cannot) (recognize|recognise|authorize|authorise|make|remember|recall) (making|doing|authorizing|authorising|initiating)? (this|that|the|a|these|those|an)? (card|cash|direct)? ${ITEM}`,
    `(didn't|didnt|did not|never) (do|make|authorize|authorise|approve|set up) (this|that|these|those|the) (card|cash|direct)? ${ITEM}`,
    '(like|want|need|wish|how do i|how can i|can i|is it possible) (to)? dispute',
    `(unauthorized|unauthorised|unknown|strange|random|mystery|mysterious|odd|weird|unusual|unfamiliar|suspicious|fraudulent|bogus) (#)? (euro|pound|dollar|cash|direct|card)? ${ITEM}`,
    'never (signed up|subscribed|ordered|authorized|agreed) (for|to)',
    `${ITEM} * (that)? (i|i'm) (don't|do not|didn't|did not|didnt|never|haven't|have not|not) (recognize|recognise|make|made|do|did|authorize|authorise|authorized|remember|perform|set up|create|approve|recall|familiar)`,
    // "a charge on my card for 89 pounds from a company called Zentra and I don't recognise it"
    `${ITEM} ** ** (and|but)? (i|i'm) (don't|do not|didn't|did not|never) (recognize|recognise) (it|this|that|them|these|those|the name|the company|the merchant)`,
    `${ITEM} * (that)? i (definitely|really|know i|am sure i|think i) (didn't|did not|never) (make|made|do|did|authorize|authorise|authorized|perform|set up)`,
    `${ITEM} (that)? (looks|seems|is|are) (suspicious|strange|odd|wrong|off|weird|fraudulent|a mistake)`,
    `(a|an|the) ${ITEM} (on|in) my (statement|account|app|card|bill|records|history) (that)? (is|looks|seems)? (wrong|off|strange|odd|suspicious|incorrect|a mistake|an error)`,
    // "what is this charge", "what this direct debit in my statement is"
    `what (is|was|are|were)? (this|that|these) (particular|extra|small)? (#)? (euro|pound|dollar)? ${ITEM}`,
    // An amount-qualified charge on the customer's own statement: "a $1 charge on my statement"
    `(a|an|the|this|that) (small|extra|odd|pending)? (#|one) (euro|pound|dollar|cent)? ${ITEM} (on|in|for) (my|the) (statement|account|app|card|bill)`,
    "i (withdrew|took out|got|made|making) * (cash|withdrawal|withdrawl) * (but|even though|though)? i (didn't|did not|didnt)",
    `${ITEM} * (isn't|is not|wasn't|was not|that's not|not) (mine|me|by me|done by me|made by me|my transaction|my transcation)`,
    "(not|wasn't|was not|isn't|weren't) (done|made|authorized|authorised|performed) by me",
    `(don't|do not) (know|understand) (what|where|why) (this|that|the|these) (#)? ${ITEM}`,
    `(dispute|contest|query) (a|this|the|that|these|an)? * ${ITEM}`,
    '(money|cash|funds) (is|are|was|were)? (missing|taken|gone) (from|out of)',
    '(missing|stolen) (money|cash|funds) from',
    'without my (consent|permission|approval|authorization|authorisation|knowledge)',
    // A charge for what the customer did not do: "a roaming charge, but I wasn't abroad",
    // "charged for international calls but I never made any".
    `(roaming|international|overseas|late|overdraft|data|cancellation|paper|delivery|installation|usage|premium|subscription|penalty) ${ITEM} ** (but|even though|though|when) (i|we) (wasn't|weren't|was not|were not|never|didn't|did not|didnt|haven't|have not)`,
    "(charged|billed|charging|billing) (me|us)? for ** (but|even though|though|when) (i|we) (never|didn't|did not|didnt|wasn't|was not|haven't|have not)",
    'someone (has|just|is|apparently)? * (withdrew|withdrawn|withdrawing|taken money|took money|taking money|stole money|cash withdrawal|using my card|been using my card|used my card)',
  ],
  'the billing problem': [
    '(billing|bill|statement) (issue|issues|problem|problems|error|errors|mistake|discrepancy)',
    '(issue|problem|something wrong|something weird|something odd|mistake|error) (with|on|in) my (bill|billing|statement)',
    "(something|anything) (about|with|on) my (bill|statement) (isn't|is not|doesn't look|does not look) (right|correct)",
  ],
  'the missing refund': [
    "(refund|refunded money|refund money) * (hasn't|has not|didn't|did not|still hasn't|still has not|never|still isn't|is not|isn't|still not|not) (yet)? (been)? (shown up|show up|showing|shown|come through|came through|arrived|gone through|been processed|appeared|posted|received|visible|there|credited|hit)",
    "(still|been|am|i'm) waiting (for|on) (my|the|a|that|this) refund",
    "(haven't|have not|never|didn't|did not|hasn't|has not) (i)? (got|gotten|received|seen|been issued|been given) (my|the|a|that|any) refund",
    "(don't|do not|can't|cannot|can not|couldn't) (see|find) (my|the|a|any|that) (recent)? refund",
    "(where is|where's) my refund",
    "refund * (missing|pending|not there|isn't there)",
    "(isn't|is not|not) (showing|shown|visible) (the|my) refund",
    "(isn't|hasn't) my refund (showing|shown|arrived|come|here)",
    "refund * (but)? (i)? (don't|do not|can't|cannot|can not) see (it|them|anything)",
    '(need|want) my refund',
    '(has|have|is) yet to (refund|send|credit|pay) (me|my|the)',
    'missing (a|my|the)? refund',
    'no refund (showing|yet|has|in|on)',
    'when (will|do|should) (my refund|i (get|receive|see) (my|the) refund)',
  ],
});

// "Can I be billed twice a year?" asks about billing frequency; it disputes nothing.
const FREQUENCY =
  /^[\s,]*(?:(?:a|per|each|every)\s+(?:year|month|week|day|quarter)|yearly|monthly|weekly|annually)\b/;

// "a problem with my billing *frequency*" is about a setting, not a charge.
const BILLING_SETTING = /^\s*(?:frequency|cycle|date|address|method|preferences?|details|info)\b/;

// "I wasn't charged twice", "I haven't been overcharged": the customer says it did not
// happen. ("Never" is left out: "I was never charged twice before this month" disputes.)
const DENIED =
  /(?:^|\s)(?:wasn't|wasnt|was not|weren't|were not|haven't been|have not been|hasn't been|has not been|didn't get|did not get|am not being|i'm not being|not being)\s+$/;

const describe = (label: string, text: string): string => `customer reported ${label}: "${text}"`;
const OPTIONS = {
  rejectBefore: (before: string, label: string): boolean =>
    (label === 'the double charge' || label === 'the overcharge') && DENIED.test(before),
  rejectAfter: (after: string, label: string): boolean =>
    (label === 'the double charge' && FREQUENCY.test(after)) ||
    (label === 'the billing problem' && BILLING_SETTING.test(after)),
};

/**
 * `billing-discrepancy`: the customer reports a double charge, an overcharge, a charge
 * they don't recognise, a refund that hasn't shown up, or a problem with their bill.
 * @public
 */
export function billingDiscrepancyRule(): RuleDefinition {
  return {
    id: 'billing-discrepancy',
    description: 'the customer disputes a charge or a missing refund',
    on: ['utterance'],
    priority: 70,
    cooldownMs: 60_000,
    when(ctx) {
      const m = matchUtterance(ctx, 'customer', CUSTOMER, describe, OPTIONS);
      if (m === undefined) return undefined;
      const issue = m.key ?? 'the charge';
      return { ...m, values: { issue }, summary: `the customer reported ${issue}` };
    },
  };
}
