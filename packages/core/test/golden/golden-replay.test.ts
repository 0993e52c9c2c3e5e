import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createCoach } from '../../src/coach/create-coach.js';
import { readJsonl, toJsonl } from '../../src/events/jsonl.js';
import type { CallReport, CoachOutputEvent, ConversationEvent } from '../../src/events/types.js';
import { formatClock } from '../../src/report/format-clock.js';

// Golden replays: each conversation's coaching (states, triggers, nudges, report) is
// compared with a checked-in recording. After an intended change to the coach, run
// `UPDATE_GOLDEN=1 pnpm exec vitest run --project core test/golden` and review the diff.
const CONVERSATIONS: Record<string, string> = {
  'sample-call': fileURLToPath(
    new URL('../../../audio-node/samples/sample-call.jsonl', import.meta.url),
  ),
  'outage-call': fileURLToPath(new URL('./outage-call.jsonl', import.meta.url)),
  'address-change': fileURLToPath(new URL('./address-change.jsonl', import.meta.url)),
};

interface Replay {
  readonly outputs: CoachOutputEvent[];
  readonly report: CallReport;
}

async function replay(name: string): Promise<Replay> {
  const coach = createCoach({ values: name === 'sample-call' ? { customerName: 'Dana' } : {} });
  const outputs: CoachOutputEvent[] = [];
  coach.on('output', (e) => {
    if (e.type !== 'sentiment') outputs.push(e);
  });
  for (const r of readJsonl(readFileSync(CONVERSATIONS[name]!, 'utf8'))) {
    expect(r.error).toBeUndefined();
    coach.push(r.event as ConversationEvent);
  }
  return { outputs, report: await coach.end() };
}

const nudges = (r: Replay): string[] =>
  r.outputs.flatMap((e) => (e.type === 'nudge' ? [`${formatClock(e.atMs)} ${e.trigger}`] : []));
const customerStates = (r: Replay): string[] =>
  r.outputs.flatMap((e) => (e.type === 'state' && e.speaker === 'customer' ? [e.to] : []));

describe('golden replays', () => {
  for (const name of Object.keys(CONVERSATIONS)) {
    it(`${name} gives exactly the recorded coaching`, async () => {
      const golden = fileURLToPath(new URL(`./${name}.golden.jsonl`, import.meta.url));
      const actual = (await replay(name)).outputs.map((e) => toJsonl(e)).join('\n') + '\n';
      if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(golden, actual);
      else if (!existsSync(golden)) {
        throw new Error(
          `no golden recording at ${golden}: run with UPDATE_GOLDEN=1 to write it, then review it`,
        );
      }
      expect(actual).toBe(readFileSync(golden, 'utf8'));
    });
  }

  it('sample call: the nudges a demanding team lead would want, in order', async () => {
    const r = await replay('sample-call');
    expect(nudges(r)).toEqual([
      '0:22 billing-discrepancy',
      '0:36 jargon',
      '0:42 confusion',
      '0:54 pace-too-fast',
      '1:06 policy-limitation',
      '1:14 frustration-rising',
      // The worry at 1:19 waits behind frustration-rising; by 1:26 the agent has said
      // "I understand, and I'm sorry about this": the distress nudge is not shown late.
      '1:32 transfer-request',
      // No hold nudge: the agent asked for "a brief hold while I check with my supervisor".
      '2:46 long-hold',
      '3:08 positive-moment',
      '3:17 closing-checklist',
    ]);
    // Confusion is told apart from frustration; the customer recovers to relief. The
    // hold does not calm them: frustration is taken up after it where it was left.
    expect(customerStates(r)).toEqual(['confused', 'frustrated', 'relieved']);
    const customer = r.report.trajectories.find((t) => t.speaker === 'customer')!;
    expect(customer.arc).toBe('recovered');
    // The resolution stated after the hold ("I was able to refund the duplicate charge...
    // You'll see the sixty five dollars back", "I've also added a note") sums up; the
    // close has no "anything else?".
    expect(r.report.closing).toEqual({
      summary: true,
      nextSteps: true,
      anythingElse: false,
      evaluated: true,
      nothingToSum: false,
    });
    expect(r.report.moments.map((m) => m.text)).toContain(
      "At 1:14 the customer's tone turned frustrated; you acknowledged it within 12 s; by 3:08 they were relieved.",
    );
    const frustration = r.report.nudges.find((n) => n.nudge.trigger === 'frustration-rising')!;
    expect(frustration).toMatchObject({ acted: true, improved: true, stateBefore: 'frustrated' });
  });

  it('outage call: talking over, dead air and a monologue are caught, and the turnaround counts', async () => {
    const r = await replay('outage-call');
    expect(nudges(r).map((n) => n.split(' ')[1])).toEqual([
      'frustration-rising',
      'overtalk',
      'dead-air',
      'monologue',
      'confusion',
      'positive-moment',
    ]);
    expect(customerStates(r)).toEqual(['frustrated', 'confused', 'neutral', 'relieved']);
    expect(r.report.closing).toEqual({
      summary: true,
      nextSteps: true,
      anythingElse: true,
      evaluated: true,
      nothingToSum: false,
    });
    expect(r.report.deEscalations).toBe(1);
    expect(r.report.talk.overtalkMs).toBeGreaterThan(1500);
  });

  it('a calm call with a complete close gets no nudges', async () => {
    const r = await replay('address-change');
    expect(nudges(r)).toEqual([]);
    expect(r.report.closing).toEqual({
      summary: true,
      nextSteps: true,
      anythingElse: true,
      evaluated: true,
      nothingToSum: false,
    });
  });
});
