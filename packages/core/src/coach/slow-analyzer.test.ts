// An asynchronous text analyzer that is slow, never answers, or fails: the coach keeps
// events in order behind a reading it waits for, and with `analysisTimeoutMs` stops
// waiting once the conversation has moved on that far, reading the utterance with the
// built-in analyzer instead, so a live call is never held up for good.
import { describe, expect, it } from 'vitest';
import type { TonvoError } from '../errors/tonvo-error.js';
import type { ConversationEvent } from '../events/types.js';
import type { TextAnalysis, TextAnalyzer } from '../perception/text-analyzer.js';
import { createBaselineAnalyzer } from '../perception/baseline/baseline-analyzer.js';
import { agent, customer, events } from '../../test/transcript.js';
import { createCoach, type Coach } from './create-coach.js';

/** A customer who turns frustrated at 10 s, then a call that goes on for a minute. */
const CALL = events(
  customer('Hi, I have a question about my bill.', 0, 2, 'u1'),
  agent('Sure, let me take a look at that for you.', 3, 5, 'u2'),
  customer('This is ridiculous, I have been waiting for weeks and nobody helps!', 8, 10, 'u3'),
  agent('I understand, and I am sorry about that.', 12, 14, 'u4'),
  customer('Okay.', 20, 21, 'u5'),
  agent('Let me check what happened with your refund.', 30, 33, 'u6'),
);

const tick = (atMs: number): ConversationEvent => ({ type: 'tick', atMs });

/**
 * An analyzer whose readings the test hands out: `answer(text)` resolves the pending
 * reading of a text with the built-in analyzer's, `reject(text)` fails it, and texts
 * in `never` are never answered.
 */
function heldAnalyzer(): TextAnalyzer & {
  answer(text: string): void;
  reject(text: string): void;
  pending(): string[];
} {
  const baseline = createBaselineAnalyzer();
  const waiting = new Map<string, [(a: TextAnalysis) => void, (e: unknown) => void]>();
  return {
    id: 'remote@1',
    analyze: (text) =>
      new Promise<TextAnalysis>((resolve, reject) => waiting.set(text, [resolve, reject])),
    answer(text) {
      waiting.get(text)![0](baseline.analyze(text) as TextAnalysis);
      waiting.delete(text);
    },
    reject(text) {
      waiting.get(text)![1](new Error('503 from the sentiment service'));
      waiting.delete(text);
    },
    pending: () => [...waiting.keys()],
  };
}

function watch(coach: Coach): { errors: TonvoError[]; states: string[]; lines: () => string[] } {
  const errors: TonvoError[] = [];
  const states: string[] = [];
  coach.on('error', (e) => errors.push(e));
  coach.on('stateChange', (c) => states.push(`${c.speaker} ${c.to} at ${c.atMs}`));
  return {
    errors,
    states,
    lines: () => coach.getSnapshot().transcript.map((l) => l.id),
  };
}

const flush = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('an analyzer that never answers', () => {
  it('holds the call for good without a timeout: later events wait in order', async () => {
    const analyzer = heldAnalyzer();
    const coach = createCoach({ analyzer });
    const { lines } = watch(coach);
    for (const e of CALL) expect(coach.push(e)).toBe(true);
    await flush();
    // u1's reading is awaited: nothing after it has been processed.
    expect(lines()).toEqual([]);
    analyzer.answer(CALL[0]!.type === 'utterance' ? CALL[0]!.text : '');
    await flush();
    expect(lines()).toEqual(['u1']);
  });

  it('is given up on once the conversation is analysisTimeoutMs past the utterance', async () => {
    const analyzer = heldAnalyzer();
    const coach = createCoach({ analyzer, analysisTimeoutMs: 5000 });
    const { errors, states, lines } = watch(coach);
    for (const e of CALL) coach.push(e);
    await flush();
    // Every utterance whose reading is 5 s overdue by u6 (at 33 s) was read by the
    // built-in analyzer, in order; u6 itself is still awaited.
    expect(lines()).toEqual(['u1', 'u2', 'u3', 'u4', 'u5']);
    expect(errors.map((e) => e.code)).toEqual(Array(5).fill('analyzer-timeout'));
    expect(errors[2]!.message).toBe(
      'the text analyzer "remote@1" gave no reading of utterance "u3" within 5000 ms of conversation time; it was read by the built-in analyzer',
    );
    // The built-in reading still saw u3's frustration.
    expect(states[0]).toBe('customer frustrated at 10000');
    // A clock tick moves the conversation on as well.
    coach.push(tick(38_000));
    expect(lines()).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u6']);
    const report = await coach.end();
    expect(report.triggers.map((t) => t.trigger)).toContain('frustration-rising');
  });

  it('ignores a reading that comes after the coach stopped waiting for it', async () => {
    const analyzer = heldAnalyzer();
    const coach = createCoach({ analyzer, analysisTimeoutMs: 5000 });
    const { errors, lines } = watch(coach);
    const text = CALL[0]!.type === 'utterance' ? CALL[0]!.text : '';
    coach.push(CALL[0]!);
    coach.push(tick(7000));
    expect(lines()).toEqual(['u1']);
    analyzer.answer(text);
    await flush();
    expect(lines()).toEqual(['u1']);
    expect(errors.map((e) => e.code)).toEqual(['analyzer-timeout']);
    await expect(coach.whenIdle()).resolves.toBeUndefined();
  });

  it('does not hold up end(atMs) past the deadline', async () => {
    const analyzer = heldAnalyzer();
    const coach = createCoach({ analyzer, analysisTimeoutMs: 5000 });
    const { errors } = watch(coach);
    for (const e of CALL) coach.push(e);
    const report = await coach.end(60_000);
    expect(errors).toHaveLength(6);
    expect(report.endMs).toBe(60_000);
    expect(coach.getSnapshot().transcript).toHaveLength(6);
  });

  it('keeps what it holds bounded on a long call', async () => {
    const analyzer = heldAnalyzer();
    const coach = createCoach({ analyzer, analysisTimeoutMs: 5000 });
    coach.on('error', () => undefined);
    // An hour: an utterance every 10 s and a tick every second, no reading ever comes.
    for (let t = 0; t < 3600_000; t += 1000) {
      coach.push(tick(t));
      if (t % 10_000 === 0) coach.push(JSON.parse(customer(`Line ${t}`, t / 1000, t / 1000 + 1)));
    }
    await flush();
    // Nothing waits: the last utterance ended at 59:51 and the last tick came 8 s later,
    // so all 360 were read by the built-in analyzer, and the clock is at the last tick.
    const snapshot = coach.getSnapshot();
    expect(snapshot.nowMs).toBe(3_599_000);
    expect(snapshot.counts.errors).toBe(360);
    expect(snapshot.transcript.at(-1)!.text).toBe('Line 3590000');
  });
});

describe('an analyzer that is slow but answers in time', () => {
  it('is waited for, and its reading is used', async () => {
    const analyzer = heldAnalyzer();
    const coach = createCoach({ analyzer, analysisTimeoutMs: 5000 });
    const { errors, lines } = watch(coach);
    coach.push(CALL[0]!);
    coach.push(CALL[1]!);
    coach.push(tick(4000));
    expect(lines()).toEqual([]);
    for (const text of analyzer.pending()) analyzer.answer(text);
    await coach.whenIdle();
    expect(lines()).toEqual(['u1', 'u2']);
    expect(errors).toEqual([]);
  });
});

describe('events pushed while queued ones are processed', () => {
  it('wait their turn: what one event sets off comes out before the next event', async () => {
    const analyzer = heldAnalyzer();
    const coach = createCoach({ analyzer });
    const out: string[] = [];
    coach.on('output', (e) => {
      const phrase = e.type === 'trigger' || e.type === 'nudge' ? e.trigger : '';
      if (phrase === 'billing-discrepancy' || phrase === 'transfer-request') {
        out.push(`${e.type} ${phrase}`);
      }
    });
    // A host that ticks the clock whenever a trigger fires.
    coach.on('trigger', (t) => coach.push(tick(t.atMs)));
    const lines = events(
      customer('Hi, I have a question.', 0, 2, 'u1'),
      customer('I was charged twice for my plan this month.', 3, 6, 'u2'),
      customer('Can I speak to a manager please?', 7, 9, 'u3'),
    );
    for (const e of lines) coach.push(e);
    // The later readings come first: when u1's comes, u2 and u3 are ready behind it.
    for (const text of analyzer.pending().reverse()) analyzer.answer(text);
    await coach.whenIdle();
    expect(out).toEqual([
      'trigger billing-discrepancy',
      'nudge billing-discrepancy',
      'trigger transfer-request',
      'nudge transfer-request',
    ]);
  });
});

describe('an event a listener pushes, with the built-in analyzer', () => {
  it('is processed after the event that called the listener, not in the middle of it', () => {
    const coach = createCoach();
    const out: string[] = [];
    const times: number[] = [];
    coach.on('output', (e) => {
      if (e.type !== 'trigger' && e.type !== 'nudge') return;
      out.push(`${e.type} ${e.trigger} ${e.atMs}`);
      times.push(e.atMs);
    });
    // A host that, on the billing trigger, moves the clock on 10 s.
    let ticked = false;
    coach.on('trigger', (t) => {
      if (t.trigger !== 'billing-discrepancy' || ticked) return;
      ticked = true;
      coach.push(tick(t.atMs + 10_000));
    });
    for (const e of events(
      customer('This is ridiculous, nobody has fixed this in weeks!', 0, 3, 'u1'),
      customer('I was charged twice for my plan this month.', 4, 7, 'u2'),
    ))
      coach.push(e);
    // The billing trigger comes out before what the tick sets off (dead air at 17 s):
    // processed in the middle of it, the tick's outputs came first, out of time order.
    expect(out).toEqual([
      'trigger frustration-rising 3000',
      'nudge frustration-rising 3000',
      'trigger billing-discrepancy 7000',
      'nudge billing-discrepancy 15000',
      'trigger dead-air 17000',
    ]);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe('an analyzer that fails', () => {
  it('is reported, and the utterance is read by the built-in analyzer', async () => {
    const analyzer = heldAnalyzer();
    const coach = createCoach({ analyzer });
    const { errors, states } = watch(coach);
    for (const e of CALL.slice(0, 3)) coach.push(e);
    for (const text of analyzer.pending()) analyzer.reject(text);
    await coach.whenIdle();
    expect(errors.map((e) => e.code)).toEqual(Array(3).fill('analyzer-error'));
    expect(errors[0]!.message).toBe('the text analyzer failed: 503 from the sentiment service');
    expect(states).toEqual(['customer frustrated at 10000']);
  });

  it('that throws is read the same way', () => {
    const coach = createCoach({
      analyzer: {
        id: 'broken@1',
        analyze: () => {
          throw new Error('model not loaded');
        },
      },
    });
    const { errors, states } = watch(coach);
    for (const e of CALL.slice(0, 3)) coach.push(e);
    expect(errors.map((e) => e.code)).toEqual(Array(3).fill('analyzer-error'));
    expect(states).toEqual(['customer frustrated at 10000']);
  });
});

describe('an analyzer that gives a thenable of its own', () => {
  const baseline = createBaselineAnalyzer();

  it('that settles at once is read at once, in order', () => {
    const coach = createCoach({
      analyzer: {
        id: 'sync-thenable@1',
        analyze: (text) =>
          ({
            then: (resolve: (a: TextAnalysis) => void) =>
              resolve(baseline.analyze(text) as TextAnalysis),
          }) as unknown as Promise<TextAnalysis>,
      },
    });
    const { errors, states, lines } = watch(coach);
    for (const e of CALL.slice(0, 3)) expect(coach.push(e)).toBe(true);
    expect(lines()).toEqual(['u1', 'u2', 'u3']);
    expect(states).toEqual(['customer frustrated at 10000']);
    expect(errors).toEqual([]);
  });

  it('whose then() throws is a failed reading, and push does not throw', () => {
    const coach = createCoach({
      analyzer: {
        id: 'bad-thenable@1',
        analyze: () =>
          ({
            then: () => {
              throw new Error('then exploded');
            },
          }) as unknown as Promise<TextAnalysis>,
      },
    });
    const { errors, states, lines } = watch(coach);
    for (const e of CALL.slice(0, 3)) expect(coach.push(e)).toBe(true);
    expect(lines()).toEqual(['u1', 'u2', 'u3']);
    expect(errors.map((e) => e.message)).toEqual(
      Array(3).fill('the text analyzer failed: then exploded'),
    );
    expect(states).toEqual(['customer frustrated at 10000']);
  });
});

describe('analysisTimeoutMs', () => {
  it.each([-1, Number.NaN, 'soon', 700_000])('%s is refused, naming the option', (value) => {
    expect(() => createCoach({ analysisTimeoutMs: value as number })).toThrow(
      expect.objectContaining({ code: 'invalid-option', field: 'analysisTimeoutMs' }),
    );
  });
});
