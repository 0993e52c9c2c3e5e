import type { RuleDefinition } from '../rules/rule-types.js';
import { matchUtterance, phraseTable } from './phrase-rule.js';

const CUSTOMER = phraseTable({
  'the double charge': [
    '(charged|billed|debited) (me)? (twice|two times|double|two separate times)',
    'double (charged|billed|charge|payment|billing)',
    '(duplicate|duplicated) (charge|charges|payment|payments|transaction|transactions)',
    '(charged|billed) (for the same|for it) (thing|twice|again)',
    'two (charges|payments) (for|of)',
    'paid (for it)? twice',
  ],
  'the overcharge': [
    'overcharged',
    'over charged',
    '(charged|billed) (me)? (too much|extra|more than|the wrong amount|incorrectly|wrongly)',
    '(wrong|incorrect|extra|higher|unexpected) (charge|amount|fee|bill|total)',
    '(bill|charge|amount) (is|was|seems) (wrong|too high|incorrect|higher than)',
    'hidden (fee|fees|charge|charges)',
  ],
  'the unrecognised charge': [
    "(don't|do not|didn't|did not) (recognize|recognise|authorize|authorise|make) (this|that|the|a|these) (charge|payment|transaction|purchase)",
    '(unauthorized|unauthorised|unknown|strange|random|mystery) (charge|payment|transaction|debit)',
    'never (signed up|subscribed|ordered|authorized|agreed) (for|to)',
    "(charge|payment) (i|that i) (don't|do not|didn't) (recognize|recognise)",
  ],
  'the missing refund': [
    "refund (hasn't|has not|didn't|did not|still hasn't|still has not|never|still isn't|is not|isn't|still not) (shown up|show up|showing|come through|arrived|gone through|been processed|appeared|posted|received)",
    '(still|been) waiting (for|on) (my|the|a|that) refund',
    "(haven't|have not|never|didn't|did not) (got|gotten|received|seen) (my|the|a|that) refund",
    "(where is|where's) my refund",
    'refund (is )?missing',
  ],
});

/**
 * `billing-discrepancy`: the customer reports a double charge, an overcharge, a charge
 * they don't recognise, or a refund that hasn't shown up.
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
      const m = matchUtterance(
        ctx,
        'customer',
        CUSTOMER,
        (label, text) => `customer reported ${label}: "${text}"`,
      );
      if (m === undefined) return undefined;
      const issue = m.key ?? 'the charge';
      return { ...m, values: { issue }, summary: `the customer reported ${issue}` };
    },
  };
}
