import { useState, type ReactNode } from 'react';

/** Accepts a JSONL recording: dropped anywhere on the zone, or chosen with the file picker. */
export function DropZone({ onText }: { onText: (text: string, name: string) => void }): ReactNode {
  const [over, setOver] = useState(false);
  const read = (file: File | undefined): void => {
    if (file !== undefined) void file.text().then((text) => onText(text, file.name));
  };
  return (
    <section
      className="crm-card crm-drop"
      data-over={over}
      aria-labelledby="drop-title"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        read(e.dataTransfer.files[0]);
      }}
    >
      <h2 id="drop-title">Replay your own call</h2>
      <p className="crm-muted">
        Drop a JSONL conversation here (the <code>tonvo.v1</code> events, one per line), or{' '}
        <label className="crm-file">
          choose a file
          <input
            type="file"
            accept=".jsonl,.ndjson,.json,.txt,application/x-ndjson"
            onChange={(e) => read(e.target.files?.[0])}
          />
        </label>
        .
      </p>
    </section>
  );
}
