import { useEffect, useRef, type ReactNode } from 'react';
import { formatClock, type CoachSnapshot, type TranscriptLine } from '@tonvo/core';
import { useCoachSelector } from '@tonvo/react';

const selectTranscript = (s: CoachSnapshot): readonly TranscriptLine[] => s.transcript;
const sameLines = (a: readonly TranscriptLine[], b: readonly TranscriptLine[]): boolean =>
  a.length === b.length &&
  a.every(
    (line, i) => line.id === b[i]!.id && line.text === b[i]!.text && line.final === b[i]!.final,
  );

/** The live transcript (redacted by the coach), newest at the bottom. */
export function Transcript({ customerName }: { customerName: string }): ReactNode {
  const lines = useCoachSelector(selectTranscript, sameLines);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const el = list.current;
    if (el !== null) el.scrollTop = el.scrollHeight;
  }, [lines]);
  return (
    <section className="crm-card crm-transcript" aria-labelledby="transcript-title">
      <h2 id="transcript-title">Live transcript</h2>
      {lines.length === 0 ? (
        <p className="crm-muted">Waiting for the call to start…</p>
      ) : (
        <ol ref={list} className="crm-lines" tabIndex={0} aria-label="Transcript lines">
          {lines.map((line) => (
            <li
              key={line.id}
              className="crm-line"
              data-speaker={line.speaker}
              data-final={line.final}
            >
              <span className="crm-line-meta">
                <span className="crm-line-who">
                  {line.speaker === 'agent' ? 'You' : customerName}
                </span>
                <time>{formatClock(line.startMs)}</time>
              </span>
              <span className="crm-line-text">
                {line.text}
                {line.final ? '' : ' …'}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
