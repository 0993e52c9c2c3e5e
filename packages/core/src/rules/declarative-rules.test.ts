import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isTonvoError } from '../errors/tonvo-error.js';
import { parseRules } from './declarative-rules.js';
import { testRule } from './test-rule.js';

const line = (id: string, speaker: string, text: string, startMs: number, endMs: number): string =>
  JSON.stringify({ type: 'utterance', id, speaker, text, final: true, startMs, endMs });

const managerTwice = {
  rules: [
    {
      id: 'manager-twice',
      description: 'the customer asked for a manager twice in 5 minutes',
      speaker: 'customer',
      phrases: ['(speak|talk) to (a|your|the) (manager|supervisor)', 'get me (a|your) manager'],
      count: { atLeast: 2, withinMs: 300_000 },
      priority: 90,
      nudge: {
        title: 'Offer the escalation',
        message: 'They have asked for a manager twice. Offer to bring one in now.',
        phrases: ['I can bring my supervisor in right now if you would like.'],
      },
    },
  ],
};

describe('parseRules', () => {
  it('fires "asked for a manager twice in 5 minutes" on the second ask only, and says why', async () => {
    const { rules, situations } = parseRules(managerTwice);
    const transcript = [
      line('u1', 'customer', 'I want to speak to a manager.', 10_000, 12_000),
      line('u2', 'agent', 'Let me see what I can do first.', 13_000, 15_000),
      line('u3', 'customer', 'No, get me your manager please.', 100_000, 102_000),
    ].join('\n');
    const { fired } = await testRule(rules[0]!, transcript, { situations });
    expect(fired.map((f) => f.clock)).toEqual(['1:42']);
    expect(fired[0]!.matched).toEqual([
      'spoken by the customer',
      'phrase "get me (a|your) manager" matched "get me your manager"',
      '2 times within 300 s',
    ]);
    expect(fired[0]!.span?.text).toBe('get me your manager');
    expect(fired[0]!.nudge).toBe('They have asked for a manager twice. Offer to bring one in now.');
  });

  it('does not count asks that fell out of the window', async () => {
    const { rules } = parseRules(managerTwice);
    const transcript = [
      line('u1', 'customer', 'I want to speak to a manager.', 10_000, 12_000),
      line('u3', 'customer', 'Get me a manager.', 400_000, 402_000),
    ].join('\n');
    expect((await testRule(rules[0]!, transcript)).fired).toEqual([]);
  });

  it('combines state conditions with signals', async () => {
    const { rules } = parseRules([
      { id: 'hold-while-upset', signals: ['hold-started'], score: { customer: { below: 0.5 } } },
    ]);
    const transcript = [
      line('u1', 'customer', 'hello', 0, 1000),
      JSON.stringify({ type: 'signal', kind: 'hold-started', atMs: 5000 }),
    ].join('\n');
    const { fired } = await testRule(rules[0]!, transcript);
    expect(fired).toHaveLength(1);
    expect(fired[0]!.matched[0]).toBe('signal hold-started');
  });

  it('names the field and the problem for bad rules', () => {
    const cases: [unknown, string][] = [
      [{ rules: [{ id: 'x', phrases: ['(a|b'] }] }, 'rules[0].phrases[0]'],
      [
        { rules: [{ id: 'x', phrases: ['a'], count: { atLeast: 2, withinMs: -1 } }] },
        'rules[0].count.withinMs',
      ],
      [
        {
          rules: [
            { id: 'x', phrases: ['a'] },
            { id: 'y', speaker: 'robot', phrases: ['a'] },
          ],
        },
        'rules[1].speaker',
      ],
      [{ rules: [{ id: 'x', states: { customer: ['angry'] } }] }, 'rules[0].states.customer[0]'],
      [{ rules: [{ id: 'Bad Id', phrases: ['a'] }] }, 'rules[0].id'],
      [{ rules: [{ id: 'x', phrases: ['a'], regex: '.*' }] }, 'rules[0].regex'],
      [{ rules: [{ id: 'x' }] }, 'rules[0]'],
      [
        {
          rules: [
            { id: 'x', phrases: ['a'] },
            { id: 'x', phrases: ['b'] },
          ],
        },
        'rules[1].id',
      ],
      [
        {
          rules: [
            { id: 'x', phrases: ['a'], nudge: { title: 't', message: 'm {bad', phrases: [] } },
          ],
        },
        'rules[0].nudge.message',
      ],
    ];
    for (const [input, field] of cases) {
      try {
        parseRules(input);
        expect.unreachable(JSON.stringify(input));
      } catch (e) {
        expect(isTonvoError(e)).toBe(true);
        if (isTonvoError(e)) {
          expect(e.code).toBe('invalid-rule');
          expect(e.field).toBe(field);
        }
      }
    }
  });

  it('never evaluates code and never throws anything but TonvoError on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          parseRules(value);
        } catch (e) {
          expect(isTonvoError(e)).toBe(true);
        }
      }),
    );
  });
});
