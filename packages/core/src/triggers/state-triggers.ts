import type { SentimentState, UtteranceEvent } from '../events/types.js';
import type { RuleContext, RuleDefinition, RuleMatch } from '../rules/rule-types.js';
import { termAskedAbout } from './asked-term.js';
import { jargonIn, type LanguageCheck } from './language.js';
import { atStakeIn } from './at-stake.js';
import { deathIn, readDistress } from './distress-feeling.js';
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

/**
 * `confusion`: the customer seems confused (not angry). Where the words that confused
 * them were the agent's term they asked about ("Sorry, what do you mean by
 * provisioning?"), the match names it (value `phrase`, the span in the agent's
 * utterance) and goes to the playbook situation `explain-term`, which a playbook without
 * it leaves to `confusion`.
 * @public
 */
export function confusionRule(checker?: LanguageCheck): RuleDefinition {
  const onState = stateTrigger({
    id: 'confusion',
    description: 'the customer seems confused',
    to: ['confused'],
    priority: 70,
    cooldownMs: 60_000,
    summary: () => 'the customer seems confused rather than angry',
  });
  return {
    ...onState,
    when(ctx) {
      const m = onState.when(ctx) as RuleMatch | undefined;
      const e = ctx.event;
      if (m === undefined || e?.type !== 'utterance' || e.speaker !== 'customer') return m;
      const term = termAskedAbout(ctx, e.text);
      if (term === undefined) return checker === undefined ? m : afterJargon(ctx, checker, e, m);
      return {
        ...m,
        span: term,
        matched: [...(m.matched ?? []), `they asked what "${term.text}" means`],
        values: { phrase: term.text },
        situation: 'explain-term',
      };
    },
  };
}

/** How soon after the agent's jargon a customer's confusion is put down to it. */
const JARGON_CONFUSES_WITHIN_MS = 30_000;

/**
 * A confusion match put down to the jargon of the agent's utterance just before, if it
 * had any (see `jargonIn`): it points at the term and goes to the `explain-jargon`
 * situation with the term and its plain words. A jargon nudge held back by the spacing
 * is replaced by the confusion one; this keeps what it would have said.
 */
function afterJargon(
  ctx: RuleContext,
  checker: LanguageCheck,
  e: UtteranceEvent,
  m: RuleMatch,
): RuleMatch {
  const said = ctx.lastUtterance('agent');
  if (said === undefined || e.startMs - said.endMs > JARGON_CONFUSES_WITHIN_MS) return m;
  const f = jargonIn(ctx, checker, said);
  if (f === undefined) return m;
  return {
    ...m,
    span: { utteranceId: said.id, start: f.start, end: f.end, text: f.text },
    replacement: f.replacement,
    matched: [...(m.matched ?? []), `the agent had just said "${f.text}"`],
    values: { phrase: f.text, replacement: f.replacement },
    situation: 'explain-jargon',
  };
}

/** Evidence of worry in one utterance strong enough to need empathy whatever the state. */
const DISTRESS_IN_WORDS = 0.6;

/** How far back the customer's words tell a worried customer from a sad one. */
const FEELING_WINDOW_MS = 120_000;

/**
 * `distress`: the customer sounds worried or sad; empathy needed. Fires when their
 * state turns distressed, on one clearly worried utterance before it does (or while
 * another state such as frustration leads), since worry needs empathy either way, and on
 * a customer speaking of a death however calmly. Its value `feeling` is `worried` or
 * `upset`, as the customer's words of the last two minutes say (see `readDistress`);
 * where they spoke of a death the match names the playbook situation `bereavement`
 * (condolence first), which a playbook without it leaves to `distress`.
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
      if (ctx.kind === 'state') {
        const m = onState.when(ctx) as RuleMatch | undefined;
        return m === undefined ? undefined : withFeeling(ctx, m);
      }
      const u = ctx.utterance;
      if (u === undefined || u.speaker !== 'customer' || !u.final) return undefined;
      const now = ctx.state('customer').state;
      if (now === 'distressed') return undefined;
      const worry = u.analysis.states.distressed;
      if (worry >= DISTRESS_IN_WORDS) {
        return withFeeling(ctx, {
          speaker: 'customer',
          matched: [`worry in the customer's words (${worry.toFixed(2)}) while they are ${now}`],
          cues: u.analysis.cues,
        });
      }
      // A death spoken of calmly ("I need to close my late husband's account") needs
      // condolence all the same.
      const death = deathIn(u.text);
      if (death !== undefined) {
        return withFeeling(ctx, {
          speaker: 'customer',
          matched: [`the customer spoke of a death: "${death}" while they are ${now}`],
          cues: u.analysis.cues,
        });
      }
      // What the problem costs them ("I work from home", "I've got people coming on
      // Saturday") needs acknowledging before the next step, calm words or not; a
      // frustrated customer's nudge asks for that already.
      if (now === 'frustrated') return undefined;
      const stake = atStakeIn(u.text);
      if (stake === undefined) return undefined;
      const { start, end, text } = stake;
      return {
        speaker: 'customer',
        span: { utteranceId: u.id, start, end, text },
        matched: [`the customer said what is at stake: "${text}" while they are ${now}`],
        cues: u.analysis.cues,
        key: 'at-stake',
        values: { feeling: 'worried', phrase: text },
        situation: 'at-stake',
        summary: `the customer said what is at stake for them: "${text}"`,
      };
    },
  };
}

/**
 * A distress match with how the customer feels (value `feeling`), its summary, and the
 * bereavement situation where their last two minutes speak of a death.
 */
function withFeeling(ctx: RuleContext, m: RuleMatch): RuleMatch {
  const said = ctx.recent({ speaker: 'customer', withinMs: FEELING_WINDOW_MS });
  const { feeling, death } = readDistress(said.map((u) => u.text));
  return death !== undefined
    ? {
        ...m,
        values: { feeling },
        situation: 'bereavement',
        summary: 'the customer spoke of a death',
      }
    : { ...m, values: { feeling }, summary: `the customer sounds ${feeling}` };
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
