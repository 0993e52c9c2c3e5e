// Signals and fixtures shared by the DSP tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function sine(
  hz: number,
  rate: number,
  seconds: number,
  amplitude = 0.5,
  phase = 0,
): Float32Array {
  const n = Math.round(rate * seconds);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = amplitude * Math.sin((2 * Math.PI * hz * i) / rate + phase);
  return out;
}

/** A vowel-like tone: harmonics with falling amplitude, like a glottal source. */
export function voice(f0: number, rate: number, seconds: number, amplitude = 0.3): Float32Array {
  const n = Math.round(rate * seconds);
  const out = new Float32Array(n);
  for (let h = 1; h * f0 < rate / 2; h++)
    for (let i = 0; i < n; i++)
      out[i]! += (amplitude / h) * Math.sin((2 * Math.PI * h * f0 * i) / rate);
  return out;
}

/** Deterministic white noise in [-amplitude, amplitude]. */
export function noise(rate: number, seconds: number, amplitude = 0.1, seed = 1): Float32Array {
  const n = Math.round(rate * seconds);
  const out = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = (s / 2 ** 32 - 0.5) * 2 * amplitude;
  }
  return out;
}

export function concat(...parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../src/dsp/fixtures/${name}`, import.meta.url));

/** espeak-ng speech, 8 kHz (see src/dsp/fixtures/make-fixtures.sh). */
export function speech8k(): Float32Array {
  const bytes = readFileSync(fixture('speech-8000.s16'));
  const pcm = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
  return Float32Array.from(pcm, (v) => v / 32768);
}

/** Praat's pitch track of {@link speech8k}. */
export function praatPitch(): { t1: number; stepS: number; f0Hz: number[] } {
  return JSON.parse(readFileSync(fixture('speech-8000.praat.json'), 'utf8')) as {
    t1: number;
    stepS: number;
    f0Hz: number[];
  };
}

/** Syllable-like bursts: `ratePerS` raised-cosine voiced bursts per second at `f0`. */
export function syllables(
  f0: number,
  ratePerS: number,
  rate: number,
  seconds: number,
  amplitude = 0.2,
): Float32Array {
  const tone = voice(f0, rate, seconds, amplitude);
  const period = rate / ratePerS;
  const burst = period * 0.6;
  for (let i = 0; i < tone.length; i++) {
    const pos = i % period;
    tone[i]! *= pos < burst ? 0.5 - 0.5 * Math.cos((2 * Math.PI * pos) / burst) : 0;
  }
  return tone;
}
