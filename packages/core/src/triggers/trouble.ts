import type { RuleContext, UtteranceView } from '../rules/rule-types.js';

/** How far back trouble counts, ms. */
const TROUBLE_WINDOW_MS = 15 * 60_000;

/**
 * Whether the customer had a problem worth recovering from: a hold at any point in the
 * call, or an utterance of theirs in the last 15 minutes that read clearly negative,
 * frustrated, confused or worried.
 * @internal
 */
export function hadTrouble(ctx: Pick<RuleContext, 'signals' | 'recent'>): boolean {
  if (ctx.signals.holdCount > 0) return true;
  for (const u of ctx.recent({ speaker: 'customer', withinMs: TROUBLE_WINDOW_MS })) {
    if (readsTroubled(u)) return true;
  }
  return false;
}

/**
 * Whether a customer utterance read clearly negative, frustrated, confused or worried.
 * @internal
 */
export function readsTroubled(u: UtteranceView): boolean {
  const { states, sentiment } = u.analysis;
  return (
    sentiment <= -0.3 ||
    states.frustrated >= 0.5 ||
    states.confused >= 0.5 ||
    states.distressed >= 0.5
  );
}
