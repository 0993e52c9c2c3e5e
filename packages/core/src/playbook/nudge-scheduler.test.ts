import { describe, expect, it } from 'vitest';
import type { FiredTrigger } from '../rules/rule-engine.js';
import { defineRule } from '../rules/define-rule.js';
import { getPlaybook } from './locales.js';
import { getDefaultNudgeOptions, NudgeScheduler, type NudgeOptions } from './nudge-scheduler.js';

/** A trigger of rule `id` fired at `atMs`, shown through playbook situation `situation`. */
function fired(id: string, atMs: number, priority: number, situation = id): FiredTrigger {
  return {
    rule: defineRule({ id, when: () => false, priority, situation }),
    atMs,
    trigger: id,
    priority,
    matched: [id],
    evidence: { utteranceIds: [], prosodyWindows: [], cues: [], summary: id },
    values: { phrase: id, replacement: 'x' },
  };
}

function scheduler(options: Partial<NudgeOptions> = {}): NudgeScheduler {
  return new NudgeScheduler(getPlaybook('en'), { ...getDefaultNudgeOptions(), ...options });
}

const values = { phrase: 'as I said', replacement: 'plain words' };

describe('NudgeScheduler', () => {
  it('shows at most one non-critical nudge per minGapMs; the rest wait', () => {
    const s = scheduler();
    expect(s.offer(fired('jargon', 1_000, 40, 'plain-language'), values)?.situation).toBe(
      'plain-language',
    );
    expect(s.offer(fired('hedging', 3_000, 40, 'drop-words'), values)).toBeUndefined();
    expect(s.nextReleaseMs()).toBe(13_000);
    expect(s.release(12_999)).toEqual([]);
    expect(s.release(13_000).map((n) => [n.situation, n.atMs])).toEqual([['drop-words', 13_000]]);
  });

  it('shows the most urgent waiting nudge first', () => {
    // (No nudge replaces the one on screen here: each waits its turn.)
    const s = scheduler({ supersedeBy: 100 });
    s.offer(fired('jargon', 0, 40, 'plain-language'), values);
    s.offer(fired('hedging', 2_000, 40, 'drop-words'), values);
    s.offer(fired('dismissive', 4_000, 82, 'drop-dismissive'), values);
    expect(s.release(12_000).map((n) => n.situation)).toEqual(['drop-dismissive']);
  });

  it('of equally urgent waiting nudges shows the newest, and drops one that waited too long', () => {
    // A transfer request is on screen from 1:00; the agent says "As I said" at 1:03 and
    // "Calm down" at 1:07. At 1:12 the one about what was just said is the one to show.
    const s = scheduler();
    s.offer(fired('transfer-request', 60_000, 80, 'transfer-request'), values);
    s.offer(fired('dismissive', 63_000, 82, 'drop-dismissive'), values);
    s.offer(fired('dismissive', 67_000, 82, 'dismissive'), values);
    expect(s.release(72_000).map((n) => [n.situation, n.atMs])).toEqual([['dismissive', 72_000]]);
    // By the next slot (1:24) the older one has waited more than maxWaitMs (10 s): gone.
    expect(s.release(84_000)).toEqual([]);
    expect(s.nextReleaseMs()).toBeUndefined();
  });

  it('lets a much more urgent nudge replace the one on screen at once', () => {
    const s = scheduler();
    const first = s.offer(fired('hedging', 0, 35, 'drop-words'), values)!;
    const urgent = s.offer(fired('distress', 1_000, 90, 'distress'), values);
    expect(urgent?.situation).toBe('distress');
    expect(s.superseded).toEqual([first.id]);
  });

  it('keeps a situation quiet for its cooldown', () => {
    const s = scheduler({ minGapMs: 0 });
    expect(s.offer(fired('jargon', 0, 40, 'plain-language'), values)).toBeDefined();
    expect(s.offer(fired('jargon', 20_000, 40, 'plain-language'), values)).toBeUndefined();
    expect(s.offer(fired('jargon', 45_000, 40, 'plain-language'), values)).toBeDefined();
  });

  it('withdraws the waiting nudges the caller says were dealt with, and only those', () => {
    const s = scheduler({ supersedeBy: 100 });
    s.offer(fired('billing-discrepancy', 0, 70), values);
    s.offer(fired('distress', 2_000, 78), values);
    s.offer(fired('jargon', 3_000, 40, 'plain-language'), values);
    expect(s.waiting).toBe(true);
    const asked: string[] = [];
    s.withdraw((situation, f) => {
      asked.push(f.trigger);
      return situation.expect === 'acknowledge';
    });
    expect(asked).toEqual(['distress', 'jargon']);
    expect(s.release(12_000).map((n) => n.situation)).toEqual(['plain-language']);
    expect(s.waiting).toBe(false);
  });
});
