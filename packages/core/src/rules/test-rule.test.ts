import { describe, expect, it } from 'vitest';
import { isTonvoError } from '../errors/tonvo-error.js';
import { createRuleEngine } from './rule-engine.js';
import { testRule } from './test-rule.js';

const MANAGER =
  '{"type":"utterance","id":"u1","speaker":"customer","text":"get me a manager","final":true,"startMs":0,"endMs":1500}';

describe('testRule', () => {
  it('runs a typed rule over a transcript and says when it fired', async () => {
    const { fired, errors } = await testRule(
      { id: 'manager', when: (ctx) => /manager/.test(ctx.utterance?.text ?? '') },
      MANAGER,
    );
    expect(errors).toEqual([]);
    expect(fired.map((f) => [f.trigger, f.clock])).toEqual([['manager', '0:01']]);
  });

  it('refuses what is not a rule with a typed error naming the field', async () => {
    const cases: [unknown, string][] = [
      [null, 'rule'],
      [{ id: 'Not Kebab', when: () => true }, 'rule.id'],
      [{ id: 'no-when' }, 'rule(no-when).when'],
      ['no-such-trigger', 'rule'],
    ];
    for (const [rule, field] of cases) {
      const error: unknown = await testRule(rule as never, MANAGER).catch((e: unknown) => e);
      expect(isTonvoError(error) && [error.code, error.field]).toEqual(['invalid-rule', field]);
    }
  });
});

describe('createRuleEngine', () => {
  it('refuses rules that are not a list', () => {
    expect(() => createRuleEngine({ id: 'x' } as never)).toThrow(
      expect.objectContaining({ code: 'invalid-rule', field: 'rules' }),
    );
  });
});
