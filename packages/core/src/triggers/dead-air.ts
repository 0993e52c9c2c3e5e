import type { RuleContext, RuleDefinition } from '../rules/rule-types.js';
import { firedSince } from './fired-since.js';
import type { TriggerOptions } from './trigger-options.js';

/**
 * `dead-air`: nobody has spoken for `deadAirMs` during the call (not on hold or mute).
 * Fires once per silence, at the moment it became too long.
 * @public
 */
export function deadAirRule(options: Pick<TriggerOptions, 'deadAirMs'>): RuleDefinition {
  const { deadAirMs } = options;
  const due = (ctx: RuleContext): number | undefined => {
    const s = ctx.signals;
    const last = ctx.timers.lastSpeechEndMs;
    if (last === undefined || s.onHold || s.muted || s.callEndedAtMs !== undefined)
      return undefined;
    return firedSince(ctx, 'dead-air', last) ? undefined : last + deadAirMs;
  };
  return {
    id: 'dead-air',
    description: `no one spoke for ${Math.round(deadAirMs / 1000)} s`,
    on: ['timer'],
    priority: 50,
    cooldownMs: 0,
    wakeAtMs: due,
    when(ctx) {
      const at = due(ctx);
      if (at === undefined || at > ctx.nowMs) return undefined;
      return {
        atMs: at,
        key: String(ctx.timers.lastSpeechEndMs),
        matched: [`silence for ${Math.round(deadAirMs / 1000)} s`],
        summary: `the line was silent for ${Math.round(deadAirMs / 1000)} s`,
      };
    },
  };
}
