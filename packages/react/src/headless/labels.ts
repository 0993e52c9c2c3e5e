import type { ClosingItem, SentimentState, Speaker, TrajectoryArc, Trend } from '@tonvo/core';

/** Words the widgets show and announce; pass your own to translate them. @public */
export interface TonvoLabels {
  readonly states: Readonly<Record<SentimentState, string>>;
  readonly trends: Readonly<Record<Trend, string>>;
  readonly arcs: Readonly<Record<TrajectoryArc, string>>;
  readonly speakers: Readonly<Record<Speaker, string>>;
  readonly mood: (speaker: string) => string;
  readonly feed: string;
  readonly noNudges: string;
  readonly newNudge: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyPhrase: (phrase: string) => string;
  readonly used: string;
  readonly markedUsed: string;
  readonly notHelpful: string;
  readonly dismiss: string;
  readonly why: string;
  readonly insteadOf: (replacement: string, original: string) => string;
  readonly closing: string;
  readonly closingItems: Readonly<Record<ClosingItem, string>>;
  readonly done: string;
  readonly notYet: string;
  /** An item the call did not need (a summary where there was nothing to sum up). */
  readonly notNeeded: string;
  readonly trajectory: (speaker: string) => string;
  readonly report: string;
  readonly moments: string;
  readonly noMoments: string;
  readonly nudgesTitle: string;
  readonly adoption: (acted: number, shown: number, ratePct: number) => string;
  readonly actedOn: string;
  readonly notActedOn: string;
  readonly talk: string;
  readonly talkRatio: string;
  readonly talkStats: (wordsPerMinute: number, longestRun: string, silences: number) => string;
  /** Heading of the whole live panel (`TonvoCoachPanel`). */
  readonly panelTitle: string;
}

/** The English words of the widgets. @public */
export const DEFAULT_LABELS: TonvoLabels = {
  states: {
    neutral: 'Neutral',
    positive: 'Positive',
    frustrated: 'Frustrated',
    confused: 'Confused',
    distressed: 'Worried',
    relieved: 'Relieved',
  },
  trends: { rising: 'improving', falling: 'getting worse', steady: 'steady' },
  arcs: {
    recovered: 'recovered',
    improved: 'improved',
    declined: 'declined',
    steady: 'steady',
    volatile: 'up and down',
  },
  speakers: { agent: 'Agent', customer: 'Customer' },
  mood: (speaker) => `${speaker} mood`,
  feed: 'Coaching suggestions',
  noNudges: 'No suggestions right now.',
  newNudge: 'New suggestion',
  copy: 'Copy',
  copied: 'Copied',
  copyPhrase: (phrase) => `Copy: ${phrase}`,
  used: 'Used it',
  markedUsed: 'Marked as used',
  notHelpful: 'Not helpful',
  dismiss: 'Dismiss',
  why: 'Why?',
  insteadOf: (replacement, original) => `Try “${replacement}” instead of “${original}”.`,
  closing: 'Closing checklist',
  closingItems: {
    summary: 'Summarise what was resolved',
    nextSteps: 'Confirm next steps',
    anythingElse: 'Ask “anything else?”',
  },
  done: 'done',
  notYet: 'not yet',
  notNeeded: 'not needed',
  trajectory: (speaker) => `${speaker} mood over the call`,
  report: 'Call report',
  moments: 'Moments that mattered',
  noMoments: 'Nothing stood out.',
  nudgesTitle: 'Suggestions and what came of them',
  adoption: (acted, shown, ratePct) => `${acted} of ${shown} suggestions acted on (${ratePct}%)`,
  actedOn: 'acted on',
  notActedOn: 'not acted on',
  talk: 'Talk',
  talkRatio: 'Agent share of talk time',
  talkStats: (wpm, longest, silences) =>
    `${wpm} words/min · longest run ${longest} · ${silences} silence${silences === 1 ? '' : 's'}`,
  panelTitle: 'Live coaching',
};

/** Merges partial labels over the defaults. @internal */
export function withLabels(labels: Partial<TonvoLabels> | undefined): TonvoLabels {
  return labels === undefined ? DEFAULT_LABELS : { ...DEFAULT_LABELS, ...labels };
}

/** Arrow glyphs of a trend (decorative; the trend is also said in words). @internal */
export const TREND_ARROWS: Readonly<Record<Trend, string>> = {
  rising: '↗',
  falling: '↘',
  steady: '→',
};

/** Styles that hide text visually but keep it for screen readers. @internal */
export const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: 0,
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;
