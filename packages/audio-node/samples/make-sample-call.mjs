#!/usr/bin/env node
// Synthesises sample-call.wav from sample-call.jsonl with espeak-ng and sox:
// 8 kHz stereo G.711 mu-law, the agent on the left channel and the customer on the
// right, each final utterance placed at its startMs (sped up with sox tempo, pitch
// kept, if the voice runs past its endMs). The customer's voice escalates (higher,
// louder, faster at "This is ridiculous" and "I want to speak to a manager") and calms
// down after the refund. A faint line noise (-66 dBFS) runs under both channels.
//
//   node packages/audio-node/samples/make-sample-call.mjs
//
// espeak-ng 1.51 and sox 14.4 (Debian bookworm) made the committed file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const RATE = 8000;
const events = readFileSync(join(here, 'sample-call.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l));
const finals = events.filter((e) => e.type === 'utterance' && e.final);
const endMs = Math.max(...events.map((e) => e.endMs ?? e.atMs));

// espeak-ng voice, pitch (0-99), speed (wpm) and amplitude (0-200) per utterance.
const AGENT = { voice: 'en-us+m3', pitch: 38, speed: 165, amplitude: 90 };
const CUSTOMER = { voice: 'en-us+f2', pitch: 48, speed: 160, amplitude: 80 };
const STYLE = {
  u08: { ...AGENT, speed: 215 }, // the agent repeats the jargon, faster
  u07: { ...CUSTOMER, speed: 140, pitch: 52 }, // confused: slower
  u09: { ...CUSTOMER, speed: 145, pitch: 55 },
  u11: { ...CUSTOMER, speed: 195, pitch: 80, amplitude: 190 }, // "This is ridiculous"
  u12: { ...CUSTOMER, speed: 180, pitch: 72, amplitude: 150 }, // worried
  u14: { ...CUSTOMER, speed: 200, pitch: 85, amplitude: 200 }, // "speak to a manager"
  u16: { ...CUSTOMER, speed: 190, pitch: 65, amplitude: 160 }, // a clipped "Fine."
  u18: { ...CUSTOMER, speed: 150, pitch: 44, amplitude: 85 }, // relief
  u20: { ...CUSTOMER, speed: 150, pitch: 42, amplitude: 75 },
  u22: { ...CUSTOMER, speed: 150, pitch: 42, amplitude: 75 },
};

const tmp = mkdtempSync(join(tmpdir(), 'tonvo-sample-'));
const total = Math.ceil((endMs / 1000) * RATE) + RATE;
const tracks = { agent: new Float32Array(total), customer: new Float32Array(total) };
try {
  for (const u of finals) {
    const style = STYLE[u.id] ?? (u.speaker === 'agent' ? AGENT : CUSTOMER);
    const wav = join(tmp, `${u.id}.wav`);
    execFileSync('espeak-ng', [
      '-v',
      style.voice,
      '-p',
      String(style.pitch),
      '-s',
      String(style.speed),
      '-a',
      String(style.amplitude),
      '-w',
      wav,
      u.text,
    ]);
    const seconds = Number(execFileSync('soxi', ['-D', wav]).toString());
    const slot = (u.endMs - u.startMs) / 1000;
    const effects = seconds > slot ? ['tempo', '-s', (seconds / slot).toFixed(4)] : [];
    const raw = execFileSync('sox', [
      wav,
      '-t',
      'raw',
      '-r',
      String(RATE),
      '-e',
      'float',
      '-b',
      '32',
      '-c',
      '1',
      '-',
      ...effects,
    ]);
    const samples = new Float32Array(raw.buffer, raw.byteOffset, raw.length / 4);
    const at = Math.round((u.startMs / 1000) * RATE);
    const n = Math.min(samples.length, Math.round(slot * RATE), total - at);
    tracks[u.speaker].set(samples.subarray(0, n), at);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// Line noise, deterministic, then G.711 mu-law encoding.
let seed = 12345;
const noise = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return (seed / 2 ** 32 - 0.5) * 0.001;
};
const mulaw = (x) => {
  let s = Math.round(Math.max(-1, Math.min(1, x)) * 32767);
  const sign = s < 0 ? 0x80 : 0;
  s = Math.min(Math.abs(s), 32635) + 0x84;
  let exponent = 7;
  for (let mask = 0x4000; (s & mask) === 0 && exponent > 0; mask >>= 1) exponent--;
  return ~(sign | (exponent << 4) | ((s >> (exponent + 3)) & 0x0f)) & 0xff;
};
const length = Math.ceil((endMs / 1000) * RATE);
const out = Buffer.alloc(44 + length * 2);
out.write('RIFF', 0);
out.writeUInt32LE(36 + length * 2, 4);
out.write('WAVEfmt ', 8);
out.writeUInt32LE(16, 16);
out.writeUInt16LE(7, 20); // WAVE_FORMAT_MULAW
out.writeUInt16LE(2, 22);
out.writeUInt32LE(RATE, 24);
out.writeUInt32LE(RATE * 2, 28);
out.writeUInt16LE(2, 32);
out.writeUInt16LE(8, 34);
out.write('data', 36);
out.writeUInt32LE(length * 2, 40);
for (let i = 0; i < length; i++) {
  out[44 + 2 * i] = mulaw(tracks.agent[i] + noise());
  out[45 + 2 * i] = mulaw(tracks.customer[i] + noise());
}
writeFileSync(join(here, 'sample-call.wav'), out);
console.log(`wrote sample-call.wav: ${(length / RATE).toFixed(1)} s, ${finals.length} utterances`);
