import {
  formatClock,
  formatDuration,
  rateDifference,
  type CohortSummary,
  type Rate,
  type RateDifference,
  type TeamSummary,
} from '@tonvo/core';
import type { Style } from './ansi.js';

const pct = (v: number): string => `${Math.round(v * 100)}%`;

/** "7/9 = 78% (45-94%)", or "none" for no cases. */
function rate(r: Rate): string {
  if (r.of === 0) return 'none';
  return `${r.count}/${r.of} = ${pct(r.rate)} (${pct(r.low)}-${pct(r.high)})`;
}

/** "+24 points (-3 to +51)". */
function points(d: RateDifference): string {
  if (Number.isNaN(d.difference)) return 'no cases on one side';
  const p = (v: number): string => `${v >= 0 ? '+' : ''}${Math.round(v * 100)}`;
  return `${p(d.difference)} points (${p(d.low)} to ${p(d.high)})`;
}

const num = (v: number, digits = 1): string => (Number.isNaN(v) ? '-' : v.toFixed(digits));

/** One cohort's figures, a line each. */
function cohortLines(c: CohortSummary, style: Style): string[] {
  const arcs = Object.entries(c.customer.arcs)
    .filter(([, n]) => n > 0)
    .map(([arc, n]) => `${arc} ${n}`)
    .join(', ');
  const lines = [
    style.bold(
      `${c.cohort === 'all' ? 'All calls' : c.cohort}: ${c.calls} call${c.calls === 1 ? '' : 's'}` +
        (c.calls > 0 ? `, ${formatDuration(c.meanCallMs)} on average` : ''),
    ),
    `  customer ended well        ${rate(c.customer.endedWell)}`,
    `  recovered after a low      ${rate(c.customer.recovered)}`,
    `  customer arcs              ${arcs || '-'}`,
    `  score start -> end         ${num(c.customer.meanStartScore, 2)} -> ${num(c.customer.meanEndScore, 2)}`,
    `  de-escalations per call    ${num(c.deEscalationsPerCall)}`,
    `  nudges per call            ${num(c.nudges.perCall)}`,
    `  acted on                   ${rate(c.nudges.acted)}`,
    `  improved when acted on     ${rate(c.nudges.improvedWhenActed)}`,
    `  improved when not          ${rate(c.nudges.improvedWhenIgnored)}`,
    `  coaching lift              ${points(c.nudges.lift)}`,
    `  complete closes            ${rate(c.closing.complete)}`,
    `  agent talk share           ${Number.isNaN(c.talk.agentTalkRatio) ? '-' : pct(c.talk.agentTalkRatio)}`,
    `  agent words per minute     ${num(c.talk.agentWordsPerMinute, 0)}`,
  ];
  for (const o of c.outcomes) {
    const r = o.withEndScore;
    const corr = Number.isNaN(r.r)
      ? ''
      : `, r with end score ${num(r.r, 2)}${Number.isNaN(r.low) ? '' : ` (${num(r.low, 2)} to ${num(r.high, 2)})`}`;
    lines.push(`  ${`outcome ${o.name}`.padEnd(26)} mean ${num(o.mean, 2)} over ${o.n}${corr}`);
  }
  const top = c.nudges.byTrigger.slice(0, 5);
  if (top.length > 0) {
    lines.push(style.dim('  by trigger (nudges, acted on, improved when acted on / not):'));
    for (const t of top) {
      lines.push(
        style.dim(
          `    ${t.trigger.padEnd(20)} ${String(t.nudges).padStart(4)}  ${rate(t.acted)}  ${
            t.improvedWhenActed.of === 0 ? '-' : pct(t.improvedWhenActed.rate)
          } / ${t.improvedWhenIgnored.of === 0 ? '-' : pct(t.improvedWhenIgnored.rate)}`,
        ),
      );
    }
  }
  return lines;
}

/** Two cohorts side by side: the difference of each main share, with its interval. */
function comparison(a: CohortSummary, b: CohortSummary, style: Style): string {
  const rows: [string, Rate, Rate][] = [
    ['customer ended well', a.customer.endedWell, b.customer.endedWell],
    ['recovered after a low', a.customer.recovered, b.customer.recovered],
    ['nudges acted on', a.nudges.acted, b.nudges.acted],
    ['improved when acted on', a.nudges.improvedWhenActed, b.nudges.improvedWhenActed],
    ['complete closes', a.closing.complete, b.closing.complete],
  ];
  return [
    style.bold(`${a.cohort} against ${b.cohort} (difference in points, 95% interval)`),
    ...rows.map(([label, x, y]) => `  ${label.padEnd(26)} ${points(rateDifference(x, y))}`),
  ].join('\n');
}

/**
 * Team metrics for people: every call together, then each cohort. Shares come with
 * their 95% intervals: a cohort of a few calls shows how little it says.
 */
export function formatTeam(team: TeamSummary, style: Style): string {
  const blocks = [team.overall, ...team.cohorts].map((c) => cohortLines(c, style).join('\n'));
  if (team.cohorts.length === 2) blocks.push(comparison(team.cohorts[0]!, team.cohorts[1]!, style));
  if (team.pivots.length > 0) {
    blocks.push(
      [
        style.bold('Pivots that worked, to share'),
        ...team.pivots.map(
          (p) =>
            `  ${p.trigger.padEnd(20)} ${p.conversation} at ${formatClock(p.atMs)}${
              p.cohort === undefined ? '' : ` (${p.cohort})`
            }, ${p.from} -> ${p.to}: ${p.what}`,
        ),
      ].join('\n'),
    );
  }
  return blocks.join('\n\n');
}
