import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCallAudioStream, loadSileroVad, openWavFile } from '@tonvo/audio-node';
import { writeJsonl, type ConversationEvent } from '@tonvo/core';
import { loadConversations } from '../src/replay/load-conversation.js';

const samples = join(
  dirname(createRequire(import.meta.url).resolve('@tonvo/audio-node/package.json')),
  'samples',
);

/** The shipped sample call's recording (stereo 8 kHz mu-law, agent left, customer right). */
export const SAMPLE_CALL_WAV: string = join(samples, 'sample-call.wav');
/** Its transcript. */
export const SAMPLE_CALL_JSONL: string = join(samples, 'sample-call.jsonl');
/** The console's copy of the recording's voice events (served to the browser). */
export const SAMPLE_VOICE_JSONL: string = join(
  dirname(fileURLToPath(import.meta.url)),
  '../src/assets/sample-call-voice.jsonl',
);

/**
 * Runs the sample call's recording through the Node audio pipeline exactly as
 * `tonvo demo` does (`createCallAudioStream`, Silero VAD in live mode, default prosody
 * windows) and returns its prosody windows and VAD segments in time order, stamped
 * with the transcript's conversation id.
 */
export async function analyzeSampleCall(): Promise<ConversationEvent[]> {
  const conversation = loadConversations(readFileSync(SAMPLE_CALL_JSONL, 'utf8')).conversations[0]
    ?.id;
  const wav = await openWavFile(SAMPLE_CALL_WAV);
  const vad = await loadSileroVad();
  try {
    const stream = createCallAudioStream({
      encoding: wav.header.encoding,
      sampleRateHz: wav.header.sampleRateHz,
      speakers: ['agent', 'customer'],
      vad,
      ...(conversation === undefined || conversation === '' ? {} : { conversation }),
    });
    const events: ConversationEvent[] = [];
    const reading = (async () => {
      for await (const e of stream as AsyncIterable<ConversationEvent | { type: 'frame' }>)
        if (e.type !== 'frame') events.push(e);
    })();
    for await (const chunk of wav.dataStream()) {
      if (!stream.write(chunk)) await new Promise((r) => stream.once('drain', r));
    }
    stream.end();
    await reading;
    return events;
  } finally {
    await vad.dispose();
  }
}

/** The voice events as the JSONL text the console serves. */
export async function sampleVoiceJsonl(): Promise<string> {
  return writeJsonl(await analyzeSampleCall());
}
