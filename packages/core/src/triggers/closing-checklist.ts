import type { RuleContext, RuleDefinition, UtteranceView } from '../rules/rule-types.js';
import {
  CLOSING_ITEMS,
  closingItemsSaid,
  isDoneReport,
  reportsDone,
  rushesAnythingElse,
  windDownOf,
  type ClosingItem,
} from './closing-cues.js';
import { hadTrouble } from './trouble.js';
import { joinWords } from '../text/join-words.js';

const LABEL: Record<ClosingItem, string> = {
  summary: 'a summary of what was resolved',
  // Where all is done, that nothing more is needed is the next step to confirm.
  nextSteps: 'the next steps (or that nothing more is needed)',
  anythingElse: 'a genuine "anything else?"',
};

/** Why an "anything else?" the agent asked did not count. */
const RUSHED = 'the agent asked "anything else?" and closed before the customer could answer';

/** How long the trigger stays quiet after it fired: one nudge per close. */
const COOLDOWN_MS = 10 * 60_000;

/** How far back agent speech counts toward the close. @internal */
export const CLOSING_WINDOW_MS = 120_000;

/**
 * `closing-checklist`: as the call winds down (the customer or agent starts to close),
 * checks the agent's recent speech for a summary, confirmed next steps and a genuine
 * "anything else?" (one the agent leaves open: not answered for the customer or followed by
 * a goodbye in the same breath), and fires only for what is missing. In a call of up to 3 minutes a
 * report of what was done ("I've cancelled it.") is the summary. A summary and next steps
 * are asked for only where there is something to sum up: the customer had trouble (see
 * `positive-moment`) or the agent reported something done. (A call that ends without a
 * close is covered by the report's closing checklist; a nudge then would come too late.)
 * @public
 */
export function closingChecklistRule(): RuleDefinition {
  return {
    id: 'closing-checklist',
    description: 'the call is winding down without a complete close',
    on: ['utterance'],
    priority: 65,
    cooldownMs: COOLDOWN_MS,
    when(ctx) {
      const u = ctx.utterance;
      if (u === undefined) return undefined;
      // Within its cooldown a close would not be nudged: the agent's words are not read.
      const last = ctx.lastFiredAtMs('closing-checklist');
      if (last !== undefined && ctx.nowMs - last < COOLDOWN_MS) return undefined;
      if (!isClosing(ctx, u)) return undefined;
      const agentSaid = ctx.recent({ speaker: 'agent', withinMs: CLOSING_WINDOW_MS });
      const done = reportedDone(ctx);
      const seen = closingItemsSaid(
        agentSaid,
        ctx.recent({ speaker: 'customer', withinMs: CLOSING_WINDOW_MS }),
        ctx.nowMs - (ctx.timers.startMs ?? ctx.nowMs),
        done,
      );
      // Nothing went wrong and nothing was done: nothing to sum up, nor to follow up.
      if (!needsSummary(ctx, done)) {
        seen.add('summary');
        seen.add('nextSteps');
      }
      const missing = CLOSING_ITEMS.filter((i) => !seen.has(i));
      if (missing.length === 0) return undefined;
      const words = missing.map((i) => LABEL[i]);
      const rushed =
        missing.includes('anythingElse') && agentSaid.some((a) => rushesAnythingElse(a.text));
      return {
        matched: [
          `${u.speaker} started to close (“${u.text}”)`,
          ...missing.map((i) => `missing: ${LABEL[i]}`),
          ...(rushed ? [RUSHED] : []),
        ],
        summary: `the call started to close without ${joinWords(words)}`,
        values: { missing: joinWords(words) },
        cues: missing.map((i) => `missing ${i}`),
        ...closingSituation(missing),
      };
    },
  };
}

/**
 * The playbook situation for what a close is missing: with the summary there, phrases
 * for the next steps or "anything else?" alone (`closing-next-steps`,
 * `closing-anything-else`); otherwise the rule's own. A playbook without them uses
 * `closing-checklist`.
 */
function closingSituation(missing: readonly ClosingItem[]): { situation?: string } {
  if (missing.includes('summary')) return {};
  return {
    situation: missing.includes('nextSteps') ? 'closing-next-steps' : 'closing-anything-else',
  };
}

/**
 * Whether a close needs a summary: the customer had trouble (see `positive-moment`) or
 * the agent reported something done. A call where nothing went wrong and nothing was done
 * (a compliment, a quick question) has nothing to sum up. The trigger and the report's
 * checklist both judge it so. `done` is {@link reportedDone}, where the caller has it.
 * @internal
 */
export function needsSummary(
  ctx: Pick<RuleContext, 'signals' | 'recent'>,
  done = reportedDone(ctx),
): boolean {
  return done || hadTrouble(ctx);
}

/** Whether the agent reported something done in the call (see `reportsDone`). @internal */
export function reportedDone(ctx: Pick<RuleContext, 'recent'>): boolean {
  return ctx.recent({ speaker: 'agent' }).some((a) => reportsDone(a.text));
}

/**
 * Whether an utterance closes the call: a closing phrase once the conversation has
 * had some substance (so "thank you for calling" in the greeting does not count), and
 * for the customer, one that does not go on to ask something. A customer's bare
 * acknowledgement ("okay, great") closes only right after the agent reported something
 * done: mid-call it answers "let me pull that up".
 * @internal
 */
export function isClosing(
  ctx: Pick<RuleContext, 'recent' | 'lastUtterance'>,
  u: UtteranceView,
): boolean {
  const how = windDownOf(u.speaker, u.text);
  if (how === undefined) return false;
  // "Okay great, and when will I see the money?" goes on: a customer asking is not closing.
  if (u.speaker === 'customer' && u.isQuestion) return false;
  if (how === 'acknowledgement') {
    const before = ctx.lastUtterance('agent');
    if (before === undefined || !isDoneReport(before.text)) return false;
  }
  const customerTurns = ctx.recent({ speaker: 'customer' }).length;
  return customerTurns >= MIN_CUSTOMER_TURNS;
}

/** Customer turns before closing phrases count as a close. @internal */
export const MIN_CUSTOMER_TURNS = 3;
