// Many calls at once in one process, as on a server next to the telephony stream.
//   pnpm build && node --expose-gc bench/coach-many.mjs [--calls 200] [--minutes 30] [--runs 3]
// Each call is a synthetic call of the coach bench's mix (its own seed and conversation
// id), all running at the same time: their events are merged in time order and each is
// pushed into its call's coach. The same events are also pushed one call after another
// (one coach at a time) in the same process, so the cost of interleaving many coaches is
// read as a ratio. Prints events per second (CPU time, best of `runs`), final utterance
// -> nudge latency in the interleaved run, and the heap each live coach holds.
import os from 'node:os';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { createCoach, percentile } from '@tonvo/core';
import { numberArg } from './lib/args.mjs';
import { nudgeLatency } from './lib/nudge-latency.mjs';
import { syntheticCall } from './lib/synthetic-calls.mjs';

const calls = numberArg('calls', 200);
const minutes = numberArg('minutes', 30);
const runs = numberArg('runs', 3);

const perCall = Array.from({ length: calls }, (_, k) =>
  syntheticCall({ durationMs: minutes * 60_000, seed: k + 1, conversation: `call-${k}` }),
);
const timeOf = (e) => (e.type === 'tick' || e.type === 'signal' ? e.atMs : e.endMs);
/** Every call's events in time order (ties: the call listed first), as a server gets them. */
const interleaved = perCall
  .flatMap((events, k) => events.map((e, i) => ({ e, k, i })))
  .sort((a, b) => timeOf(a.e) - timeOf(b.e) || a.k - b.k || a.i - b.i)
  .map((x) => x.e);
const total = interleaved.length;

/** The coach of `conversation` in `coaches`, made (with `listen` called on it) if new. */
function coachFor(coaches, conversation, listen) {
  let coach = coaches.get(conversation);
  if (coach === undefined) {
    coach = createCoach();
    coach.on('error', (err) => {
      throw err;
    });
    listen?.(coach);
    coaches.set(conversation, coach);
  }
  return coach;
}

/**
 * Pushes `events` into one coach per conversation; returns the CPU seconds. With
 * `oneAtATime`, a call's coach is let go when the next call starts, as a server lets go
 * of a call that has ended (otherwise every call is open until the last event).
 */
function run(events, oneAtATime = false) {
  const coaches = new Map();
  let previous;
  const c0 = process.cpuUsage();
  for (const e of events) {
    if (oneAtATime && previous !== undefined && e.conversation !== previous) {
      coaches.delete(previous);
    }
    previous = e.conversation;
    coachFor(coaches, e.conversation).push(e);
  }
  const cpu = process.cpuUsage(c0);
  return { seconds: (cpu.user + cpu.system) / 1e6, coaches };
}

// Garbage collection during the runs, by kind (young generation or whole heap), in ms.
const gcMs = { minor: 0, major: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) gcMs.minor += entry.duration;
    else gcMs.major += entry.duration;
  }
}).observe({ entryTypes: ['gc'] });

const turn = () => new Promise((resolve) => setTimeout(resolve, 0));
/** A run with the garbage collection in it (observers report after the run, on a turn). */
async function measure(events, oneAtATime) {
  // (No forced collection before a run: the run after one took a fifth to a quarter
  // longer here, likely because V8 then starts the young generation small again.)
  await turn();
  gcMs.minor = 0;
  gcMs.major = 0;
  const { seconds } = run(events, oneAtATime);
  await turn();
  return { seconds, gc: { ...gcMs } };
}

const sequential = perCall.flat();
// Warm up both orders, then alternate them so that load on the machine falls on both.
run(interleaved);
run(sequential, true);
const best = { interleaved: { seconds: Infinity }, sequential: { seconds: Infinity } };
const keepBest = (name, r) => {
  if (r.seconds < best[name].seconds) best[name] = r;
};
for (let r = 0; r < runs; r++) {
  keepBest('interleaved', await measure(interleaved, false));
  keepBest('sequential', await measure(sequential, true));
}

// Latency in the interleaved run: push of a final -> the nudge it causes, synchronously.
const latency = nudgeLatency();
{
  const coaches = new Map();
  const listen = (coach) => coach.on('nudge', latency.onNudge);
  for (const e of interleaved) latency.push(coachFor(coaches, e.conversation, listen), e);
}
const latencies = latency.sorted();

// Heap held by the live coaches halfway through the calls (with --expose-gc): all of
// them open at once, as on a server at its busiest.
let perCoachKb;
const gc = globalThis.gc;
if (typeof gc === 'function') {
  gc();
  const base = process.memoryUsage().heapUsed;
  const half = interleaved.slice(0, Math.floor(total / 2));
  const { coaches } = run(half);
  gc();
  perCoachKb = (process.memoryUsage().heapUsed - base) / 1e3 / coaches.size;
}

const fmt = (n, d = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const callSeconds = calls * minutes * 60;
console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${os.cpus().length} cores, node ${process.version}, one core`,
);
console.log(
  `${calls} concurrent ${minutes} min synthetic calls (seeds 1-${calls}), ${fmt(total)} events`,
);
const perSecond = (r) => fmt(total / r.seconds);
const gcShare = (r) =>
  `${fmt(r.gc.minor, 0)} ms young + ${fmt(r.gc.major, 0)} ms whole heap (${fmt((100 * (r.gc.minor + r.gc.major)) / 1000 / r.seconds, 0)}%)`;
console.log('');
console.log('| measure | value |');
console.log('|---|---|');
console.log(
  `| events per second, all calls interleaved (CPU time, best of ${runs}) | ${perSecond(best.interleaved)} |`,
);
console.log(
  `| events per second, the same calls one after another | ${perSecond(best.sequential)} |`,
);
console.log(
  `| interleaved / one after another (CPU time) | ${fmt(best.interleaved.seconds / best.sequential.seconds, 2)} |`,
);
console.log(
  `| calls' worth of events one core keeps up with in real time (interleaved) | ${fmt(callSeconds / best.interleaved.seconds)} |`,
);
console.log(`| garbage collection in those runs, interleaved | ${gcShare(best.interleaved)} |`);
console.log(`| garbage collection, one after another | ${gcShare(best.sequential)} |`);
console.log(
  `| final utterance -> nudge, interleaved, p50 / p99 | ${fmt(percentile(latencies, 0.5), 1)} / ${fmt(percentile(latencies, 0.99), 1)} µs (${fmt(latencies.length)} nudges) |`,
);
if (perCoachKb === undefined) console.log('| heap per live coach | (run with node --expose-gc) |');
else
  console.log(
    `| heap per live coach, ${calls} open at mid-call (after a forced GC) | ${fmt(perCoachKb, 0)} kB |`,
  );
