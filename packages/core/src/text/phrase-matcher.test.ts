import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPhraseMatcher } from './phrase-matcher.js';
import { compilePhrasePattern } from './phrase-pattern.js';
import { isTonvoError } from '../errors/tonvo-error.js';

const m = createPhraseMatcher([
  { pattern: '(charged|billed) (twice|two times)', value: 'double' },
  { pattern: 'speak to (a|your) (manager|supervisor)', value: 'manager' },
  { pattern: "i've been waiting", value: 'waiting' },
  { pattern: 'not * happy', value: 'unhappy' },
  { pattern: "refund (has|hasn't)? (not)? (shown|showing) up", value: 'refund' },
  { pattern: 'twice', value: 'twice' },
]);

describe('createPhraseMatcher', () => {
  it('finds phrases case-insensitively with offsets into the original text', () => {
    const text = 'Honestly, I was CHARGED TWICE this month.';
    const found = m.find(text);
    expect(found.map((f) => [f.value, f.text])).toEqual([['double', 'CHARGED TWICE']]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('CHARGED TWICE');
  });

  it('allows light punctuation between words and typographic apostrophes', () => {
    expect(m.find('I’ve been waiting, for an hour').map((f) => f.value)).toEqual(['waiting']);
    expect(m.find('can I speak to, a manager?').map((f) => f.value)).toEqual(['manager']);
  });

  it('respects word boundaries', () => {
    expect(m.find('he recharged twice').map((f) => f.value)).toEqual(['twice']);
    expect(m.test('the twicer')).toBe(false);
    expect(m.find('she billed two timesheets')).toEqual([]);
  });

  it('supports optional words and wildcards', () => {
    expect(m.find('the refund has not shown up').map((f) => f.value)).toEqual(['refund']);
    expect(m.find('the refund showing up').map((f) => f.value)).toEqual(['refund']);
    expect(m.find('not very happy').map((f) => f.value)).toEqual(['unhappy']);
    expect(m.find('not happy').map((f) => f.value)).toEqual(['unhappy']);
    expect(m.find('not at all that very happy')).toEqual([]);
  });

  it('reports every entry matching at one place', () => {
    expect(m.find('charged twice').map((f) => f.value)).toEqual(['double']);
    expect(m.find('twice over').map((f) => f.value)).toEqual(['twice']);
  });

  it('rejects malformed patterns with the field and the problem', () => {
    for (const bad of ['', '(a|b', 'a)', '()', 'a ^ b']) {
      try {
        compilePhrasePattern(bad, 'rules[0].phrases[1]');
        expect.unreachable(bad);
      } catch (e) {
        expect(
          isTonvoError(e) && e.code === 'invalid-rule' && e.field === 'rules[0].phrases[1]',
        ).toBe(true);
      }
    }
  });

  it('never throws on arbitrary text and returns spans inside it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const f of m.find(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.start, f.end)).toBe(f.text);
        }
      }),
    );
  });
});

describe('phrase pattern composition', () => {
  const find = (pattern: string, text: string): string[] =>
    createPhraseMatcher([{ pattern, value: 1 }])
      .find(text)
      .map((f) => f.text);

  it('joins parts written together', () => {
    expect(find("you('ll| will) see", "you'll see it")).toEqual(["you'll see"]);
    expect(find("you('ll| will) see", 'you will see it')).toEqual(['you will see']);
    expect(find('charge(s)? (twice)?', 'two charges')).toEqual(['charges']);
  });

  it('lets a leading optional part be absent at the start of a text', () => {
    expect(find('(the)? refund', 'refund please')).toEqual(['refund']);
    expect(find('(the)? refund', 'where is the refund')).toEqual(['the refund']);
  });

  it('matches numbers with #', () => {
    expect(find('within # days', 'within 10 days')).toEqual(['within 10 days']);
    expect(find('within # days', 'within ten days')).toEqual([]);
  });
});
