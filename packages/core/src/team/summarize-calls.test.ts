// Team metrics over real reports: the three conversations of the golden replays, run
// through the coach. What each of them holds (read off its report and the transcript):
//   sample-call     customer dips to -0.90 and ends relieved at 0.50 (recovered); 11
//                   nudges, 6 acted on; close judged, only next steps given
//   outage-call     starts at -0.67, ends relieved at 0.79 (improved); 6 nudges, 3 acted
//                   on; a complete close
//   address-change  a calm call that ends relieved (improved); no nudges; a complete close
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCoach } from '../coach/create-coach.js';
import type { CallReport, ConversationEvent, NudgeOutcome } from '../events/types.js';
import { readJsonl } from '../events/jsonl.js';
import { rateOf } from './rates.js';
import { summarizeCalls } from './summarize-calls.js';
import { createTeamTally } from './team-tally.js';

const FILES = {
  'sample-call': '../../../audio-node/samples/sample-call.jsonl',
  'outage-call': '../../test/golden/outage-call.jsonl',
  'address-change': '../../test/golden/address-change.jsonl',
};

async function reportOf(file: string): Promise<CallReport> {
  const coach = createCoach();
  const text = readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8');
  for (const r of readJsonl(text))
    if (r.event !== undefined) coach.push(r.event as ConversationEvent);
  return coach.end();
}

let sample: CallReport;
let outage: CallReport;
let address: CallReport;
beforeAll(async () => {
  [sample, outage, address] = (await Promise.all(Object.values(FILES).map(reportOf))) as [
    CallReport,
    CallReport,
    CallReport,
  ];
});

describe('summarizeCalls over real reports', () => {
  it('reads how the customers felt: arcs, ending well, recovering from a bad start', () => {
    const { overall } = summarizeCalls([sample, outage, address].map((report) => ({ report })));
    expect(overall.cohort).toBe('all');
    expect(overall.calls).toBe(3);
    expect(overall.customer.arcs).toEqual({
      recovered: 1,
      improved: 2,
      declined: 0,
      steady: 0,
      volatile: 0,
    });
    expect(overall.customer.endedWell).toEqual(rateOf(3, 3));
    // Two calls went below -0.25 (the sample call and the outage); both ended above 0.
    expect(overall.customer.recovered).toEqual(rateOf(2, 2));
    expect(overall.customer.meanChange).toBeGreaterThan(0.5);
    const length = (r: CallReport): number => r.endMs - r.startMs;
    expect(overall.meanCallMs).toBeCloseTo(
      (length(sample) + length(outage) + length(address)) / 3,
      6,
    );
    expect(overall.deEscalationsPerCall).toBeCloseTo(2 / 3, 10);
  });

  it('says what coaching changed: nudges acted on, and what followed them', () => {
    const { overall } = summarizeCalls([sample, outage, address].map((report) => ({ report })));
    const n = overall.nudges;
    expect(n.total).toBe(16);
    expect(n.perCall).toBeCloseTo(16 / 3, 10);
    expect(n.acted).toEqual(rateOf(8, 16));
    expect(n.acted.low).toBeCloseTo(0.28, 2);
    expect(n.acted.high).toBeCloseTo(0.72, 2);
    const actedImproved = [...sample.nudges, ...outage.nudges].filter((o) => o.acted && o.improved);
    expect(n.improvedWhenActed).toEqual(rateOf(actedImproved.length, 8));
    expect(n.lift.difference).toBeCloseTo(
      n.improvedWhenActed.rate - n.improvedWhenIgnored.rate,
      10,
    );
    // Per trigger, most nudged first, each trigger's nudges adding up to the total.
    expect(n.byTrigger.reduce((s, t) => s + t.nudges, 0)).toBe(16);
    const counts = n.byTrigger.map((t) => t.nudges);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const frustration = n.byTrigger.find((t) => t.trigger === 'frustration-rising')!;
    expect(frustration.acted.count).toBe(
      [...sample.nudges, ...outage.nudges].filter(
        (o) => o.nudge.trigger === 'frustration-rising' && o.acted,
      ).length,
    );
  });

  it('judges only the closes that happened', () => {
    const { overall } = summarizeCalls([sample, outage, address].map((report) => ({ report })));
    expect(overall.closing.evaluated).toBe(3);
    expect(overall.closing.complete).toEqual(rateOf(2, 3));
    expect(overall.closing.summary).toEqual(rateOf(3, 3));
    expect(overall.closing.nextSteps).toEqual(rateOf(3, 3));
    expect(overall.closing.anythingElse).toEqual(rateOf(2, 3));
    // A close with nothing to sum up counts as summarised and followed up.
    const nothing = {
      ...sample,
      closing: { ...sample.closing, summary: false, nextSteps: false, nothingToSum: true },
    };
    const withNothing = summarizeCalls([nothing, outage, address].map((report) => ({ report })));
    expect(withNothing.overall.closing.summary).toEqual(rateOf(3, 3));
    expect(withNothing.overall.closing.nextSteps).toEqual(rateOf(3, 3));
  });

  it('keeps each cohort apart, by name; calls without one count only overall', () => {
    const team = summarizeCalls([
      { report: sample, cohort: 'week 2' },
      { report: outage, cohort: 'week 1' },
      { report: address },
      { report: address, cohort: 'week 2' },
    ]);
    expect(team.overall.calls).toBe(4);
    expect(team.cohorts.map((c) => [c.cohort, c.calls])).toEqual([
      ['week 1', 1],
      ['week 2', 2],
    ]);
    expect(team.cohorts[0]!.nudges.total).toBe(6);
    expect(team.cohorts[1]!.nudges.total).toBe(10);
  });
});

describe('the playbook of pivots', () => {
  it('holds the hard moments that turned after the agent acted, with their words', () => {
    const { pivots } = summarizeCalls([
      { report: sample, cohort: 'sam' },
      { report: outage, cohort: 'ana' },
      { report: address },
    ]);
    expect(pivots.map((p) => `${p.trigger} ${p.from}->${p.to} ${p.cohort}`)).toEqual([
      'confusion confused->relieved ana',
      'dead-air frustrated->confused ana',
      'long-hold frustrated->relieved sam',
      'monologue frustrated->relieved ana',
    ]);
    const monologue = pivots.find((p) => p.trigger === 'monologue')!;
    expect(monologue.conversation).toBe('outage-call');
    expect(monologue.what).toMatch(
      /^the agent used a suggested phrase: "I'm sorry, that was a lot/,
    );
    // Nudges acted on where the customer only scored a little better, still frustrated,
    // are not pivots (the sample call's acknowledgement of frustration).
    const acknowledged = sample.nudges.find((n) => n.nudge.trigger === 'frustration-rising')!;
    expect(acknowledged).toMatchObject({ acted: true, improved: true, stateAfter: 'frustrated' });
  });

  it('keeps three per trigger, the triggers with most first', () => {
    const outcome = (trigger: string): Partial<NudgeOutcome> => ({
      nudge: { ...sample.nudges[0]!.nudge, trigger },
      acted: true,
      improved: true,
      stateBefore: 'frustrated',
      stateAfter: 'neutral',
    });
    const report = withNudges(sample, [5, outcome('distress')], [2, outcome('confusion')]);
    const { pivots } = summarizeCalls([{ report }]);
    expect(pivots.map((p) => p.trigger)).toEqual([
      'distress',
      'distress',
      'distress',
      'confusion',
      'confusion',
    ]);
  });
});

/** A report whose nudges are `count` copies of `outcome` (a report of the sample call). */
function withNudges(report: CallReport, ...groups: [number, Partial<NudgeOutcome>][]): CallReport {
  const base = report.nudges[0]!;
  const nudges = groups.flatMap(([count, o]) =>
    Array.from({ length: count }, () => ({ ...base, ...o })),
  );
  return { ...report, nudges };
}

describe('the coaching lift', () => {
  it('is the improvement after nudges acted on minus after those ignored, with its interval', () => {
    const report = withNudges(
      sample,
      [40, { acted: true, improved: true }],
      [10, { acted: true, improved: false }],
      [15, { acted: false, improved: true }],
      [35, { acted: false, improved: false }],
    );
    const { nudges } = summarizeCalls([{ report }]).overall;
    expect(nudges.improvedWhenActed).toEqual(rateOf(40, 50));
    expect(nudges.improvedWhenIgnored).toEqual(rateOf(15, 50));
    expect(nudges.lift.difference).toBeCloseTo(0.5, 10);
    // 0.8 against 0.3 on 50 each is no accident: the interval stays above 0.
    expect(nudges.lift.low).toBeGreaterThan(0.3);
    expect(nudges.lift.high).toBeLessThan(0.7);
  });

  it('spans 0 when there are too few nudges to tell', () => {
    const report = withNudges(
      sample,
      [2, { acted: true, improved: true }],
      [1, { acted: false, improved: false }],
      [1, { acted: false, improved: true }],
    );
    const { lift } = summarizeCalls([{ report }]).overall.nudges;
    expect(lift.difference).toBeCloseTo(0.5, 10);
    expect(lift.low).toBeLessThan(0);
    expect(lift.high).toBeGreaterThan(0);
  });
});

describe('outcomes measured outside Tonvo', () => {
  it('are summarised and set against how the customer ended', () => {
    const calls = [sample, outage, address, sample, outage].map((report, i) => ({
      report,
      // CSAT that tracks the end score; resolved on the first contact on three calls.
      outcomes: {
        csat: 1 + 4 * report.trajectories.find((t) => t.speaker === 'customer')!.endScore,
        ...(i < 4 ? { fcr: i !== 1 } : {}),
      },
    }));
    const [csat, fcr] = summarizeCalls(calls).overall.outcomes;
    expect(csat!.name).toBe('csat');
    expect(csat!.n).toBe(5);
    expect(csat!.withEndScore.r).toBeCloseTo(1, 10);
    expect(fcr!.name).toBe('fcr');
    expect(fcr!.n).toBe(4);
    expect(fcr!.mean).toBe(0.75);
    expect(fcr!.withEndScore.r).toBeLessThan(0);
  });
});

describe('bad input', () => {
  it.each([
    ['not an array', {}, 'calls'],
    ['a call that is not an object', [1], 'calls[0]'],
    [
      'a report without trajectories',
      [{ report: { conversation: 'c', startMs: 0, endMs: 1, deEscalations: 0 } }],
      'calls[0].report.trajectories',
    ],
    ['a nudge outcome without acted', 'acted', 'calls[1].report.nudges[0].acted'],
    ['an outcome that is text', 'outcome', 'calls[1].outcomes.csat'],
    ['an empty cohort', 'cohort', 'calls[1].cohort'],
  ])('%s is an invalid-event naming the field', (_, input, field) => {
    const calls =
      input === 'acted'
        ? [
            { report: sample },
            { report: { ...sample, nudges: [{ ...sample.nudges[0], acted: 'yes' }] } },
          ]
        : input === 'outcome'
          ? [{ report: sample }, { report: sample, outcomes: { csat: 'great' } }]
          : input === 'cohort'
            ? [{ report: sample }, { report: sample, cohort: '' }]
            : input;
    expect(() => summarizeCalls(calls as never)).toThrow(
      expect.objectContaining({ code: 'invalid-event', field }),
    );
  });

  it('no calls give empty figures, not an error', () => {
    const { overall, cohorts } = summarizeCalls([]);
    expect(overall.calls).toBe(0);
    expect(overall.customer.endedWell.of).toBe(0);
    expect(Number.isNaN(overall.customer.endedWell.rate)).toBe(true);
    expect(cohorts).toEqual([]);
  });
});

describe('createTeamTally', () => {
  it('gives the summary of summarizeCalls, a call at a time', () => {
    const calls = [
      { report: sample, cohort: 'sam', outcomes: { csat: 3 } },
      { report: outage, cohort: 'ana', outcomes: { csat: 5, fcr: true } },
      { report: address, outcomes: { csat: 4, fcr: false } },
      { report: sample, cohort: 'ana', outcomes: { csat: 2, fcr: false } },
    ];
    const tally = createTeamTally();
    for (const call of calls) tally.add(call);
    expect(tally.calls).toBe(4);
    expect(tally.summary()).toEqual(summarizeCalls(calls));
  });

  it('refuses a bad call whole, naming the field, and goes on', () => {
    const tally = createTeamTally();
    tally.add({ report: sample });
    const bad = { ...sample, nudges: [...sample.nudges, { ...sample.nudges[0]!, acted: 'yes' }] };
    expect(() => tally.add({ report: bad as never }, 'reports[1]')).toThrow(
      expect.objectContaining({ field: `reports[1].report.nudges[${sample.nudges.length}].acted` }),
    );
    tally.add({ report: outage });
    expect(tally.calls).toBe(2);
    expect(tally.summary().overall.nudges.total).toBe(sample.nudges.length + outage.nudges.length);
  });
});
