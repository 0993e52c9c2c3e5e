// F0 against Praat: Tonvo's frame analyzer (YIN on a 4 kHz copy) and pitchy (MPM, MIT)
// side by side, on real speech (Debian's pocketsphinx-testdata) and on espeak-ng speech
// at set pitches, at 8 kHz (telephone) and 16 kHz. Praat's standard autocorrelation
// pitch (To Pitch (ac), 10 ms, 75-600 Hz) is the reference. Frames are matched by time;
// error is |F0 - Praat| / Praat on frames both call voiced.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createFrameAnalyzer } from '@tonvo/core';
import { PitchDetector } from 'pitchy';
import {
  POCKETSPHINX,
  TMP,
  espeak,
  median,
  pct,
  praatPitch,
  quantile,
  readWav,
  table,
  toMonoWav,
} from './lib.js';

interface Track {
  readonly t: number[];
  readonly f0: number[];
}

function tonvoTrack(x: Float32Array, rate: number): Track {
  const t: number[] = [];
  const f0: number[] = [];
  const a = createFrameAnalyzer({
    sampleRateHz: rate,
    onFrame: (f) => {
      t.push(f.tMs / 1000);
      f0.push(f.f0Hz);
    },
  });
  a.push(x);
  a.flush();
  return { t, f0 };
}

/** pitchy on the same 40 ms frames every 10 ms; voiced when clarity >= 0.9 and in 75-600 Hz. */
function pitchyTrack(x: Float32Array, rate: number): Track {
  const win = Math.round(rate * 0.04);
  const hop = rate / 100;
  const detector = PitchDetector.forFloat32Array(win);
  const padded = new Float32Array(x.length + win);
  padded.set(x, win / 2);
  const t: number[] = [];
  const f0: number[] = [];
  let peak = 0;
  for (let i = 0; i * hop < x.length; i++) {
    const frame = padded.subarray(i * hop, i * hop + win);
    let e = 0;
    for (const v of frame) e += v * v;
    const db = 10 * Math.log10(e / win + 1e-12);
    peak = Math.max(peak === 0 ? db : peak, db);
    const [hz, clarity] = detector.findPitch(frame, rate);
    t.push(i / 100);
    f0.push(clarity >= 0.9 && hz >= 75 && hz <= 600 && db > peak - 30 ? hz : 0);
  }
  return { t, f0 };
}

function compare(
  ours: Track,
  praat: [number, number][],
): { agree: number; medErr: number; p90Err: number; gross: number; frames: number; both: number } {
  let agree = 0;
  const errs: number[] = [];
  for (const [t, f] of praat) {
    const i = Math.round(t * 100);
    const o = ours.f0[i] ?? 0;
    if (o > 0 === f > 0) agree++;
    if (o > 0 && f > 0) errs.push(Math.abs(o - f) / f);
  }
  return {
    frames: praat.length,
    both: errs.length,
    agree: agree / praat.length,
    medErr: median(errs),
    p90Err: quantile(errs, 0.9),
    gross: errs.filter((e) => e > 0.2).length / Math.max(1, errs.length),
  };
}

// Real speech: every pocketsphinx recording with a WAV or raw 16 kHz file.
const real: { name: string; path: string; raw?: string[] }[] = [
  ...['goforward', 'numbers', 'something'].map((n) => ({
    name: n,
    path: join(POCKETSPHINX, `${n}.raw`),
    raw: ['-t', 'raw', '-r', '16000', '-e', 'signed', '-b', '16', '-c', '1'],
  })),
  ...readdirSync(join(POCKETSPHINX, 'cards'))
    .filter((f) => f.endsWith('.wav'))
    .map((f) => ({ name: `cards/${f}`, path: join(POCKETSPHINX, 'cards', f) })),
  ...readdirSync(join(POCKETSPHINX, 'librivox'))
    .filter((f) => f.endsWith('.wav'))
    .map((f) => ({ name: `librivox/${f.slice(-8)}`, path: join(POCKETSPHINX, 'librivox', f) })),
];
const TEXT =
  'I was charged twice for my phone plan this month, and nobody can tell me why the refund has not arrived.';
const synthetic = [
  { name: 'espeak en-us -p 20', args: ['-v', 'en-us', '-p', '20'] },
  { name: 'espeak en-us -p 50', args: ['-v', 'en-us', '-p', '50'] },
  { name: 'espeak en-us -p 80', args: ['-v', 'en-us', '-p', '80'] },
  { name: 'espeak en-us+f3 -p 50', args: ['-v', 'en-us+f3', '-p', '50'] },
  { name: 'espeak en-gb+m3 -p 35', args: ['-v', 'en-gb+m3', '-p', '35'] },
].map((s, i) => ({ name: s.name, path: espeak(TEXT, `espeak-${i}`, s.args) }));

type Row = Record<string, string | number>;
const summary: Row[] = [];
for (const rate of [8000, 16000]) {
  for (const [group, files] of [
    ['pocketsphinx (real speech)', real],
    ['espeak-ng (set pitch)', synthetic],
  ] as const) {
    const acc = {
      tonvo: { agree: 0, frames: 0, errs: [] as number[] },
      pitchy: { agree: 0, frames: 0, errs: [] as number[] },
    };
    const rows: Row[] = [];
    for (const f of files) {
      const wav = toMonoWav(
        f.path,
        rate,
        f.name.replace(/[^a-z0-9]+/gi, '_'),
        'raw' in f && f.raw ? f.raw : [],
      );
      const x = readWav(wav).channels[0]!;
      const praat = praatPitch(wav);
      const ours = compare(tonvoTrack(x, rate), praat);
      const theirs = compare(pitchyTrack(x, rate), praat);
      const voicedPraat = praat.filter(([, p]) => p > 0).map(([, p]) => p);
      rows.push({
        file: f.name,
        'Praat median F0': `${median(voicedPraat).toFixed(0)} Hz`,
        'tonvo voicing agree': pct(ours.agree),
        'tonvo median err': pct(ours.medErr),
        'tonvo >20% err': pct(ours.gross),
        'pitchy voicing agree': pct(theirs.agree),
        'pitchy median err': pct(theirs.medErr),
      });
      for (const [k, r] of [
        ['tonvo', ours],
        ['pitchy', theirs],
      ] as const) {
        acc[k].agree += r.agree * r.frames;
        acc[k].frames += r.frames;
      }
      // Pool errors across files for the group median.
      const track = tonvoTrack(x, rate);
      const ptrack = pitchyTrack(x, rate);
      for (const [t, p] of praat) {
        const i = Math.round(t * 100);
        if (p > 0 && (track.f0[i] ?? 0) > 0) acc.tonvo.errs.push(Math.abs(track.f0[i]! - p) / p);
        if (p > 0 && (ptrack.f0[i] ?? 0) > 0) acc.pitchy.errs.push(Math.abs(ptrack.f0[i]! - p) / p);
      }
    }
    console.log(`\n### ${group} at ${rate} Hz\n`);
    table(rows);
    for (const k of ['tonvo', 'pitchy'] as const)
      summary.push({
        detector: k,
        material: group,
        rate: `${rate / 1000} kHz`,
        frames: acc[k].frames,
        'voicing agreement': pct(acc[k].agree / acc[k].frames),
        'median abs error (both voiced)': pct(median(acc[k].errs)),
        'p90 error': pct(quantile(acc[k].errs, 0.9)),
      });
  }
}
console.log('\n### Summary: F0 against Praat (pooled frames)\n');
table(summary);
console.log(`\n(work files in ${TMP})`);
