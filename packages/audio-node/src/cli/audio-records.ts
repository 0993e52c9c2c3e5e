import { existsSync } from 'node:fs';
import { eventTimeMs, type ConversationEvent, type Speaker } from '@tonvo/core';
import { createCallAudioStream, type CallAudioStreamEvent } from '../stream/call-audio-stream.js';
import { loadSileroVad } from '../vad/load-silero-vad.js';
import { openWavFile } from '../wav/read-wav-file.js';
import type { InputRecord } from './read-events.js';

/**
 * A call recording's audio events (prosody windows, VAD segments) merged in time order
 * with the records of its transcript: what a live call delivers to the coach, from a
 * WAV file and a JSONL transcript.
 */
export async function* audioWithTranscript(
  wavPath: string,
  transcript: AsyncIterable<InputRecord>,
  options: { readonly speakers?: readonly Speaker[]; readonly conversation?: string } = {},
): AsyncGenerator<InputRecord> {
  // The transcript is small; read it first so audio events can be interleaved by time.
  const lines: InputRecord[] = [];
  for await (const r of transcript) lines.push(r);
  let conversation = options.conversation;
  for (const r of lines)
    if (conversation === undefined && r.event?.conversation !== undefined)
      conversation = r.event.conversation;
  const timeOf = (r: InputRecord): number =>
    r.event === undefined ? -Infinity : eventTimeMs(r.event as ConversationEvent);

  const wav = await openWavFile(wavPath);
  const speakers =
    options.speakers ?? (wav.header.channels === 2 ? ['agent', 'customer'] : ['customer']);
  const vad = await loadSileroVad();
  try {
    const stream = createCallAudioStream({
      encoding: wav.header.encoding,
      sampleRateHz: wav.header.sampleRateHz,
      speakers,
      vad,
      ...(conversation === undefined ? {} : { conversation }),
    });
    const feeding = (async () => {
      for await (const chunk of wav.dataStream()) {
        if (!stream.write(chunk)) await new Promise((r) => stream.once('drain', r));
      }
      stream.end();
    })();
    let next = 0;
    for await (const e of stream as AsyncIterable<CallAudioStreamEvent>) {
      if (e.type === 'frame') continue;
      const t = eventTimeMs(e);
      while (next < lines.length && timeOf(lines[next]!) <= t) yield lines[next++]!;
      yield { where: `audio ${(t / 1000).toFixed(1)} s`, event: e };
    }
    await feeding;
    while (next < lines.length) yield lines[next++]!;
  } finally {
    await vad.dispose();
  }
}

/** The recording next to a transcript (`call.jsonl` -> `call.wav`), if there is one. */
export function recordingFor(transcriptPath: string): string | undefined {
  const wav = transcriptPath.replace(/\.jsonl$/i, '.wav');
  return wav !== transcriptPath && existsSync(wav) ? wav : undefined;
}
