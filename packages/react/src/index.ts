/**
 * `@tonvo/react`: a thin React layer over the Tonvo coach. The host creates the coach
 * and hands it to {@link TonvoProvider}; hooks read its snapshot through
 * `useSyncExternalStore` and its happenings through `coach.on`; headless widgets render
 * unstyled markup with `data-*` state. Styled widgets live in `@tonvo/react/prefabs`
 * (with `@tonvo/react/prefabs.css`).
 *
 * @packageDocumentation
 */
export { TonvoError, isTonvoError } from '@tonvo/core';

// --- provider and hooks
export { TonvoProvider } from './hooks/TonvoProvider.js';
export { useCoach } from './hooks/useCoach.js';
export { useCoachSelector } from './hooks/useCoachSelector.js';
export { useCoachEvent } from './hooks/useCoachEvent.js';
export { useSpeakerState, useCustomerState } from './hooks/useSpeakerState.js';
export { useNudges } from './hooks/useNudges.js';
export { useTrajectory } from './hooks/useTrajectory.js';
export { useCallReport } from './hooks/useCallReport.js';
export { useClosingChecklist } from './hooks/useClosingChecklist.js';
export { useNudgeFeedback } from './hooks/useNudgeFeedback.js';
export type { TonvoProviderProps } from './hooks/TonvoProvider.js';
export type { CoachSelector, EqualityFn } from './hooks/useCoachSelector.js';
export type { NudgeFeedback } from './hooks/useNudgeFeedback.js';

// --- headless widgets
export { useSentimentMeter } from './headless/useSentimentMeter.js';
export { SentimentMeter } from './headless/SentimentMeter.js';
export { NudgeAnnouncer } from './headless/NudgeAnnouncer.js';
export { NudgeCard } from './headless/NudgeCard.js';
export { NudgeFeed } from './headless/NudgeFeed.js';
export { TrajectoryChart } from './headless/TrajectoryChart.js';
export { trajectoryGeometry } from './headless/trajectory-geometry.js';
export { ClosingChecklist } from './headless/ClosingChecklist.js';
export { CallReportView } from './headless/CallReportView.js';
export { DEFAULT_LABELS } from './headless/labels.js';
export type {
  SentimentMeterOptions,
  SentimentMeterRootProps,
  SentimentMeterState,
} from './headless/useSentimentMeter.js';
export type { SentimentMeterProps } from './headless/SentimentMeter.js';
export type { NudgeAnnouncerProps } from './headless/NudgeAnnouncer.js';
export type { NudgeCardProps } from './headless/NudgeCard.js';
export type { NudgeFeedProps } from './headless/NudgeFeed.js';
export type { TrajectoryChartProps, TrajectoryMarker } from './headless/TrajectoryChart.js';
export type {
  TrajectoryGeometry,
  TrajectoryGeometryOptions,
  TrajectoryPoint,
} from './headless/trajectory-geometry.js';
export type { ClosingChecklistProps } from './headless/ClosingChecklist.js';
export type { CallReportViewProps } from './headless/CallReportView.js';
export type { TonvoLabels } from './headless/labels.js';
