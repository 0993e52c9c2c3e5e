// How much slower the baseline text analyzer runs inside a coach than on its own, on the
// finals of the 4 h synthetic call of coach.mjs, and how much of that the events between
// finals (partials, prosody, ticks, VAD) account for.
//   pnpm build && taskset -c 1 node bench/coach-analyzer.mjs [--hours 4] [--runs 12]
// Every analyze() call is timed the same way in all three settings (one clock read on
// each side, inside a wrapper analyzer), so the clock's own cost is in each figure alike.
import { createBaselineAnalyzer, createCoach } from '@tonvo/core';
import { mixOf, syntheticCall } from './lib/synthetic-calls.mjs';

const arg = (name, d) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? d : Number(process.argv[i + 1]);
};
const hours = arg('hours', 4);
const runs = arg('runs', 12);
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

const inCoach = (events) => () => {
  const clock = { ns: 0n };
  const coach = createCoach({ analyzer: timedAnalyzer(clock) });
  coach.on('error', (e) => {
    throw e;
  });
  const t0 = process.hrtime.bigint();
  for (const e of events) coach.push(e);
  const wholeNs = process.hrtime.bigint() - t0;
  return {
    analyzeUs: Number(clock.ns) / 1e3 / texts.length,
    wholeUs: Number(wholeNs) / 1e3 / texts.length,
  };
};

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
  `baseline analyzer inside the coach: ${hours} h synthetic call (${mix}), node ${process.version}`,
);
console.log(`least of ${runs} runs each (after 2 to warm up); per final utterance\n`);
console.log('| analyzer | analyze() | whole coach, all events |');
console.log('|---|---|---|');
for (const [name, m] of rows) console.log(`| ${name} | ${f(m.analyzeUs)} | ${f(m.wholeUs)} |`);
