import type { CallReport, Coach, CoachSnapshot } from '@tonvo/core';
import { useCoachSelector } from './useCoachSelector.js';

const selectReport = (s: CoachSnapshot): CallReport | undefined => s.report;

/**
 * The post-call report, once `coach.end()` produced it; `undefined` while the call is
 * live.
 *
 * @example
 * ```tsx
 * const report = useCallReport();
 * if (report) return <CallReportView report={report} />;
 * ```
 * @public
 */
export function useCallReport(coach?: Coach): CallReport | undefined {
  return useCoachSelector(selectReport, Object.is, coach);
}
