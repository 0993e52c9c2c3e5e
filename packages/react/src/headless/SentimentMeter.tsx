import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';
import {
  useSentimentMeter,
  type SentimentMeterOptions,
  type SentimentMeterState,
} from './useSentimentMeter.js';

/** Props of {@link SentimentMeter}. @public */
export interface SentimentMeterProps
  extends SentimentMeterOptions, Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'role'> {
  /** Custom content; default: the state in words, a trend arrow and a bar. */
  readonly children?: (meter: SentimentMeterState) => ReactNode;
}

/**
 * Headless mood meter of one speaker: unstyled markup with `data-state`,
 * `data-trend` and `data-level` on the root and `data-part` on its parts, for your
 * own CSS (or the `@tonvo/react/prefabs` styles).
 *
 * @example
 * ```tsx
 * <SentimentMeter className="my-meter" />
 * ```
 * @public
 */
export function SentimentMeter({
  speaker,
  coach,
  labels,
  children,
  style,
  ...rest
}: SentimentMeterProps): ReactNode {
  const m = useSentimentMeter({
    ...(speaker === undefined ? {} : { speaker }),
    ...(coach === undefined ? {} : { coach }),
    ...(labels === undefined ? {} : { labels }),
  });
  const vars = { '--tonvo-meter-percent': `${m.percent}%`, ...style } as CSSProperties;
  return (
    <div {...rest} {...m.rootProps} style={vars}>
      {children === undefined ? (
        <>
          <span data-part="label">{m.label}</span>
          <span data-part="trend" aria-hidden="true">
            {m.trendArrow}
          </span>
          <span data-part="track" aria-hidden="true">
            <span data-part="fill" />
          </span>
        </>
      ) : (
        children(m)
      )}
    </div>
  );
}
