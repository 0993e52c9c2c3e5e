// The coach on the benchmark's call mix, a few whole calls, with nothing else: a fixed
// amount of work to count instructions on, where timings are too noisy to compare two
// builds that differ by a percent or two.
//   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
//     node --predictable bench/coach-once.mjs [packages/core/dist/index.js] [--hours 1] [--calls 6]
// (`--predictable` makes V8 compile on the main thread, so the count repeats to about
// 0.03%; without it, runs of one build differ by 1-2%.) The count includes loading and
// compiling, and V8 still compiles during the first few calls: for the work of one call,
// take the difference between runs well past those, e.g. `--calls 12` minus `--calls 6`
// (1 h calls), divided by 6. Calls 3-6 count about twice the steady state.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { numberArg } from './lib/args.mjs';
import { syntheticCall } from './lib/synthetic-calls.mjs';

const build = process.argv[2]?.startsWith('--') === false ? process.argv[2] : undefined;
const { createCoach } = await import(
  build === undefined ? '@tonvo/core' : pathToFileURL(resolve(build)).href
);
const events = syntheticCall({ durationMs: numberArg('hours', 1) * 3600_000, seed: 7 });
const calls = numberArg('calls', 6);
let nudges = 0;
for (let i = 0; i < calls; i++) {
  const coach = createCoach();
  coach.on('nudge', () => nudges++);
  for (const e of events) coach.push(e);
}
console.log(`${calls} calls of ${events.length} events, ${nudges} nudges`);
