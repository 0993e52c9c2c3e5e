/** The three classes of the single-label sentiment comparison. @public */
export type SentimentClass = 'positive' | 'negative' | 'neutral';

/**
 * The 3-class sentiment class of a GoEmotions row, or `undefined` when the row is
 * left out: its labels fall in more than one of positive / negative / neutral, or
 * any of them is ambiguous (surprise, curiosity, confusion, realization). This is
 * the protocol of the word-list comparison in `bench/`.
 *
 * @example
 * ```ts
 * sentimentClassOf({ labels: ['anger', 'annoyance'], mapping }); // 'negative'
 * ```
 * @public
 */
export function sentimentClassOf(options: {
  /** The row's GoEmotions label names. */
  readonly labels: readonly string[];
  /** GoEmotions' `sentiment_mapping.json`: positive / negative / ambiguous lists. */
  readonly mapping: Readonly<Record<string, readonly string[]>>;
}): SentimentClass | undefined {
  const classes = new Set<string>();
  for (const label of options.labels) {
    if (label === 'neutral') {
      classes.add('neutral');
      continue;
    }
    const group = Object.keys(options.mapping).find((g) => options.mapping[g]?.includes(label));
    if (group === undefined || group === 'ambiguous') return undefined;
    classes.add(group);
  }
  if (classes.size !== 1) return undefined;
  const only = [...classes][0];
  return only === 'positive' || only === 'negative' || only === 'neutral' ? only : undefined;
}
