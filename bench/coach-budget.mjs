// What 1,000,000 events/s on one core leaves for the work of each final utterance.
//   pnpm build && taskset -c 1 node bench/coach-budget.mjs [--hours 2] [--build path/to/core.js]
// On coach.mjs's synthetic call, the least CPU time of several whole calls of: the whole
// coach; a coach fed only the events that are not final utterances (partials, prosody
// windows, VAD segments, ticks, signals); and the built-in analyzer alone on the finals'
// texts. What the target leaves for the rest of each final's work is printed beside what
// it takes now.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { numberArg, stringArg } from './lib/args.mjs';
import { syntheticCall } from './lib/synthetic-calls.mjs';

const hours = numberArg('hours', 2);
const build = stringArg('build', undefined);
const core = await import(build === undefined ? '@tonvo/core' : pathToFileURL(resolve(build)).href);

const events = syntheticCall({ durationMs: hours * 3600_000, seed: 7 });
const isFinal = (e) => e.type === 'utterance' && e.final;
const others = events.filter((e) => !isFinal(e));
const texts = events.filter(isFinal).map((e) => e.text);

/** The least CPU time, ms, of `runs` calls of `once` after 4 to warm up. */
function least(once, runs = 11) {
  let best = Infinity;
  for (let r = 0; r < runs + 4; r++) {
    const c0 = process.cpuUsage();
    once();
    const used = process.cpuUsage(c0);
    if (r >= 4) best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const feed = (list) => () => {
  const coach = core.createCoach();
  for (const e of list) coach.push(e);
};
const whole = least(feed(events));
const rest = least(feed(others));
const analyzer = core.createBaselineAnalyzer();
const analysis = least(() => {
  for (const t of texts) analyzer.analyze(t);
}, 30);

const budget = events.length / 1000; // ms at 1,000,000 events/s
const perFinalNow = ((whole - rest - analysis) * 1000) / texts.length;
const perFinalBudget = ((budget - rest - analysis) * 1000) / texts.length;
const f = (n, d = 1) =>
  n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
console.log(`coach budget: ${hours} h synthetic call, ${events.length.toLocaleString('en-US')} events (${texts.length.toLocaleString('en-US')} finals), node ${process.version}, one core
| measure | value |
|---|---|
| budget at 1,000,000 events/s | ${f(budget)} ms |
| whole coach | ${f(whole)} ms (${Math.round((events.length / whole) * 1000).toLocaleString('en-US')} events/s) |
| the ${others.length.toLocaleString('en-US')} other events alone | ${f(rest)} ms (${f((rest * 1000) / others.length, 2)} µs each) |
| the built-in analyzer alone on the finals | ${f(analysis)} ms (${f((analysis * 1000) / texts.length, 2)} µs each) |
| the rest of each final's work, now | ${f(perFinalNow)} µs |
| the rest of each final's work, within the budget | ${f(perFinalBudget)} µs (${f(perFinalNow / perFinalBudget, 1)}x less) |`);
