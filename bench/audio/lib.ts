// Shared helpers of the audio benchmarks: system tools (sox, espeak-ng, praat), WAV
// reading, timing and statistics.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeWav } from '@tonvo/audio-node';

export const TMP = mkdtempSync(join(tmpdir(), 'tonvo-bench-'));
export const POCKETSPHINX = '/usr/share/pocketsphinx/test/data';

/** Runs sox: input file (or raw spec) to output file. */
export function sox(args: string[]): void {
  execFileSync('sox', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Decodes a WAV file to float channels with Tonvo's own reader. */
export function readWav(path: string): { rate: number; channels: Float32Array[] } {
  const { header, channels } = decodeWav(readFileSync(path));
  return { rate: header.sampleRateHz, channels: [...channels] };
}

/** Mono file at `rate`, PCM16, from any file sox can read. */
export function toMonoWav(
  input: string,
  rate: number,
  name: string,
  rawSpec: string[] = [],
): string {
  const out = join(TMP, `${name}-${rate}.wav`);
  sox([...rawSpec, input, '-r', String(rate), '-c', '1', '-e', 'signed', '-b', '16', out]);
  return out;
}

/** espeak-ng speech to a WAV file (22.05 kHz). */
export function espeak(text: string, name: string, args: string[] = []): string {
  const out = join(TMP, `${name}.wav`);
  execFileSync('espeak-ng', [...args, '-w', out, text]);
  return out;
}

const PRAAT_SCRIPT = join(TMP, 'pitch.praat');
writeFileSync(
  PRAAT_SCRIPT,
  `form Pitch
  sentence input
  sentence output
endform
Read from file: input$
To Pitch: 0.01, 75, 600
nf = Get number of frames
writeFileLine: output$, "t f0"
for i to nf
  t = Get time from frame number: i
  f = Get value in frame: i, "Hertz"
  if f = undefined
    f = 0
  endif
  appendFileLine: output$, fixed$(t, 5), " ", fixed$(f, 3)
endfor
`,
);

/** Praat's standard pitch track (To Pitch (ac), 10 ms, 75-600 Hz): [time s, F0 Hz or 0]. */
export function praatPitch(wav: string): [number, number][] {
  const out = `${wav}.praat.txt`;
  execFileSync('praat', ['--run', PRAAT_SCRIPT, wav, out]);
  return readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(' ').map(Number) as [number, number]);
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

/** Process CPU time (user + system, all threads), ms. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Best of `runs` timings of `fn` after `warmups` untimed runs (default 1): the process's
 * CPU time (all its threads; what one core spends, and steady when other processes load
 * the machine) and the wall-clock time.
 */
export async function bestOf(
  runs: number,
  fn: () => unknown,
  warmups = 1,
): Promise<{ cpuMs: number; wallMs: number }> {
  for (let i = 0; i < warmups; i++) await fn();
  let cpu = Infinity;
  let wall = Infinity;
  for (let i = 0; i < runs; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    await fn();
    wall = Math.min(wall, performance.now() - t0);
    cpu = Math.min(cpu, cpuMs() - c0);
  }
  return { cpuMs: cpu, wallMs: wall };
}

export const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** Prints a table of rows (objects with the same keys). */
export function table(rows: Record<string, string | number>[]): void {
  if (rows.length === 0) return;
  const keys = Object.keys(rows[0]!);
  const cells = rows.map((r) => keys.map((k) => String(r[k])));
  const widths = keys.map((k, i) => Math.max(k.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]): string => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(keys));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
}
