import type { Coach, SentimentState, Speaker, Trend } from '@tonvo/core';
import { useSpeakerState } from '../hooks/useSpeakerState.js';
import { TREND_ARROWS, withLabels, type TonvoLabels } from './labels.js';

/** Options of {@link useSentimentMeter}. @public */
export interface SentimentMeterOptions {
  /** Whose mood; default `customer`. */
  readonly speaker?: Speaker;
  readonly coach?: Coach;
  readonly labels?: Partial<TonvoLabels>;
}

/** Props to spread on the meter's root element. @public */
export interface SentimentMeterRootProps {
  readonly role: 'meter';
  readonly 'aria-label': string;
  readonly 'aria-valuemin': number;
  readonly 'aria-valuemax': number;
  readonly 'aria-valuenow': number;
  readonly 'aria-valuetext': string;
  readonly 'data-speaker': Speaker;
  readonly 'data-state': SentimentState;
  readonly 'data-trend': Trend;
  readonly 'data-level': 'low' | 'mid' | 'high';
}

/** What {@link useSentimentMeter} returns. @public */
export interface SentimentMeterState {
  readonly speaker: Speaker;
  readonly state: SentimentState;
  readonly score: number;
  readonly confidence: number;
  readonly trend: Trend;
  readonly sinceMs: number;
  /** The state in words, e.g. `Frustrated`. */
  readonly label: string;
  /** The trend in words, e.g. `getting worse`. */
  readonly trendLabel: string;
  readonly trendArrow: string;
  /** The score mapped to [0, 100] for a bar. */
  readonly percent: number;
  readonly rootProps: SentimentMeterRootProps;
}

/**
 * A speaker's mood as a meter: the state, score and trend, plus ARIA and `data-*`
 * props for the root element (`role="meter"`, value in [-1, 1], value text in words).
 *
 * @example
 * ```tsx
 * const m = useSentimentMeter();
 * return <div {...m.rootProps}>{m.label} {m.trendArrow}</div>;
 * ```
 * @public
 */
export function useSentimentMeter(options: SentimentMeterOptions = {}): SentimentMeterState {
  const speaker = options.speaker ?? 'customer';
  const s = useSpeakerState(speaker, options.coach);
  const l = withLabels(options.labels);
  const score = Math.round(Math.max(-1, Math.min(1, s.score)) * 100) / 100;
  const label = l.states[s.state];
  const trendLabel = l.trends[s.trend];
  return {
    speaker,
    state: s.state,
    score,
    confidence: s.confidence,
    trend: s.trend,
    sinceMs: s.sinceMs,
    label,
    trendLabel,
    trendArrow: TREND_ARROWS[s.trend],
    percent: Math.round((score + 1) * 50),
    rootProps: {
      role: 'meter',
      'aria-label': l.mood(l.speakers[speaker]),
      'aria-valuemin': -1,
      'aria-valuemax': 1,
      'aria-valuenow': score,
      'aria-valuetext': `${label}, ${trendLabel}`,
      'data-speaker': speaker,
      'data-state': s.state,
      'data-trend': s.trend,
      'data-level': score <= -0.25 ? 'low' : score >= 0.25 ? 'high' : 'mid',
    },
  };
}
