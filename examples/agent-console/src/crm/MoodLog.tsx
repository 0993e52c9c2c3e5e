import { useState, type ReactNode } from 'react';
import { formatClock, type Coach, type StateChangeEvent } from '@tonvo/core';
import { DEFAULT_LABELS, useCoach, useCoachEvent } from '@tonvo/react';
import { evidenceCueLines } from '../replay/evidence-cues.js';

/**
 * Why the customer's mood changed, newest first: each state change the coach made,
 * with the evidence behind it (its summary and cues), marked when the voice took part
 * (prosody windows among the evidence). A host component on `useCoachEvent`.
 */
export function MoodLog(): ReactNode {
  const coach = useCoach();
  // One log per coach: a restart (a new coach) starts an empty one.
  const [log, setLog] = useState<{ coach: Coach; changes: readonly StateChangeEvent[] }>({
    coach,
    changes: [],
  });
  const changes = log.coach === coach ? log.changes : [];
  useCoachEvent('stateChange', (e) => {
    if (e.speaker !== 'customer') return;
    setLog((l) => ({ coach, changes: [e, ...(l.coach === coach ? l.changes : [])] }));
  });
  const states = DEFAULT_LABELS.states;
  return (
    <section className="crm-mood-log" aria-labelledby="mood-log-title">
      <h3 id="mood-log-title">Why the mood changed</h3>
      {changes.length === 0 ? (
        <p className="crm-muted">No change yet.</p>
      ) : (
        <ol>
          {changes.map((c) => (
            <li
              key={`${c.atMs}-${c.to}`}
              data-at-ms={c.atMs}
              data-from={c.from}
              data-to={c.to}
              data-voice-windows={c.evidence.prosodyWindows.length}
            >
              <span className="crm-mood-head">
                <time>{formatClock(c.atMs)}</time> {states[c.from]} →{' '}
                <strong>{states[c.to]}</strong>
                {c.evidence.prosodyWindows.length > 0 ? (
                  <span className="crm-voice-badge">voice</span>
                ) : null}
              </span>
              <span className="crm-mood-summary">{c.evidence.summary}</span>
              {c.evidence.cues.length === 0 ? null : (
                <ul className="crm-mood-cues">
                  {evidenceCueLines(c.evidence.cues).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
