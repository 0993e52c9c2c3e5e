// Two builds of @tonvo/core side by side on the coach benchmark's call, in alternating
// processes, so that a change to the coach can be judged against the build before it
// on a machine whose speed drifts.
//   taskset -c 1 node bench/coach-ab.mjs A.js B.js [--rounds 6] [--runs 20] [--hours 4]
// To compare a change with the build before it: copy packages/core/dist/index.js to
// packages/core/dist/before.js first (inside the package, where it still finds the
// packages it imports), make the change, build, then compare before.js with index.js.
// Each process imports one build, runs 4 whole calls to warm up, then --runs whole calls
// and reports the least CPU time of one; the rounds alternate A and B. Prints the
// median and least of each build and B's time as a share of A's.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { syntheticCall } from './lib/synthetic-calls.mjs';

const args = process.argv.slice(2);
const option = (name, d) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? d : Number(args[i + 1]);
};
const hours = option('hours', 4);
const runs = option('runs', 20);

if (args[0] === '--child') {
  const { createCoach } = await import(pathToFileURL(resolve(args[1])).href);
  const events = syntheticCall({ durationMs: hours * 3600_000, seed: 7 });
  let best = Infinity;
  for (let i = 0; i < 4 + runs; i++) {
    const coach = createCoach();
    const c0 = process.cpuUsage();
    for (const e of events) coach.push(e);
    const c = process.cpuUsage(c0);
    if (i >= 4) best = Math.min(best, (c.user + c.system) / 1000);
  }
  console.log(best);
} else {
  const builds = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (builds.length !== 2) {
    console.error(
      'usage: node bench/coach-ab.mjs A/dist/index.js B/dist/index.js [--rounds 6] [--runs 20] [--hours 4]',
    );
    process.exit(2);
  }
  const rounds = option('rounds', 6);
  const self = fileURLToPath(import.meta.url);
  const times = [[], []];
  for (let r = 0; r < rounds; r++) {
    for (const k of [0, 1]) {
      const child = spawnSync(
        process.execPath,
        [self, '--child', builds[k], '--runs', String(runs), '--hours', String(hours)],
        { encoding: 'utf8' },
      );
      if (child.status !== 0) {
        console.error(child.stderr);
        process.exit(1);
      }
      times[k].push(Number(child.stdout.trim()));
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const ms = (x) => `${x.toFixed(1)} ms`;
  const events = syntheticCall({ durationMs: hours * 3600_000, seed: 7 }).length;
  console.log(
    `${hours} h synthetic call, ${events} events; ${rounds} alternating processes per build, each the least CPU time of ${runs} whole calls`,
  );
  for (const k of [0, 1]) {
    const m = median(times[k]);
    console.log(
      `${'AB'[k]} ${builds[k]}: median ${ms(m)} (${Math.round(events / (m / 1000)).toLocaleString('en-US')} events/s), least ${ms(Math.min(...times[k]))}; ${times[k].map((t) => t.toFixed(1)).join(' ')}`,
    );
  }
  console.log(`B / A, medians: ${(median(times[1]) / median(times[0])).toFixed(3)}`);
}
