import type { RuleContext, RuleDefinition } from '../rules/rule-types.js';
import { foldText } from '../text/fold.js';
import { firedSince } from './fired-since.js';
import type { TriggerOptions } from './trigger-options.js';

/** How far back the agent's words count as setting up a hold. */
const SET_UP_WITHIN_MS = 30_000;

// Why: "while I check with my supervisor", "so I can run a line test", "let me look".
const HOLD_REASON =
  /\b(?:while (?:i|we)|so (?:that )?(?:i|we) can|(?:i|we) need to|(?:i|we)(?:'ll| will) need to|(?:i'm|i am|we're|we are) going to|let me|to (?:check|look|see|find|speak|talk|get|confirm|review|pull|run|verify|ask|set up|process|sort|fix))\b/;
// How long: "a brief hold", "about a minute", "two minutes", "30 seconds".
const HOLD_LENGTH =
  /\b(?:brief(?:ly)?|quick(?:ly)?|short|momentarily|(?:a|one|two|three|four|five|a few|a couple of|\d+) (?:more )?(?:minute|minutes|moment|moments|second|seconds|sec|secs|min|mins))\b/;

/**
 * What the agent left out before the hold, from their last words: why it is needed and
 * about how long it takes.
 */
function missingBeforeHold(ctx: RuleContext): string[] {
  let why = false;
  let howLong = false;
  for (const u of ctx.recent({ speaker: 'agent', withinMs: SET_UP_WITHIN_MS })) {
    const text = foldText(u.text);
    why ||= HOLD_REASON.test(text);
    howLong ||= HOLD_LENGTH.test(text);
  }
  return [...(why ? [] : ['why']), ...(howLong ? [] : ['for about how long'])];
}

/**
 * `hold`: the agent put the customer on hold without first saying why and for about how
 * long. (When they did, the hold needs no nudge: `long-hold` still fires if it drags on.)
 * @public
 */
export function holdRule(): RuleDefinition {
  return {
    id: 'hold',
    description: 'the customer was put on hold without being told why or for how long',
    on: ['signal'],
    priority: 55,
    cooldownMs: 0,
    when(ctx) {
      const e = ctx.event;
      // A repeated hold-started during one hold is the same hold, not a new one.
      const started = ctx.signals.onHold && ctx.signals.holdStartedAtMs === ctx.nowMs;
      if (e?.type !== 'signal' || e.kind !== 'hold-started' || !started) return undefined;
      const missing = missingBeforeHold(ctx);
      if (missing.length === 0) return undefined;
      return {
        matched: ['hold started', ...missing.map((m) => `not said: ${m}`)],
        speaker: 'customer',
        summary: 'the customer was put on hold',
        cues: missing.map((m) => `not said ${m}`),
      };
    },
  };
}

/** `long-hold`: a hold has lasted past `longHoldMs`, fired once per hold at that moment. @public */
export function longHoldRule(options: Pick<TriggerOptions, 'longHoldMs'>): RuleDefinition {
  const { longHoldMs } = options;
  return {
    id: 'long-hold',
    description: `the hold has lasted more than ${Math.round(longHoldMs / 1000)} s`,
    on: ['timer'],
    priority: 85,
    cooldownMs: 0,
    critical: true,
    wakeAtMs(ctx) {
      const s = ctx.signals;
      if (!s.onHold || s.holdStartedAtMs === undefined) return undefined;
      return firedSince(ctx, 'long-hold', s.holdStartedAtMs)
        ? undefined
        : s.holdStartedAtMs + longHoldMs;
    },
    when(ctx) {
      const s = ctx.signals;
      if (!s.onHold || s.holdStartedAtMs === undefined) return undefined;
      const due = s.holdStartedAtMs + longHoldMs;
      if (ctx.nowMs < due) return undefined;
      return {
        atMs: due,
        speaker: 'customer',
        matched: [`on hold for ${Math.round(longHoldMs / 1000)} s`],
        summary: `the hold passed ${Math.round(longHoldMs / 1000)} s`,
        key: String(s.holdStartedAtMs),
      };
    },
  };
}
