import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJsonl, type CallReport, type TeamSummary } from '@tonvo/core';
import { tonvo } from '../../../test/cli-harness.js';

const SAMPLE = fileURLToPath(new URL('../../../samples/sample-call.jsonl', import.meta.url));
const OUTAGE = fileURLToPath(
  new URL('../../../../core/test/golden/outage-call.jsonl', import.meta.url),
);

// What `tonvo replay` wrote for two calls, each replayed on its own: every event, the
// reports last (the team command skips all but the reports).
let replayed: string;
let reports: CallReport[];
let dir: string;
beforeAll(async () => {
  const outs = await Promise.all(
    [SAMPLE, OUTAGE].map((f) => tonvo(['replay', f, '--format', 'jsonl'])),
  );
  replayed = outs.map((o) => o.stdout).join('');
  reports = [...readJsonl(replayed, { outputs: true })]
    .map((r) => r.event!)
    .filter((e) => e.type === 'report') as unknown as CallReport[];
  dir = mkdtempSync(join(tmpdir(), 'tonvo-team-'));
});

const callsFile = (lines: string[]): string => {
  const path = join(dir, `calls-${lines.length}-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};

describe('tonvo team', () => {
  it("rolls the calls' reports up, by the cohort --calls gives each call", async () => {
    const calls = callsFile([
      '{"conversation":"sample-call","agent":"sam","outcomes":{"csat":3,"fcr":false}}',
      '{"conversation":"outage-call","agent":"ana","outcomes":{"csat":5,"fcr":true}}',
    ]);
    const r = await tonvo(
      ['team', '-', '--calls', calls, '--by', 'agent', '--format', 'json'],
      replayed,
    );
    expect(r.code).toBe(0);
    const team = JSON.parse(r.stdout) as TeamSummary;
    expect(team.overall.calls).toBe(2);
    expect(team.overall.nudges.total).toBe(reports[0]!.nudges.length + reports[1]!.nudges.length);
    expect(team.cohorts.map((c) => [c.cohort, c.calls, c.nudges.total])).toEqual([
      ['ana', 1, reports[1]!.nudges.length],
      ['sam', 1, reports[0]!.nudges.length],
    ]);
    expect(team.overall.outcomes.map((o) => [o.name, o.n, o.mean])).toEqual([
      ['csat', 2, 4],
      ['fcr', 2, 0.5],
    ]);
    expect(r.stderr).toBe('tonvo team: 2 call(s)\n');
    // Two cohorts are set side by side.
    const pretty = await tonvo(['team', '-', '--calls', calls, '--by', 'agent'], replayed);
    expect(pretty.stdout).toContain('ana against sam (difference in points, 95% interval)');
    expect(pretty.stdout).toMatch(/nudges acted on +[+-]\d+ points \([+-]\d+ to [+-]\d+\)/);
  });

  it('groups by a number or a yes/no field as its text', async () => {
    const calls = callsFile([
      '{"conversation":"sample-call","week":48,"coached":true}',
      '{"conversation":"outage-call","week":49,"coached":false}',
    ]);
    for (const [by, names] of [
      ['week', ['48', '49']],
      ['coached', ['false', 'true']],
    ] as const) {
      const r = await tonvo(
        ['team', '-', '--calls', calls, '--by', by, '--format', 'json'],
        replayed,
      );
      expect((JSON.parse(r.stdout) as TeamSummary).cohorts.map((c) => c.cohort)).toEqual(names);
    }
  });

  it('prints the figures for people, each share with its interval', async () => {
    const r = await tonvo(['team', '-'], replayed);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('All calls: 2 calls');
    expect(r.stdout).toMatch(/customer ended well +2\/2 = 100% \(34%-100%\)/);
    expect(r.stdout).toMatch(/coaching lift +[+-]\d+ points \([+-]\d+ to [+-]\d+\)/);
    expect(r.stdout).toContain('by trigger');
    expect(r.stdout).toContain('Pivots that worked, to share');
    expect(r.stdout).toMatch(
      /monologue +outage-call at 1:09, frustrated -> relieved: the agent used a suggested phrase: "I'm sorry, that was a lot/,
    );
  });

  it('reads a binary recording of the reports as well', async () => {
    const bin = await tonvo(['replay', SAMPLE, '--format', 'binary']);
    const path = join(dir, 'sample.tonvo');
    writeFileSync(path, bin.stdoutBytes);
    const r = await tonvo(['team', path, '--format', 'json']);
    expect((JSON.parse(r.stdout) as TeamSummary).overall.nudges.total).toBe(
      reports[0]!.nudges.length,
    );
  });

  it('leaves out lines it cannot read, naming the file and line, and goes on', async () => {
    const calls = callsFile([
      '{"conversation":"sample-call","agent":["sam"]}',
      'not json',
      '{"conversation":"outage-call","agent":"ana"}',
    ]);
    const input = `${replayed}{"type":"report","conversation":"broken"}\n`;
    const r = await tonvo(['team', '-', '--calls', calls, '--by', 'agent', '--strict'], input);
    expect(r.code).toBe(1);
    const lines = readFileSync(calls, 'utf8').split('\n');
    expect(lines).toHaveLength(4);
    expect(r.stderr).toContain(`${calls} line 2: invalid-json`);
    expect(r.stderr).toContain(
      `${calls} line 1: invalid-event: call.cohort: must be a non-empty string, got an array`,
    );
    expect(r.stderr).toMatch(
      /line \d+: invalid-event: call\.report\.startMs: must be a finite number/,
    );
    expect(r.stderr).toContain('tonvo team: 2 call(s), 3 line(s) left out');
  });

  it('refuses --by without --calls', async () => {
    const r = await tonvo(['team', '-', '--by', 'agent'], replayed);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--by: needs --calls');
  });
});
