import { createProsodyAnalyzer } from '@tonvo/core';
import { join } from 'node:path';
import { readWav, sox, TMP } from './lib.js';
const SAMPLE = join(import.meta.dirname, '../../packages/audio-node/samples/sample-call.wav');
const monoWav = join(TMP, 'm.wav');
sox([SAMPLE, '-e', 'signed', '-b', '16', monoWav, 'remix', '1,2']);
const x = readWav(monoWav).channels[0]!;
const c0 = process.cpuUsage();
const t0 = performance.now();
for (let r = 0; r < 6; r++) {
  const a = createProsodyAnalyzer({ speaker: 'customer', sampleRateHz: 8000, onWindow: () => {} });
  a.push(x);
  a.flush();
}
const c = process.cpuUsage(c0);
console.log(
  'wall ms per audio s',
  ((performance.now() - t0) / 6 / (x.length / 8000)).toFixed(2),
  'cpu',
  ((c.user + c.system) / 1000 / 6 / (x.length / 8000)).toFixed(2),
);
