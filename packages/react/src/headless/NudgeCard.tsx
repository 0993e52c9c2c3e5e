import { useId, useState, type HTMLAttributes, type ReactNode } from 'react';
import type { NudgeEvent } from '@tonvo/core';
import type { NudgeFeedback } from '../hooks/useNudgeFeedback.js';
import { VISUALLY_HIDDEN, withLabels, type TonvoLabels } from './labels.js';

/** Props of {@link NudgeCard}. @public */
export interface NudgeCardProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  readonly nudge: NudgeEvent;
  /** Where the agent's reactions go (from {@link useNudgeFeedback}). */
  readonly feedback: NudgeFeedback;
  readonly labels?: Partial<TonvoLabels>;
  /** Called after the agent dismissed the nudge or marked it not helpful. */
  readonly onClose?: (nudge: NudgeEvent) => void;
}

async function copyText(text: string): Promise<void> {
  try {
    await globalThis.navigator?.clipboard?.writeText(text);
  } catch {
    // No clipboard (insecure context, denied): the phrase stays on screen to read out.
  }
}

/**
 * Headless card of one nudge: the message, the suggested phrases with a copy button
 * each (copying counts as "used"), the plain replacement for flagged wording, the
 * evidence behind it in a `<details>` ("Why?"), and used / not helpful / dismiss
 * buttons that send feedback to the coach. State is on `data-*` attributes.
 *
 * @example
 * ```tsx
 * const feedback = useNudgeFeedback();
 * return useNudges().map((n) => <NudgeCard key={n.id} nudge={n} feedback={feedback} />);
 * ```
 * @public
 */
export function NudgeCard({
  nudge,
  feedback,
  labels,
  onClose,
  ...rest
}: NudgeCardProps): ReactNode {
  const l = withLabels(labels);
  const id = useId();
  const [used, setUsed] = useState(false);
  const [copied, setCopied] = useState<number | undefined>(undefined);
  const markUsed = (): void => {
    if (!used) feedback.used(nudge.id);
    setUsed(true);
  };
  const close = (action: 'dismissed' | 'not-helpful'): void => {
    feedback.send(nudge.id, action);
    onClose?.(nudge);
  };
  return (
    <article
      {...rest}
      aria-labelledby={`${id}-message`}
      data-nudge-id={nudge.id}
      data-trigger={nudge.trigger}
      data-situation={nudge.situation}
      data-critical={nudge.critical}
      data-used={used}
    >
      <p id={`${id}-message`} data-part="message">
        {nudge.message}
      </p>
      {nudge.replacement !== undefined && nudge.span !== undefined ? (
        <p data-part="replacement">{l.insteadOf(nudge.replacement, nudge.span.text)}</p>
      ) : null}
      {nudge.phrases.length > 0 ? (
        <ul data-part="phrases">
          {nudge.phrases.map((phrase, i) => (
            <li key={phrase} data-part="phrase" data-copied={copied === i}>
              <q data-part="phrase-text">{phrase}</q>
              <button
                type="button"
                data-part="copy"
                aria-label={l.copyPhrase(phrase)}
                onClick={() => {
                  void copyText(phrase);
                  setCopied(i);
                  markUsed();
                }}
              >
                {copied === i ? l.copied : l.copy}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <details data-part="why">
        <summary>{l.why}</summary>
        <p data-part="evidence">{nudge.evidence.summary}</p>
        {nudge.evidence.cues.length > 0 ? (
          <ul data-part="cues">
            {nudge.evidence.cues.map((cue) => (
              <li key={cue}>{cue}</li>
            ))}
          </ul>
        ) : null}
      </details>
      <div data-part="actions">
        <button type="button" data-part="used" aria-pressed={used} onClick={markUsed}>
          {used ? l.markedUsed : l.used}
        </button>
        <button type="button" data-part="not-helpful" onClick={() => close('not-helpful')}>
          {l.notHelpful}
        </button>
        <button type="button" data-part="dismiss" onClick={() => close('dismissed')}>
          {l.dismiss}
          <span style={VISUALLY_HIDDEN}>: {nudge.message}</span>
        </button>
      </div>
    </article>
  );
}
