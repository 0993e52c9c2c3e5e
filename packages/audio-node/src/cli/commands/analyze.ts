import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import {
  SPEAKERS,
  TonvoError,
  createCoach,
  eventTimeMs,
  readJsonl,
  type ConversationEvent,
  type Speaker,
  type TonvoEvent,
} from '@tonvo/core';
import { openWavFile } from '../../wav/read-wav-file.js';
import { loadSileroVad } from '../../vad/load-silero-vad.js';
import {
  createCallAudioStream,
  type CallAudioStreamEvent,
} from '../../stream/call-audio-stream.js';
import type { CliCommand, CliIo } from '../run-cli.js';

const USAGE = `usage: tonvo analyze <file.wav> [options]

Runs the audio pipeline (decode, resample, pitch/energy/voicing, syllable rate, Silero
VAD, prosody against each speaker's baseline) and writes JSONL events: prosody windows
and VAD segments, in time order; with --transcript, the coach's states, triggers,
nudges and report too.

options:
  --transcript <t.jsonl>   also coach the call: merge this transcript with the audio events
  --channels <a,b>         speaker of each channel (default: customer for mono,
                           agent,customer for stereo)
  --format jsonl|pretty    output format (default jsonl)
  --frames                 also write per-frame lines:
                           {"type":"frame","speaker":..,"tMs":..,"f0Hz":..,"voiced":..,"energyDb":..}
  --window-ms <n>          prosody window length (default 1000)
  --conversation <id>      conversation id (default: the transcript's, else none)
  --lanes <n>              VAD lanes scored side by side (default 32: 4 s lanes, each
                           warmed up on the 0.5 s before it; 1 = live mode, exact)`;

function parseChannels(value: string | undefined, count: number): Speaker[] {
  if (value === undefined)
    return count === 1 ? ['customer'] : count === 2 ? ['agent', 'customer'] : [];
  const names = value.split(',').map((s) => s.trim());
  for (const n of names)
    if (!SPEAKERS.includes(n as Speaker))
      throw TonvoError.invalidOption('--channels', `"${n}" is not a speaker (agent or customer)`);
  return names as Speaker[];
}

function positiveInt(
  name: string,
  value: string | undefined,
  fallback: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw TonvoError.invalidOption(name, `must be an integer in [1, ${max}], got ${value}`);
  return n;
}

const clock = (ms: number): string => {
  const s = ms / 1000;
  return `${Math.floor(s / 60)}:${(s % 60).toFixed(1).padStart(4, '0')}`;
};
const signed = (v: number | undefined): string =>
  v === undefined ? '' : `${v >= 0 ? '+' : ''}${v.toFixed(2)}`;

/** One readable line per event, for `--format pretty`. */
function pretty(e: CallAudioStreamEvent | TonvoEvent): string | undefined {
  switch (e.type) {
    case 'prosody':
      if (e.voicedRatio === 0) return undefined; // silence: the JSONL still has it
      return `${clock(e.startMs)}  ${e.speaker.padEnd(8)} voice   pitch ${e.pitchMedianHz.toFixed(0).padStart(3)} Hz (range ${e.pitchRangeHz.toFixed(0)})  ${e.energyDbfs.toFixed(1)} dBFS  ${e.speakingRate.toFixed(1)} syl/s  voiced ${(e.voicedRatio * 100).toFixed(0)}%  arousal ${signed(e.arousal)}  pace ${signed(e.pace)}`;
    case 'vad':
      return `${clock(e.startMs)}  ${e.speaker.padEnd(8)} speech  until ${clock(e.endMs)}`;
    case 'frame':
      return undefined;
    case 'state':
      return `${clock(e.atMs)}  ${e.speaker.padEnd(8)} STATE   ${e.from} -> ${e.to} (${e.evidence.summary})`;
    case 'trigger':
      return `${clock(e.atMs)}  ${(e.speaker ?? '').padEnd(8)} TRIGGER ${e.trigger}`;
    case 'nudge':
      return `${clock(e.atMs)}  coach    NUDGE   [${e.trigger}] ${e.message}${e.phrases[0] === undefined ? '' : ` - "${e.phrases[0]}"`}`;
    case 'report':
      return `\nREPORT ${e.conversation}: ${e.moments.map((m) => m.text).join(' ')}`;
    default:
      return undefined;
  }
}

async function readTranscript(path: string): Promise<ConversationEvent[]> {
  const text = await readFile(path, 'utf8');
  const events: ConversationEvent[] = [];
  for (const record of readJsonl(text)) {
    if (record.error !== undefined) throw record.error;
    events.push(record.event as ConversationEvent);
  }
  return events;
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      transcript: { type: 'string' },
      channels: { type: 'string' },
      format: { type: 'string', default: 'jsonl' },
      frames: { type: 'boolean', default: false },
      'window-ms': { type: 'string' },
      conversation: { type: 'string' },
      lanes: { type: 'string' },
    },
  });
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const format = values.format;
  if (format !== 'jsonl' && format !== 'pretty')
    throw TonvoError.invalidOption('--format', `must be jsonl or pretty, got ${format}`);
  const cwd = io.cwd ?? process.cwd();
  const wav = await openWavFile(resolve(cwd, file));
  const speakers = parseChannels(values.channels, wav.header.channels);
  if (speakers.length !== wav.header.channels)
    throw TonvoError.invalidOption(
      '--channels',
      `the file has ${wav.header.channels} channel(s); name one speaker for each`,
    );
  const transcript =
    values.transcript === undefined ? [] : await readTranscript(resolve(cwd, values.transcript));
  const ids = new Set(transcript.map((e) => e.conversation).filter((c) => c !== undefined));
  if (ids.size > 1)
    throw TonvoError.invalidOption(
      '--transcript',
      `holds ${ids.size} conversations; one audio file is one conversation`,
    );
  const conversation = values.conversation ?? [...ids][0];
  transcript.sort((a, b) => eventTimeMs(a) - eventTimeMs(b));

  const write = (out: Writable, e: CallAudioStreamEvent | TonvoEvent): void => {
    const line = format === 'jsonl' ? JSON.stringify(e) : pretty(e);
    if (line !== undefined) out.write(`${line}\n`);
  };
  const coach = values.transcript === undefined ? undefined : createCoach();
  coach?.on('output', (e) => write(io.stdout, e));
  coach?.on('error', (e) => io.stderr.write(`tonvo analyze: ${e.code}: ${e.message}\n`));
  let next = 0;
  const feedTranscriptUntil = (t: number): void => {
    while (next < transcript.length && eventTimeMs(transcript[next]!) <= t)
      coach?.push(transcript[next++]!);
  };

  const vad = await loadSileroVad();
  try {
    const stream = createCallAudioStream({
      encoding: wav.header.encoding,
      sampleRateHz: wav.header.sampleRateHz,
      speakers,
      vad,
      vadLanes: positiveInt('--lanes', values.lanes, 32, 256),
      vadLaneMs: 4000,
      vadPrerollMs: 500,
      ...(values['window-ms'] === undefined
        ? {}
        : { windowMs: positiveInt('--window-ms', values['window-ms'], 1000, 60_000) }),
      ...(conversation === undefined ? {} : { conversation }),
      frames: values.frames,
    });
    const reading = (async () => {
      for await (const e of stream as AsyncIterable<CallAudioStreamEvent>) {
        if (e.type !== 'frame') {
          feedTranscriptUntil(eventTimeMs(e));
          coach?.push(e);
        }
        write(io.stdout, e);
      }
    })();
    for await (const chunk of wav.dataStream()) {
      if (!stream.write(chunk)) await new Promise((r) => stream.once('drain', r));
    }
    stream.end();
    await reading;
    if (coach !== undefined) {
      feedTranscriptUntil(Infinity);
      await coach.whenIdle();
      await coach.end();
    }
  } finally {
    await vad.dispose();
  }
  return 0;
}

/** `tonvo analyze`: the audio pipeline over a WAV file, optionally coaching it with a transcript. */
export const analyzeCommand: CliCommand = {
  summary: 'analyse a call recording: prosody, speech segments, and coaching with a transcript',
  usage: USAGE,
  run,
};
