import type { SentimentState } from '../events/types.js';
import type { RuleContext, RuleDefinition, RuleMatch } from '../rules/rule-types.js';
import { hadTrouble } from './trouble.js';

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
    when: (ctx) => stateMatch(spec, ctx),
  };
}

/** What `spec`'s trigger says of the state change under way, when it is one of its own. */
function stateMatch(spec: StateTriggerSpec, ctx: RuleContext): RuleMatch | undefined {
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

/** Evidence of worry in one utterance strong enough to need empathy whatever the state. */
const DISTRESS_IN_WORDS = 0.6;

/**
 * `distress`: the customer sounds worried or sad; empathy needed. Fires when their
 * state turns distressed, and also on one clearly worried utterance before it does
 * (or while another state such as frustration leads), since worry needs empathy
 * either way.
 * @public
 */
export function distressRule(): RuleDefinition {
  const onState = stateTrigger({
    id: 'distress',
    description: 'the customer sounds worried or upset',
    to: ['distressed'],
    priority: 78,
    cooldownMs: 60_000,
    summary: () => 'the customer sounds worried or upset',
  });
  return {
    ...onState,
    on: ['state', 'utterance'],
    when(ctx) {
      if (ctx.kind === 'state') return onState.when(ctx);
      const u = ctx.utterance;
      if (u === undefined || u.speaker !== 'customer' || !u.final) return undefined;
      const worry = u.analysis.states.distressed;
      if (worry < DISTRESS_IN_WORDS || ctx.state('customer').state === 'distressed')
        return undefined;
      return {
        speaker: 'customer',
        matched: [
          `worry in the customer's words (${worry.toFixed(2)}) while they are ${ctx.state('customer').state}`,
        ],
        cues: u.analysis.cues,
        summary: 'the customer sounds worried or upset',
      };
    },
  };
}

/**
 * `positive-moment`: relief or gratitude worth reinforcing, once the customer has had
 * a problem: a hold at any point in the call, or a clearly negative, frustrated,
 * confused or worried turn of theirs in the last 15 minutes. Politeness in a call where
 * nothing went wrong is not a moment to coach. Its value `feeling` is `relieved` or
 * `pleased`, as the customer's state turned.
 * @public
 */
export function positiveMomentRule(): RuleDefinition {
  const spec: StateTriggerSpec = {
    id: 'positive-moment',
    description: 'the customer expressed relief or gratitude after a problem',
    to: ['relieved', 'positive'],
    priority: 40,
    cooldownMs: 90_000,
    summary: (_from, to) =>
      to === 'relieved' ? 'the customer expressed relief' : 'the customer sounded pleased',
  };
  return {
    ...stateTrigger(spec),
    when(ctx) {
      if (!hadTrouble(ctx)) return undefined;
      const m = stateMatch(spec, ctx);
      // The playbook says how they sound: `{feeling}`.
      const feeling = ctx.stateChange?.to === 'relieved' ? 'relieved' : 'pleased';
      return m === undefined ? undefined : { ...m, values: { feeling } };
    },
  };
}
