import type { RuleContext } from '../rules/rule-types.js';

/**
 * Whether `trigger` has fired at or after `atMs` in this conversation: the "once per
 * silence / hold / run" check of rules that would otherwise fire again for the same span.
 * @internal
 */
export function firedSince(ctx: RuleContext, trigger: string, atMs: number): boolean {
  const fired = ctx.lastFiredAtMs(trigger);
  return fired !== undefined && fired >= atMs;
}
