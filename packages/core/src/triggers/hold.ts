import type { RuleDefinition } from '../rules/rule-types.js';
import { firedSince } from './fired-since.js';
import type { TriggerOptions } from './trigger-options.js';

/** `hold`: the agent put the customer on hold. @public */
export function holdRule(): RuleDefinition {
  return {
    id: 'hold',
    description: 'the customer was put on hold',
    on: ['signal'],
    priority: 55,
    cooldownMs: 0,
    when(ctx) {
      const e = ctx.event;
      // A repeated hold-started during one hold is the same hold, not a new one.
      const started = ctx.signals.onHold && ctx.signals.holdStartedAtMs === ctx.nowMs;
      return e?.type === 'signal' && e.kind === 'hold-started' && started
        ? {
            matched: ['hold started'],
            speaker: 'customer',
            summary: 'the customer was put on hold',
          }
        : undefined;
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
