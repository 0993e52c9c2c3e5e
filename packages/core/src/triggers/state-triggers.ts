import type { SentimentState } from '../events/types.js';
import type { RuleDefinition } from '../rules/rule-types.js';

interface StateTriggerSpec {
  readonly id: string;
  readonly description: string;
  readonly to: readonly SentimentState[];
  readonly priority: number;
  readonly cooldownMs: number;
  readonly summary: (from: SentimentState, to: SentimentState) => string;
}

function stateTrigger(spec: StateTriggerSpec): RuleDefinition {
  return {
    id: spec.id,
    description: spec.description,
    on: ['state'],
    priority: spec.priority,
    cooldownMs: spec.cooldownMs,
    when(ctx) {
      const c = ctx.stateChange;
      if (c === undefined || c.speaker !== 'customer' || !spec.to.includes(c.to)) return undefined;
      return {
        speaker: 'customer',
        matched: [
          `customer state ${c.from} -> ${c.to} (score ${c.score.toFixed(2)}, confidence ${c.confidence.toFixed(2)})`,
        ],
        cues: c.evidence.cues,
        utteranceIds: c.evidence.utteranceIds,
        summary: spec.summary(c.from, c.to),
      };
    },
  };
}

/** `frustration-rising`: the customer's tone turned frustrated. @public */
export function frustrationRisingRule(): RuleDefinition {
  return stateTrigger({
    id: 'frustration-rising',
    description: "the customer's tone turned frustrated",
    to: ['frustrated'],
    priority: 75,
    cooldownMs: 60_000,
    summary: (from) => `the customer's tone turned from ${from} to frustrated`,
  });
}

/** `confusion`: the customer seems confused (not angry). @public */
export function confusionRule(): RuleDefinition {
  return stateTrigger({
    id: 'confusion',
    description: 'the customer seems confused',
    to: ['confused'],
    priority: 70,
    cooldownMs: 60_000,
    summary: () => 'the customer seems confused rather than angry',
  });
}

/** `distress`: the customer sounds worried or sad; empathy needed. @public */
export function distressRule(): RuleDefinition {
  return stateTrigger({
    id: 'distress',
    description: 'the customer sounds worried or upset',
    to: ['distressed'],
    priority: 78,
    cooldownMs: 60_000,
    summary: () => 'the customer sounds worried or upset',
  });
}

/** `positive-moment`: relief or gratitude worth reinforcing. @public */
export function positiveMomentRule(): RuleDefinition {
  return stateTrigger({
    id: 'positive-moment',
    description: 'the customer expressed relief or gratitude',
    to: ['relieved', 'positive'],
    priority: 40,
    cooldownMs: 90_000,
    summary: (_from, to) =>
      to === 'relieved' ? 'the customer expressed relief' : 'the customer is pleased',
  });
}
