// Speaking rate on espeak-ng speech at set words-per-minute: Tonvo counts syllable
// nuclei (voiced peaks of the level contour) and turns them into words per minute with
// the text's syllables per word; the truth is the text's word count over the measured
// speech duration (leading and trailing silence trimmed with sox). Syllables are
// hand-counted (and match espeak-ng's own phoneme transcription, `espeak-ng -x`).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { createProsodyAnalyzer } from '@tonvo/core';
import { TMP, espeak, median, pct, readWav, sox, table } from './lib.js';

const TEXTS = [
  {
    text: 'I have been waiting on hold for forty minutes and nobody can tell me why my bill is wrong. Please look at my account and fix the charge today.',
    words: 29,
    syllables: 36,
  },
  {
    text: 'Thank you for calling, my name is Sam. Let me check that for you right now. Your refund will show up in three to five days.',
    words: 26,
    syllables: 28,
  },
  {
    text: 'The new phone plan costs sixty dollars a month, and the old one was cheaper, so I want to change it back before the next bill.',
    words: 26,
    syllables: 30,
  },
];
const WPM = [100, 130, 160, 190, 220, 260];
const RATES = [8000, 16000];

function nuclei(x: Float32Array, rate: number): number {
  let n = 0;
  const a = createProsodyAnalyzer({
    speaker: 'agent',
    sampleRateHz: rate,
    onWindow: () => {},
    onNucleus: () => n++,
  });
  a.push(x);
  a.flush();
  return n;
}

const rows: Record<string, string | number>[] = [];
const errors: Record<number, number[]> = { 8000: [], 16000: [] };
for (const [ti, t] of TEXTS.entries()) {
  for (const wpm of WPM) {
    const raw = espeak(t.text, `rate-${ti}-${wpm}`, ['-v', 'en-us', '-s', String(wpm)]);
    for (const rate of RATES) {
      const wav = join(TMP, `rate-${ti}-${wpm}-${rate}.wav`);
      // Trim leading and trailing silence so the duration is the speech itself.
      sox([
        raw,
        '-r',
        String(rate),
        '-c',
        '1',
        '-e',
        'signed',
        '-b',
        '16',
        wav,
        'silence',
        '1',
        '0.02',
        '0.5%',
        'reverse',
        'silence',
        '1',
        '0.02',
        '0.5%',
        'reverse',
      ]);
      const seconds = Number(execFileSync('soxi', ['-D', wav]).toString());
      const found = nuclei(readWav(wav).channels[0]!, rate);
      const actualWpm = (t.words / seconds) * 60;
      const estimatedWpm = (found / (t.syllables / t.words) / seconds) * 60;
      const err = (estimatedWpm - actualWpm) / actualWpm;
      errors[rate]!.push(Math.abs(err));
      rows.push({
        text: ti + 1,
        'espeak -s': wpm,
        rate: `${rate / 1000} kHz`,
        'speech s': seconds.toFixed(2),
        'actual wpm': actualWpm.toFixed(0),
        'syllables (true)': t.syllables,
        'nuclei found': found,
        'estimated wpm': estimatedWpm.toFixed(0),
        error: `${err >= 0 ? '+' : ''}${pct(err)}`,
      });
    }
  }
}
table(rows);
console.log('');
table(
  RATES.map((r) => ({
    rate: `${r / 1000} kHz`,
    files: errors[r]!.length,
    'median |error|': pct(median(errors[r]!)),
    'max |error|': pct(Math.max(...errors[r]!)),
    'within 10%': `${errors[r]!.filter((e) => e <= 0.1).length}/${errors[r]!.length}`,
  })),
);
