// Speech segments from Tonvo's Silero VAD v5 runner against @ricky0123/vad-web's (its v5
// model and FrameProcessor, run in Node) on the same audio: the two channels of the
// sample call and real speech from pocketsphinx-testdata joined by 1.5 s silences.
// Both sides use vad-web's v5 defaults (positive 0.3, negative 0.25, minimum speech
// 400 ms, redemption 1400 ms) and no padding; vad-web's segment end includes the
// redemption time, so it is taken off before comparing. Tonvo runs at 8 kHz on the
// telephone audio (and at 16 kHz); vad-web always runs at 16 kHz.
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { loadSileroVad } from '@tonvo/audio-node';
import { createVadStream, type SpeechSegment } from '@tonvo/models';
import { POCKETSPHINX, TMP, median, pct, readWav, sox, table } from './lib.js';
import { vadWebV5, type Segment } from './vad-web.js';

const REDEMPTION_MS = 1400;
/** vad-web counts whole 32 ms frames of redemption: floor(1400 / 32) x 32 = 1376 ms. */
const REDEMPTION_COUNTED_MS = Math.floor(REDEMPTION_MS / 32) * 32;
const vad = await loadSileroVad();
const web = await vadWebV5();

async function tonvo(
  x: Float32Array,
  rate: 8000 | 16000,
): Promise<{ probs: number[]; segments: Segment[] }> {
  const probs: number[] = [];
  const segments: SpeechSegment[] = [];
  const s = createVadStream({
    vad,
    sampleRateHz: rate,
    positiveThreshold: 0.3,
    negativeThreshold: 0.25,
    minSpeechMs: 400,
    minSilenceMs: REDEMPTION_MS,
    onsetPadMs: 0,
    offsetPadMs: 0,
    onSegment: (seg) => segments.push(seg),
    onProbability: (p) => probs.push(p),
  });
  await s.push(x);
  await s.end();
  return { probs, segments };
}

function match(
  ours: Segment[],
  theirs: Segment[],
): { matched: number; onset: number[]; offset: number[] } {
  const onset: number[] = [];
  const offset: number[] = [];
  let matched = 0;
  for (const t of theirs) {
    const o = ours.find((s) => s.startMs < t.endMs && s.endMs > t.startMs);
    if (o === undefined) continue;
    matched++;
    onset.push(o.startMs - t.startMs);
    offset.push(o.endMs - t.endMs);
  }
  return { matched, onset, offset };
}

const material: { name: string; wav8: string; wav16: string }[] = [];
for (const [ch, speaker] of [
  [1, 'agent'],
  [2, 'customer'],
] as const) {
  const base = join(import.meta.dirname, '../../packages/audio-node/samples/sample-call.wav');
  const wav8 = join(TMP, `call-${speaker}-8000.wav`);
  const wav16 = join(TMP, `call-${speaker}-16000.wav`);
  sox([base, '-e', 'signed', '-b', '16', wav8, 'remix', String(ch)]);
  sox([wav8, '-r', '16000', wav16]);
  material.push({ name: `sample call, ${speaker}`, wav8, wav16 });
}
{
  const files = [
    ...readdirSync(join(POCKETSPHINX, 'librivox'))
      .filter((f) => f.endsWith('.wav'))
      .map((f) => join(POCKETSPHINX, 'librivox', f)),
    ...readdirSync(join(POCKETSPHINX, 'cards'))
      .filter((f) => f.endsWith('.wav'))
      .map((f) => join(POCKETSPHINX, 'cards', f)),
  ];
  const gap = join(TMP, 'gap.wav');
  sox(['-n', '-r', '16000', '-c', '1', '-e', 'signed', '-b', '16', gap, 'trim', '0', '1.5']);
  const joined16 = join(TMP, 'pocketsphinx-16000.wav');
  sox([...files.flatMap((f) => [f, gap]), joined16]);
  const joined8 = join(TMP, 'pocketsphinx-8000.wav');
  sox([joined16, '-r', '8000', joined8]);
  material.push({ name: 'pocketsphinx, 10 files', wav8: joined8, wav16: joined16 });
}

const rows: Record<string, string | number>[] = [];
for (const m of material) {
  const x16 = readWav(m.wav16).channels[0]!;
  const theirs = await web(x16);
  const theirSegments = theirs.segments.map((s) => ({
    startMs: s.startMs,
    endMs: s.endMs - REDEMPTION_COUNTED_MS,
  }));
  for (const rate of [8000, 16000] as const) {
    const x = rate === 8000 ? readWav(m.wav8).channels[0]! : x16;
    const ours = await tonvo(x, rate);
    const { matched, onset, offset } = match(ours.segments, theirSegments);
    const n = Math.min(ours.probs.length, theirs.probs.length);
    let agree = 0;
    for (let i = 0; i < n; i++) if (ours.probs[i]! >= 0.5 === theirs.probs[i]! >= 0.5) agree++;
    const abs = (xs: number[]): number[] => xs.map(Math.abs);
    rows.push({
      audio: m.name,
      'tonvo rate': `${rate / 1000} kHz`,
      'segments tonvo / vad-web': `${ours.segments.length} / ${theirSegments.length}`,
      matched,
      'onset diff median (max)': `${median(abs(onset)).toFixed(0)} ms (${Math.max(0, ...abs(onset)).toFixed(0)})`,
      'offset diff median (max)': `${median(abs(offset)).toFixed(0)} ms (${Math.max(0, ...abs(offset)).toFixed(0)})`,
      'frame decisions agree (p>=0.5)': pct(agree / n),
    });
  }
}
table(rows);
await vad.dispose();
