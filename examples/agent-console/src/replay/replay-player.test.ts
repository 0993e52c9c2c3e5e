import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import {
  createBaselineAnalyzer,
  createCoach,
  eventTimeMs,
  type CoachOutputEvent,
} from '@tonvo/core';
import { loadConversations } from './load-conversation.js';
import { createReplayPlayer, type ReplayPlayer } from './replay-player.js';
import { buildTimeline } from './timeline.js';

const sample = (): ReturnType<typeof loadConversations> => {
  const pkg = createRequire(import.meta.url).resolve('@tonvo/audio-node/package.json');
  return loadConversations(readFileSync(join(dirname(pkg), 'samples/sample-call.jsonl'), 'utf8'));
};

const ended = (player: ReplayPlayer): Promise<void> =>
  new Promise((resolve) => {
    const off = player.subscribe(() => {
      if (player.getSnapshot().report !== undefined) {
        off();
        resolve();
      }
    });
  });

describe('createReplayPlayer', () => {
  test('a replay gives the coach the same events at any speed: same outputs as pushing them directly', async () => {
    const [conversation] = sample().conversations;
    const steps = buildTimeline(conversation!.events);
    const direct = createCoach({ conversation: conversation!.id });
    const want: CoachOutputEvent[] = [];
    direct.on('output', (e) => want.push(e));
    for (const s of steps) direct.push(s.event);
    await direct.end(steps[steps.length - 1]!.atMs);

    const got: CoachOutputEvent[] = [];
    const player = createReplayPlayer({
      steps,
      speed: 2000,
      createCoach: () => {
        const c = createCoach({ conversation: conversation!.id });
        c.on('output', (e) => got.push(e));
        return c;
      },
    });
    const done = ended(player);
    player.play();
    await done;
    expect(player.getSnapshot()).toMatchObject({
      status: 'ended',
      positionMs: player.getSnapshot().durationMs,
    });
    expect(JSON.stringify(got)).toBe(JSON.stringify(want));
  });

  test('with an asynchronous analyzer (as a model is) each step is read before the next is pushed', async () => {
    const [conversation] = sample().conversations;
    const steps = buildTimeline(conversation!.events);
    const baseline = createBaselineAnalyzer();
    let reading = 0;
    let readingAtPush = 0;
    const slow = {
      id: 'baseline-async',
      analyze: (text: string) => {
        reading++;
        return new Promise<ReturnType<typeof baseline.analyze>>((resolve) =>
          setTimeout(() => {
            reading--;
            resolve(baseline.analyze(text));
          }, 5),
        );
      },
    };
    const got: CoachOutputEvent[] = [];
    const player = createReplayPlayer({
      steps,
      speed: 5000,
      createCoach: () => {
        const coach = createCoach({ conversation: conversation!.id, analyzer: slow });
        coach.on('output', (e) => got.push(e));
        return {
          ...coach,
          push(event) {
            readingAtPush = Math.max(readingAtPush, reading);
            return coach.push(event);
          },
        };
      },
    });
    const done = ended(player);
    player.play();
    await done;
    expect(readingAtPush).toBe(0);
    const direct = createCoach({ conversation: conversation!.id, analyzer: baseline });
    const want: CoachOutputEvent[] = [];
    direct.on('output', (e) => want.push(e));
    for (const s of steps) direct.push(s.event);
    await direct.end(steps[steps.length - 1]!.atMs);
    expect(JSON.stringify(got).replaceAll('baseline-async', 'x')).toBe(
      JSON.stringify(want).replaceAll(baseline.id, 'x'),
    );
  });

  test('pause stops the clock, restart starts over with a new coach', async () => {
    const [conversation] = sample().conversations;
    const player = createReplayPlayer({
      steps: buildTimeline(conversation!.events),
      speed: 100,
      createCoach: () => createCoach({}),
    });
    const first = player.getSnapshot().coach;
    player.play();
    await new Promise((r) => setTimeout(r, 150));
    player.pause();
    const paused = player.getSnapshot();
    expect(paused.status).toBe('paused');
    expect(paused.positionMs).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 100));
    expect(player.getSnapshot().positionMs).toBe(paused.positionMs);
    player.restart();
    expect(player.getSnapshot()).toMatchObject({
      status: 'ready',
      positionMs: 0,
      report: undefined,
    });
    expect(player.getSnapshot().coach).not.toBe(first);
    expect(first.push({ type: 'tick', atMs: 1 })).toBe(false);
    player.destroy();
  });
  test('while playing, the clock on screen is refreshed at least every 250 ms, also right after a step', async () => {
    // A step 100 ms after the start, then a long silence: the refresh that falls due
    // 150 ms after that step must not wait for a whole interval more.
    vi.useFakeTimers({ now: 1_000_000, toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const steps = buildTimeline([
        { type: 'signal', kind: 'call-started', atMs: 0 },
        { type: 'signal', kind: 'hold-started', by: 'agent', atMs: 100 },
        { type: 'signal', kind: 'call-ended', atMs: 60_000 },
      ]);
      const player = createReplayPlayer({ steps, speed: 1, createCoach: () => createCoach({}) });
      const published: number[] = [];
      let last = player.getSnapshot().positionMs;
      player.subscribe(() => {
        const p = player.getSnapshot().positionMs;
        if (p !== last) published.push(performance.now());
        last = p;
      });
      player.play();
      await vi.advanceTimersByTimeAsync(3000);
      player.destroy();
      const gaps = published.slice(1).map((t, k) => t - published[k]!);
      expect(Math.max(...gaps)).toBeLessThanOrEqual(260);
      expect(published.length).toBeGreaterThanOrEqual(11);
    } finally {
      vi.useRealTimers();
    }
  });

  test('on a page too slow for the speed, the clock waits for the steps instead of running away', async () => {
    // 600 s of call, a step a second, at 1000x (0.6 s of wall time), on a page that
    // needs 2 ms per step (1.2 s and more): unchecked, the clock would run minutes ahead.
    const steps = buildTimeline([
      { type: 'signal', kind: 'call-started', atMs: 0 },
      { type: 'signal', kind: 'call-ended', atMs: 600_000 },
    ]);
    let worstLeadMs = 0;
    const player: ReplayPlayer = createReplayPlayer({
      steps,
      speed: 1000,
      maxLagMs: 20,
      createCoach: () => {
        const coach = createCoach({});
        return {
          ...coach,
          push(event) {
            const until = performance.now() + 2;
            while (performance.now() < until);
            worstLeadMs = Math.max(worstLeadMs, player.clockMs() - eventTimeMs(event));
            return coach.push(event);
          },
        };
      },
    });
    const paused = new Promise<void>((resolve) => {
      const off = player.subscribe(() => {
        if (player.getSnapshot().positionMs >= 300_000) {
          off();
          player.pause();
          resolve();
        }
      });
    });
    player.play();
    await paused;
    // 20 ms of wall time (20 s of call) ahead at most, plus what one step and the
    // machine's hiccups cost (up to 80 ms here: 80 s of call); unchecked, 300 s and more.
    expect(worstLeadMs).toBeLessThanOrEqual(100_000);
    // Paused where the steps are, not where a runaway clock would be.
    const at = player.getSnapshot().positionMs;
    expect(at).toBeLessThan(300_000 + 100_000);
    expect(player.clockMs()).toBe(at);
    player.destroy();
  });
});
