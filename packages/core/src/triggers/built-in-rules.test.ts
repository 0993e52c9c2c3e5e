import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TRIGGER_IDS, builtInRules } from './built-in-rules.js';
import { getDefaultTriggerOptions } from './trigger-options.js';

describe('built-in triggers', () => {
  it('are the 21 stable ids, in order, each with its own test file', () => {
    const rules = builtInRules(getDefaultTriggerOptions(), { check: () => [] });
    expect(rules.map((r) => r.id)).toEqual(BUILT_IN_TRIGGER_IDS);
    expect(BUILT_IN_TRIGGER_IDS).toHaveLength(21);
    const missing = BUILT_IN_TRIGGER_IDS.filter(
      (id) => !existsSync(new URL(`./${id}.test.ts`, import.meta.url)),
    );
    expect(missing).toEqual([]);
  });
});
