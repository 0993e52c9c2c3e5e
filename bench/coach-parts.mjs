// Where the coach's time goes on the 4 h synthetic call of coach.mjs, in two tables.
//   pnpm build && taskset -c 1 node bench/coach-parts.mjs [--hours 4] [--runs 12]
// 1. The whole call with the coach's optional parts switched off (the built-in triggers,
//    redaction), each setting run in turn in one process, the least time of each.
// 2. The whole call with the events of one type left out, and with finals (and signals)
//    alone: what each type of event costs in the mix, which timing each push on its own
//    (as coach.mjs's per-type table does) overstates for the cheap ones.
// 3. How much slower the baseline text analyzer runs inside a coach than on its own, and
//    how much of that the events between finals (partials, prosody, ticks, VAD) account
//    for. Every analyze() call is timed the same way in all three settings (one clock
//    read on each side, inside a wrapper analyzer), so the clock's cost is in each alike.
import { createBaselineAnalyzer, createCoach } from '@tonvo/core';
import { numberArg } from './lib/args.mjs';
import { mixOf, syntheticCall } from './lib/synthetic-calls.mjs';

const hours = numberArg('hours', 4);
const runs = numberArg('runs', 12);
const all = syntheticCall({ durationMs: hours * 3600_000, seed: 7 });
const isFinal = (e) => e.type === 'utterance' && e.final;
const finalsOnly = all.filter((e) => isFinal(e) || e.type === 'signal');
const texts = all.filter(isFinal).map((e) => e.text);

/** A baseline analyzer that adds the time of each call to `clock.ns`. */
function timedAnalyzer(clock) {
  const inner = createBaselineAnalyzer();
  return {
    id: inner.id,
    analyze(text) {
      const t0 = process.hrtime.bigint();
      const a = inner.analyze(text);
      clock.ns += process.hrtime.bigint() - t0;
      return a;
    },
  };
}

/** The least, over `runs` runs after two to warm up, of what `once` returns. */
function least(once) {
  let best = { analyzeUs: Infinity, wholeUs: Infinity };
  for (let r = 0; r < runs + 2; r++) {
    const m = once();
    if (r >= 2 && m.analyzeUs < best.analyzeUs) best = m;
  }
  return best;
}

const alone = () => {
  const clock = { ns: 0n };
  const a = timedAnalyzer(clock);
  for (const t of texts) a.analyze(t);
  return { analyzeUs: Number(clock.ns) / 1e3 / texts.length, wholeUs: NaN };
};

/** Pushes `events` into a new coach made with `options`: nanoseconds for all of them. */
function timeCall(events, options) {
  const coach = createCoach(options);
  coach.on('error', (e) => {
    throw e;
  });
  const t0 = process.hrtime.bigint();
  for (const e of events) coach.push(e);
  return process.hrtime.bigint() - t0;
}

const inCoach = (events) => () => {
  const clock = { ns: 0n };
  const wholeNs = timeCall(events, { analyzer: timedAnalyzer(clock) });
  return {
    analyzeUs: Number(clock.ns) / 1e3 / texts.length,
    wholeUs: Number(wholeNs) / 1e3 / texts.length,
  };
};

const settings = [
  ['the whole coach', {}],
  ['without the built-in triggers', { builtInTriggers: false }],
  ['without redaction', { redact: false }],
  ['without either', { builtInTriggers: false, redact: false }],
];
const kindOf = (e) => (e.type === 'utterance' ? (e.final ? 'final' : 'partial') : e.type);
const leftOut = [
  ...['prosody', 'partial', 'tick', 'vad'].map((kind) => ({
    kind,
    events: all.filter((e) => kindOf(e) !== kind),
  })),
  { kind: 'all but finals and signals', events: finalsOnly },
];
// Every call run in turn, round after round, in one process: the least time of each.
const calls = [
  ...settings.map(([, options]) => [all, options]),
  ...leftOut.map(({ events }) => [events, {}]),
];
const leastMs = calls.map(() => Infinity);
for (let r = 0; r < runs + 2; r++) {
  calls.forEach(([events, options], k) => {
    const ms = Number(timeCall(events, options)) / 1e6;
    if (r >= 2) leastMs[k] = Math.min(leastMs[k], ms);
  });
}
const partsMs = leastMs.slice(0, settings.length);
const wholeMs = partsMs[0];
const leftOutMs = leastMs.slice(settings.length);

const rows = [
  ['alone, the same texts in call order', least(alone)],
  ['in a coach fed only the finals (and signals)', least(inCoach(finalsOnly))],
  ['in a coach fed the whole call', least(inCoach(all))],
];
const f = (v) => (Number.isNaN(v) ? '-' : `${v.toFixed(2)} µs`);
const mix = Object.entries(mixOf(all))
  .map(([k, v]) => `${k} ${v}`)
  .join(', ');
console.log(
  `where the coach's time goes: ${hours} h synthetic call (${mix}), node ${process.version}`,
);
console.log(`least of ${runs} runs each (after 2 to warm up)\n`);
console.log('| coach | whole call | events/s | share of the whole coach |');
console.log('|---|---|---|---|');
settings.forEach(([name], k) => {
  const ms = partsMs[k];
  console.log(
    `| ${name} | ${ms.toFixed(1)} ms | ${Math.round(all.length / (ms / 1000)).toLocaleString('en-US')} | ${((100 * ms) / partsMs[0]).toFixed(0)}% |`,
  );
});
console.log('\nthe whole coach, with the events of one type left out:\n');
console.log('| events left out | events | whole call | cost of one such event in the mix |');
console.log('|---|---|---|---|');
leftOut.forEach(({ kind, events }, k) => {
  const n = all.length - events.length;
  const ms = leftOutMs[k];
  console.log(
    `| ${kind} | ${n.toLocaleString('en-US')} | ${ms.toFixed(1)} ms | ${(((wholeMs - ms) * 1000) / n).toFixed(2)} µs |`,
  );
});
console.log('\nthe baseline analyzer, per final utterance:\n');
console.log('| analyzer | analyze() | whole coach, all events |');
console.log('|---|---|---|');
for (const [name, m] of rows) console.log(`| ${name} | ${f(m.analyzeUs)} | ${f(m.wholeUs)} |`);
