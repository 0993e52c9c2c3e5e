import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBuiltInPhraseMatcher, createPhraseMatcher } from './phrase-matcher.js';
import { compilePhrasePattern } from './phrase-pattern.js';
import { foldText } from './fold.js';
import { tokenize } from './tokenize.js';
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

  it('rejects entries that are not entries, and texts that are not text, with typed errors', () => {
    expect(() => createPhraseMatcher('refund' as never)).toThrow(
      expect.objectContaining({ code: 'invalid-rule', field: 'phrases' }),
    );
    expect(() => createPhraseMatcher([{ pattern: 'refund', value: 1 }, null] as never)).toThrow(
      expect.objectContaining({ code: 'invalid-rule', field: 'phrases[1]' }),
    );
    expect(() => createPhraseMatcher([{ value: 1 }] as never)).toThrow(
      expect.objectContaining({ code: 'invalid-rule', field: 'phrases[0]' }),
    );
    const m = createPhraseMatcher([{ pattern: 'refund', value: 1 }]);
    expect(() => m.find(42 as never)).toThrow(expect.objectContaining({ code: 'invalid-option' }));
    expect(() => m.test(undefined as never)).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
  });

  it('finds its words in a text read before it was created', () => {
    // Texts are read once for every matcher; a matcher made later brings new words.
    const text = 'the zorblax fee was applied twice';
    expect(m.find(text).map((f) => f.value)).toEqual(['twice']);
    const later = createPhraseMatcher([{ pattern: 'zorblax (fee|charge)', value: 'odd fee' }]);
    expect(later.find(text).map((f) => f.text)).toEqual(['zorblax fee']);
    expect(m.find(text).map((f) => f.value)).toEqual(['twice']);
  });

  it('keeps what each of several matchers found in one text apart, asked in any order', () => {
    // One reading of the text serves them all; each keeps its own candidates.
    const text = 'I was billed twice, so let me speak to your manager about the refund';
    const byOwnIndex = [
      createPhraseMatcher([{ pattern: '(charged|billed) twice', value: 'double' }]),
      createPhraseMatcher([{ pattern: 'speak to (a|your) manager', value: 'manager' }]),
      createBuiltInPhraseMatcher([{ pattern: 'the refund', value: 'refund' }]),
    ];
    const expected = [['billed twice'], ['speak to your manager'], ['the refund']];
    for (const order of [
      [0, 1, 2],
      [2, 1, 0],
      [1, 0, 2, 1, 2, 0],
    ]) {
      for (const k of order) {
        expect(byOwnIndex[k]!.find(text).map((f) => f.text)).toEqual(expected[k]);
      }
    }
  });

  it('finds the same in a table that shares its look-ups with other tables', () => {
    const patterns = [
      '(charged|billed) twice',
      'speak to (a|your) manager',
      'refund * not (there|showing)',
    ];
    const alone = patterns.map((p) => createPhraseMatcher([{ pattern: p, value: p }]));
    const shared = patterns.map((p) => createBuiltInPhraseMatcher([{ pattern: p, value: p }]));
    const text =
      'I was billed twice and the refund is still not there, let me speak to your manager';
    shared.forEach((m, k) => expect(m.find(text)).toEqual(alone[k]!.find(text)));
    // A table joining after the text was read is looked up too.
    const later = createBuiltInPhraseMatcher([{ pattern: 'not there', value: 'late' }]);
    expect(later.find(text).map((f) => f.text)).toEqual(['not there']);
    expect(shared[0]!.find(text).map((f) => f.text)).toEqual(['billed twice']);
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

/** The matcher's meaning, written the slow way: one combined regex tried at every place. */
function referenceMatcher(
  patterns: readonly string[],
): (text: string) => [number, number, string][] {
  const AFTER = '(?![\\p{L}\\p{N}])';
  const sticky = patterns.map((p) => new RegExp(`${compilePhrasePattern(p)}${AFTER}`, 'uy'));
  const scan = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${patterns.map((p) => compilePhrasePattern(p)).join('|')})${AFTER}`,
    'gu',
  );
  return (text) => {
    const folded = foldText(text);
    const out: [number, number, string][] = [];
    scan.lastIndex = 0;
    for (let m = scan.exec(folded); m !== null; m = scan.exec(folded)) {
      const at = m.index;
      let furthest = at + m[0].length;
      sticky.forEach((re, k) => {
        re.lastIndex = at;
        const hit = re.exec(folded);
        if (hit === null) return;
        furthest = Math.max(furthest, at + hit[0].length);
        out.push([at, at + hit[0].length, patterns[k]!]);
      });
      scan.lastIndex = Math.max(furthest, at + 1);
    }
    return out;
  };
}

describe('createPhraseMatcher, indexed by words', () => {
  const patterns = [
    '(oh)? thank (god|goodness)',
    "(i've|i have)? been waiting (for)? (an hour|ages)",
    'not * happy',
    "can't (afford|pay)",
    'ive',
    've',
    'rip-off',
    '100% sure',
    '$5 fee',
    'a (b|c d)? e',
    '* twice',
    "it's (not)? working",
    '* (x|y e)? twice',
    '(a (b|c)? d|e) x?',
    'not (very|really)? (happy|pleased) *',
    '(i|we)? (really)? (appreciate|love) (it|this)',
  ];
  const m2 = createPhraseMatcher(patterns.map((pattern) => ({ pattern, value: pattern })));
  const reference = referenceMatcher(patterns);

  it('matches a leading optional word or its absence at the start of a text', () => {
    expect(m2.find('thank god').map((f) => [f.start, f.text])).toEqual([[0, 'thank god']]);
    expect(m2.find('Oh, thank goodness!').map((f) => f.text)).toEqual(['Oh, thank goodness']);
    expect(m2.find("I've been waiting for ages").map((f) => f.text)).toEqual([
      "I've been waiting for ages",
    ]);
  });

  it('rejects a pattern that could match nothing', () => {
    for (const bad of ['a?', '(a|b)?', '*', '(a?|b)']) {
      expect(() => compilePhrasePattern(bad)).toThrow(/not optional|empty/);
    }
  });

  it('finds exactly what the slow combined regex finds, with or without tokens given', () => {
    const words = fc.constantFrom(
      ..."oh thank god goodness i i've ive been waiting for an hour ages not very really happy can't cannot afford pay ve rip-off rip 100% sure $5 fee 3.50 a b c d e twice it's its working x y we appreciate love it this pleased".split(
        ' ',
      ),
    );
    const sep = fc.constantFrom(' ', ', ', '. ', '-', "'", '', '! ', ' — ', '😀');
    const text = fc
      .array(fc.tuple(words, sep), { maxLength: 12 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 60 })), (t) => {
        const expected = reference(t);
        const got = m2.find(t).map((f) => [f.start, f.end, f.pattern]);
        expect(got).toEqual(expected);
        expect(m2.find(t, tokenize(t)).map((f) => [f.start, f.end, f.pattern])).toEqual(expected);
        expect(m2.test(t)).toBe(expected.length > 0);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});

describe('phrase pattern composition', () => {
  const find = (pattern: string, text: string): string[] =>
    createPhraseMatcher([{ pattern, value: 1 }])
      .find(text)
      .map((f) => f.text);

  it('joins parts written together', () => {
    expect(find("you('ll| will) see", "you'll see it")).toEqual(["you'll see"]);
    expect(find("you('ll| will) see", 'you will see it')).toEqual(['you will see']);
    expect(find('charge(s)? twice', 'two charges twice')).toEqual(['charges twice']);
    expect(find('charge(s)? twice', 'a charge twice')).toEqual(['charge twice']);
    expect(find("i('m| am) sorry", "i'm sorry")).toEqual(["i'm sorry"]);
  });

  it('lets a leading optional part be absent at the start of a text', () => {
    expect(find('(the)? refund', 'refund please')).toEqual(['refund']);
    expect(find('(the)? refund', 'where is the refund')).toEqual(['the refund']);
  });

  it('matches numbers with #', () => {
    expect(find('within # days', 'within 10 days')).toEqual(['within 10 days']);
    expect(find('within # days', 'within 1,000.50 days')).toEqual(['within 1,000.50 days']);
    expect(find('within # days', 'within ten days')).toEqual([]);
    expect(find('# dollars', 'about 65 dollars')).toEqual(['65 dollars']);
  });
});

describe('numbers with a currency sign', () => {
  it('# takes a leading currency sign', () => {
    const m = createPhraseMatcher([{ pattern: 'a # charge', value: 1 }]);
    expect(m.find('there is a $1 charge on my statement').map((f) => f.text)).toEqual([
      'a $1 charge',
    ]);
    expect(m.find('a £12.50 charge').map((f) => f.text)).toEqual(['a £12.50 charge']);
  });
});
