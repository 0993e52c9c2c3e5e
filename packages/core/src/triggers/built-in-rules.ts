import type { RuleDefinition } from '../rules/rule-types.js';
import { trusted } from '../rules/trusted-rules.js';
import { billingDiscrepancyRule } from './billing-discrepancy.js';
import { churnRiskRule } from './churn-risk.js';
import { closingChecklistRule } from './closing-checklist.js';
import { deadAirRule } from './dead-air.js';
import { holdRule, longHoldRule } from './hold.js';
import { languageRules, type LanguageCheck } from './language.js';
import { monologueRule } from './monologue.js';
import { overtalkRule } from './overtalk.js';
import { paceTooFastRule } from './pace-too-fast.js';
import { policyLimitationRule } from './policy-limitation.js';
import { repeatedRequestRule } from './repeated-request.js';
import {
  confusionRule,
  distressRule,
  frustrationRisingRule,
  positiveMomentRule,
} from './state-triggers.js';
import { transferRequestRule } from './transfer-request.js';
import type { TriggerOptions } from './trigger-options.js';
import { untimelyOfferRule } from './untimely-offer.js';

/** The stable ids of the built-in triggers. @public */
export const BUILT_IN_TRIGGER_IDS: readonly string[] = [
  'transfer-request',
  'hold',
  'long-hold',
  'policy-limitation',
  'billing-discrepancy',
  'frustration-rising',
  'confusion',
  'distress',
  'positive-moment',
  'pace-too-fast',
  'monologue',
  'dead-air',
  'overtalk',
  'jargon',
  'hedging',
  'over-formal',
  'dismissive',
  'closing-checklist',
  'repeated-request',
  'untimely-offer',
  'churn-risk',
];

/**
 * The built-in trigger rules with the given thresholds and language checker, in a
 * stable order.
 * @public
 */
export function builtInRules(
  options: TriggerOptions,
  languageChecker: LanguageCheck,
): RuleDefinition[] {
  return [
    transferRequestRule(),
    holdRule(),
    longHoldRule(options),
    policyLimitationRule(),
    billingDiscrepancyRule(),
    frustrationRisingRule(),
    confusionRule(languageChecker),
    distressRule(),
    positiveMomentRule(),
    paceTooFastRule(options),
    monologueRule(options),
    deadAirRule(options),
    overtalkRule(options),
    // (createCoach checks a host's own language checker where it calls it.)
    ...languageRules(languageChecker),
    closingChecklistRule(),
    repeatedRequestRule(),
    untimelyOfferRule(),
    churnRiskRule(),
  ].map(trusted);
}
