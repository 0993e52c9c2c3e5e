// Cost per audio minute from a 1-minute to a 2-hour file (tonvo analyze's path: WAV file
// streamed from disk, 32 VAD lanes), and memory on a 4-hour stereo stream (32 VAD lanes,
// the largest buffers the pipeline keeps), sampled every 20 minutes of audio after a
// forced GC.
// Run with --expose-gc, pinned to one core.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { createCallAudioStream, encodeWav, loadSileroVad, openWavFile } from '@tonvo/audio-node';
import { TMP, cpuMs, readWav, sox, table } from './lib.js';

const SAMPLE = join(import.meta.dirname, '../../packages/audio-node/samples/sample-call.wav');
const vad = await loadSileroVad();
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc');

// ---- cost per minute
const monoWav = join(TMP, 'call-mono-8000.wav');
sox([SAMPLE, '-e', 'signed', '-b', '16', monoWav, 'remix', '1,2']);
const call = readWav(monoWav).channels[0]!;
const callMulaw = encodeWav({ sampleRateHz: 8000, channels: [call], encoding: 'mulaw' }).subarray(
  44,
);

async function writeLongFile(minutes: number): Promise<string> {
  const path = join(TMP, `long-${minutes}.wav`);
  const bytes = minutes * 60 * 8000;
  const header = encodeWav({
    sampleRateHz: 8000,
    channels: [new Float32Array(0)],
    encoding: 'mulaw',
  });
  new DataView(header.buffer).setUint32(4, 36 + bytes, true);
  new DataView(header.buffer).setUint32(40, bytes, true);
  const out = createWriteStream(path);
  out.write(header);
  for (let at = 0; at < bytes; at += callMulaw.length)
    if (!out.write(callMulaw.subarray(0, Math.min(callMulaw.length, bytes - at))))
      await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return path;
}

async function analyseFile(path: string): Promise<number> {
  const wav = await openWavFile(path);
  const stream = createCallAudioStream({
    encoding: wav.header.encoding,
    sampleRateHz: 8000,
    speakers: ['customer'],
    vad,
    vadLanes: 32,
    vadLaneMs: 4000,
    vadPrerollMs: 500,
  });
  let events = 0;
  const c0 = cpuMs();
  const reading = (async () => {
    for await (const _ of stream) events++;
  })();
  for await (const chunk of wav.dataStream()) if (!stream.write(chunk)) await once(stream, 'drain');
  stream.end();
  await reading;
  void events;
  return cpuMs() - c0;
}

const costRows: Record<string, string>[] = [];
for (const minutes of [1, 10, 30, 120]) {
  const path = await writeLongFile(minutes);
  // Warm-up: five passes over the 1-minute file, so that every file, the first too, is
  // timed with the JIT in its steady state, as in a server that has been up a while.
  if (minutes === 1) for (let i = 0; i < 5; i++) await analyseFile(path);
  const ms = await analyseFile(path);
  costRows.push({
    file: `${minutes} min`,
    'CPU s': (ms / 1000).toFixed(1),
    'CPU ms per audio minute': (ms / minutes).toFixed(0),
    'x real time (CPU)': ((minutes * 60) / (ms / 1000)).toFixed(0),
  });
  console.error(`${minutes} min: ${(ms / minutes).toFixed(0)} ms per minute`);
}
console.log('\n### Cost per audio minute, 8 kHz mono mu-law file, whole pipeline (32 VAD lanes)\n');
table(costRows);

// ---- memory on a 4-hour live stereo stream
const stereo = readWav(SAMPLE);
const stereoBytes = encodeWav({
  sampleRateHz: 8000,
  channels: stereo.channels,
  encoding: 'mulaw',
}).subarray(44);
const HOURS = 4;
const total = HOURS * 3600 * 8000 * 2;
const stream = createCallAudioStream({
  encoding: 'mulaw',
  sampleRateHz: 8000,
  speakers: ['agent', 'customer'],
  vad,
  vadLanes: 1,
});
let events = 0;
const reading = (async () => {
  for await (const _ of stream) events++;
})();
const memRows: Record<string, string>[] = [];
const sample = (atMs: number): void => {
  gc();
  const m = process.memoryUsage();
  memRows.push({
    'audio so far': `${(atMs / 3_600_000).toFixed(2)} h`,
    'heap used MiB': (m.heapUsed / 2 ** 20).toFixed(1),
    'rss MiB': (m.rss / 2 ** 20).toFixed(1),
    'events so far': String(events),
  });
};
const CHUNK = 3200; // 200 ms of stereo mu-law
const every = 20 * 60 * 8000 * 2;
const t0 = performance.now();
let written = 0;
for (let next = every; written < total;) {
  const offset = written % stereoBytes.length;
  const chunk = stereoBytes.subarray(
    offset,
    Math.min(stereoBytes.length, offset + CHUNK, offset + total - written),
  );
  written += chunk.length;
  if (!stream.write(chunk)) await once(stream, 'drain');
  if (written >= next) {
    await new Promise((r) => setImmediate(r));
    sample((written / 16000) * 1000);
    next += every;
  }
}
stream.end();
await reading;
sample(HOURS * 3_600_000);
console.log(
  `\n### Memory on a ${HOURS}-hour stereo stream (32 VAD lanes), ${((performance.now() - t0) / 1000).toFixed(0)} s wall\n`,
);
table(memRows);
await vad.dispose();
