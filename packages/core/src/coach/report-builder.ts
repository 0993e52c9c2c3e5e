import type {
  CallReport,
  ClosingChecklist,
  KeyMoment,
  NudgeOutcome,
  TalkStats,
  Trajectory,
  TriggerCount,
  TriggerFiredEvent,
} from '../events/types.js';
import type { RuleContext, UtteranceView } from '../rules/rule-types.js';
import { closingItemsSaid } from '../triggers/closing-cues.js';
import { CLOSING_WINDOW_MS, needsSummary, reportedDone } from '../triggers/closing-checklist.js';
import { startsTransfer } from '../triggers/transfer-request.js';

/** Everything the report is made of, gathered by the processor. @internal */
export interface ReportParts {
  readonly conversation: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly trajectories: readonly Trajectory[];
  readonly moments: readonly KeyMoment[];
  readonly triggers: readonly Omit<TriggerFiredEvent, 'type' | 'conversation'>[];
  readonly triggerCounts: readonly TriggerCount[];
  readonly nudges: readonly NudgeOutcome[];
  readonly adoption: { readonly nudges: number; readonly acted: number; readonly improved: number };
  readonly talk: TalkStats;
  readonly closing: ClosingChecklist;
  readonly deEscalations: number;
  readonly droppedEvents: number;
}

/**
 * The closing checklist from the agent's words around the close (the last two minutes
 * before `windDownAtMs`, or before `endMs` without one), judged as the `closing-checklist`
 * trigger judges it. @internal
 */
export function closingChecklist(
  ctx: Pick<RuleContext, 'recent' | 'signals'>,
  startMs: number,
  windDownAtMs: number | undefined,
  endMs: number,
  callEnded: boolean,
): ClosingChecklist {
  const closeMs = windDownAtMs ?? endMs;
  const from = closeMs - CLOSING_WINDOW_MS;
  const inWindow = (u: UtteranceView): boolean => u.endMs >= from;
  const said = ctx.recent({ speaker: 'agent' }).filter(inWindow);
  const heard = ctx.recent({ speaker: 'customer' }).filter(inWindow);
  const done = reportedDone(ctx);
  const seen = closingItemsSaid(said, heard, closeMs - startMs, done);
  return {
    summary: seen.has('summary'),
    nextSteps: seen.has('nextSteps'),
    anythingElse: seen.has('anythingElse'),
    // A call handed over at its end closes with the next team, not here.
    evaluated: windDownAtMs !== undefined || (callEnded && !handedOver(ctx, endMs)),
    nothingToSum: !needsSummary(ctx, done),
  };
}

/**
 * Whether the call was handed over at its end: a transfer signal, or the agent starting
 * a transfer in words ("I'm going to transfer you to the claims team"), in its last two
 * minutes.
 */
function handedOver(ctx: Pick<RuleContext, 'recent' | 'signals'>, endMs: number): boolean {
  const from = endMs - CLOSING_WINDOW_MS;
  const at = ctx.signals.transferredAtMs;
  if (at !== undefined && at >= from) return true;
  return ctx.recent({ speaker: 'agent' }).some((u) => u.endMs >= from && startsTransfer(u.text));
}

/** Assembles the {@link CallReport}. @internal */
export function buildReport(p: ReportParts): CallReport {
  const { nudges, acted, improved } = p.adoption;
  return {
    conversation: p.conversation,
    startMs: p.startMs,
    endMs: p.endMs,
    trajectories: p.trajectories,
    moments: p.moments,
    triggers: p.triggers,
    triggerCounts: [...p.triggerCounts].sort(
      (a, b) => b.count - a.count || a.trigger.localeCompare(b.trigger),
    ),
    nudges: p.nudges,
    adoption: { nudges, acted, improved, rate: nudges === 0 ? 0 : acted / nudges },
    talk: p.talk,
    closing: p.closing,
    deEscalations: p.deEscalations,
    droppedEvents: p.droppedEvents,
  };
}
