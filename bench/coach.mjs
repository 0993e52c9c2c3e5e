// Coach throughput and latency on a long synthetic call mix.
//   pnpm build && node --expose-gc bench/coach.mjs [--hours 8]
// Prints events per second on one core (whole coach: validation, redaction, baseline
// analysis, state machine, 20 triggers, playbook, adoption, report) and the time from
// pushing a final utterance to the nudge it causes (p50/p99), with vader-sentiment's
// cost per utterance alongside for scale.
import os from 'node:os';
import { createCoach, percentile } from '@tonvo/core';
import vader from 'vader-sentiment';
import { numberArg } from './lib/args.mjs';
import { nudgeLatency } from './lib/nudge-latency.mjs';
import { mixOf, syntheticCall } from './lib/synthetic-calls.mjs';

const hours = numberArg('hours', 8);
const events = syntheticCall({ durationMs: hours * 3600_000, seed: 7 });
const mix = mixOf(events);
const finals = events.filter((e) => e.type === 'utterance' && e.final);

function runOnce() {
  const coach = createCoach();
  let nudges = 0;
  coach.on('nudge', () => nudges++);
  coach.on('error', (e) => {
    throw e;
  });
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const e of events) coach.push(e);
  const t1 = process.hrtime.bigint();
  const c1 = process.cpuUsage(c0);
  // CPU time of this (single-threaded) process: what one core spends, even when the
  // machine is busy with other work; wall time is printed alongside.
  return { seconds: (c1.user + c1.system) / 1e6, wall: Number(t1 - t0) / 1e9, nudges, coach };
}

// Warm up (the JIT keeps improving for a few whole calls, as in a server that has been
// up a while), then measure the best of 5 whole runs.
for (let i = 0; i < 4; i++) runOnce();
const runs = Array.from({ length: 5 }, runOnce);
const best = runs.reduce((a, b) => (a.seconds < b.seconds ? a : b));
const report = await best.coach.end();
const heapMb = process.memoryUsage().heapUsed / 1e6;

// Latency: final utterance pushed -> its nudge emitted (synchronous with the baseline analyzer).
const latency = nudgeLatency();
{
  const coach = createCoach();
  coach.on('nudge', latency.onNudge);
  for (const e of events) latency.push(coach, e);
}
const latencies = latency.sorted();
const pct = (p) => percentile(latencies, p / 100);

// Where the time goes: each event timed on its own (the timer's own cost, measured on
// an empty pair of reads, is taken off), summed per event type, on a warm coach.
const perType = {};
{
  const clock = process.hrtime.bigint;
  let empty = 0n;
  for (let i = 0; i < 100_000; i++) {
    const a = clock();
    empty += clock() - a;
  }
  const timerNs = Number(empty) / 100_000;
  for (let round = 0; round < 3; round++) {
    const coach = createCoach();
    for (const e of events) {
      const k = e.type === 'utterance' ? (e.final ? 'final' : 'partial') : e.type;
      const a = clock();
      coach.push(e);
      const ns = Number(clock() - a) - timerNs;
      if (round < 2) continue; // the first two rounds warm up
      const t = (perType[k] ??= { ns: 0, n: 0 });
      t.ns += ns;
      t.n++;
    }
  }
}

// Memory over a long call (with --expose-gc): the heap after a forced GC at every hour
// of call time, while one coach takes the whole call. The events themselves are
// generated up front and held throughout, so growth is the coach's.
const heapByHour = [];
const gc = globalThis.gc;
if (typeof gc === 'function') {
  const coach = createCoach();
  gc();
  const base = process.memoryUsage().heapUsed;
  let nextHour = 3600_000;
  for (const e of events) {
    const t = e.type === 'tick' || e.type === 'signal' ? e.atMs : e.endMs;
    if (t >= nextHour) {
      gc();
      heapByHour.push({
        hour: nextHour / 3600_000,
        mb: (process.memoryUsage().heapUsed - base) / 1e6,
      });
      nextHour += 3600_000;
    }
    coach.push(e);
  }
  await coach.end();
  gc();
  heapByHour.push({ hour: 'end', mb: (process.memoryUsage().heapUsed - base) / 1e6 });
}

// For scale: vader-sentiment alone on the same final utterances.
const texts = finals.map((e) => e.text);
for (const t of texts.slice(0, 2000)) vader.SentimentIntensityAnalyzer.polarity_scores(t);
const v0 = process.hrtime.bigint();
for (const t of texts) vader.SentimentIntensityAnalyzer.polarity_scores(t);
const vaderUs = Number(process.hrtime.bigint() - v0) / 1000 / texts.length;

const perFinalUs = (best.seconds * 1e6) / finals.length;
const fmt = (n, d = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${os.cpus().length} cores`,
);
console.log(
  `coach benchmark: ${hours} h synthetic call, ${fmt(events.length)} events, node ${process.version}, one core`,
);
console.log(
  `event mix: ${Object.entries(mix)
    .map(([k, v]) => `${k} ${fmt(v)}`)
    .join(', ')}`,
);
console.log('');
console.log(`| measure | value |`);
console.log(`|---|---|`);
console.log(
  `| events per second, one core (CPU time, best of 5) | ${fmt(events.length / best.seconds)} |`,
);
console.log(`| events per second, wall clock (same run) | ${fmt(events.length / best.wall)} |`);
console.log(
  `| whole ${hours} h call processed in | ${fmt(best.seconds * 1000, 1)} ms (${fmt((hours * 3600) / best.seconds)}x real time) |`,
);
console.log(
  `| final utterance -> nudge, p50 | ${fmt(pct(50), 1)} µs (${latencies.length} nudges) |`,
);
console.log(`| final utterance -> nudge, p99 | ${fmt(pct(99), 1)} µs |`);
console.log(`| coach time per final utterance (all events included) | ${fmt(perFinalUs, 1)} µs |`);
console.log(
  `| vader-sentiment alone per utterance | ${fmt(vaderUs, 1)} µs (coach/vader ${fmt(perFinalUs / vaderUs, 2)}) |`,
);
console.log(
  `| nudges, triggers in the report | ${best.nudges}, ${report.triggers.length} kept of ${report.triggerCounts.reduce((a, c) => a + c.count, 0)} |`,
);
console.log(`| heap after the run | ${fmt(heapMb, 1)} MB |`);
console.log('');
if (heapByHour.length === 0) console.log('(run with node --expose-gc for the heap over the call)');
else {
  console.log('| call time | coach heap, MB above the start (after a forced GC) |');
  console.log('|---|---|');
  for (const h of heapByHour)
    console.log(`| ${h.hour === 'end' ? 'after end()' : `${h.hour} h`} | ${fmt(h.mb, 2)} |`);
}
console.log('');
console.log('| event type | events | µs per event (wall) | share of the time |');
console.log('|---|---|---|---|');
const allNs = Object.values(perType).reduce((a, t) => a + t.ns, 0);
for (const [k, t] of Object.entries(perType).sort((a, b) => b[1].ns - a[1].ns))
  console.log(
    `| ${k} | ${fmt(t.n)} | ${fmt(t.ns / t.n / 1000, 2)} | ${fmt((100 * t.ns) / allNs, 1)}% |`,
  );
