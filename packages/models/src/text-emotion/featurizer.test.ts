import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFeaturizer, type FeaturizerSpec } from './featurizer.js';
import { tokenize, tokenizeByRegex } from './tokenize.js';
import { toTranscriptForm } from './transcript-form.js';
import { TEXT_EMOTION_MANIFEST } from './text-emotion-manifest.js';

const SPEC: FeaturizerSpec = {
  kind: 'hashed-ngrams',
  version: 1,
  buckets: 1024,
  wordNgramMax: 2,
  charNgramMin: 3,
  charNgramMax: 4,
  maxTokens: 64,
  maxCharsPerWord: 24,
};

describe('tokenize', () => {
  it('lower-cases, drops apostrophes and keeps ! and ? (at most three in a row)', () => {
    expect(tokenize("I can't believe it!!!!", 64).tokens).toEqual([
      'i',
      'cant',
      'believe',
      'it',
      '!',
      '!',
      '!',
    ]);
    expect(tokenize('Don’t you DARE', 64)).toEqual({
      tokens: ['dont', 'you', 'dare'],
      shouting: true,
    });
    expect(tokenize('[NAME] said hi 😂', 64).tokens).toEqual(['[name]', 'said', 'hi', '😂']);
  });

  it('reads a transcript and its written form as the same words', () => {
    const written = "Sorry, what do you mean by that? I don't get it.";
    const words = (t: string): string[] =>
      tokenize(t, 64).tokens.filter((w) => w !== '?' && w !== '!');
    expect(words(toTranscriptForm(written))).toEqual(words(written));
    expect(toTranscriptForm('WHY is this SO hard?!')).toBe('why is this so hard');
  });

  it('gives, on plain ASCII text, exactly what its regular expression gives', () => {
    // the fast ASCII scan must never change a feature: same tokens, same shouting flag
    const pieces = fc.constantFrom(
      ..."aZ09 !?[]'`\t.,-_#*".split(''),
      '[NAME]',
      '[RELIGION]',
      '[name]',
      '[Name]',
      "don't",
      "'s",
      'WHY',
      'Ok',
      'x`y',
      'é',
      '’',
      '😂',
    );
    const texts = fc.oneof(
      fc.string({ unit: 'binary-ascii', maxLength: 80 }),
      fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 12 }), (text, max) => {
        expect(tokenize(text, max)).toEqual(tokenizeByRegex(text, max));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('createFeaturizer', () => {
  it('gives the golden ids (a change here silently breaks the shipped model)', () => {
    const f = createFeaturizer(SPEC);
    expect(Array.from(f.ids("I can't believe it!!!"))).toEqual([
      1020, 219, 472, 352, 27, 517, 61, 580, 971, 887, 766, 1004, 603, 529, 698, 730, 203, 656, 951,
      784, 761, 995, 209, 146, 423, 76, 709, 836, 882, 306, 343, 306, 405, 306, 405,
    ]);
    expect(Array.from(f.ids('so sorry'))).toEqual([
      882, 455, 374, 347, 455, 571, 222, 13, 33, 776, 17, 584, 445, 396,
    ]);
    // shouting adds one feature; "ok" is its word and the n-grams "<ok" and "ok>"
    expect(f.ids('WHY is this SO hard?').length).toBe(f.ids('why is this so hard?').length + 1);
    expect(Array.from(f.ids('ok'))).toEqual([403, 510, 689]);
  });

  it('lays a batch out as all ids in a row and a weight row per text over its own ids', () => {
    const f = createFeaturizer(SPEC);
    const b = f.featurizeBatch(['ok', 'so sorry', '']);
    const n = f.ids('so sorry').length;
    expect(b.dims).toEqual([3, 3 + n]);
    expect(Array.from(b.ids)).toEqual([...f.ids('ok'), ...f.ids('so sorry')]);
    const row = (r: number): number[] =>
      Array.from(b.weights.subarray(r * (3 + n), (r + 1) * (3 + n)));
    expect(row(0)).toEqual([1 / 3, 1 / 3, 1 / 3, ...new Array<number>(n).fill(0)].map(Math.fround));
    expect(row(1).slice(0, 3)).toEqual([0, 0, 0]);
    expect(row(1).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
    expect(row(2).every((v) => v === 0)).toBe(true);
    // a batch of empty texts still feeds one id: 0, the all-zero row
    const empty = f.featurizeBatch(['', '']);
    expect(Array.from(empty.ids)).toEqual([0]);
    expect(Array.from(empty.weights)).toEqual([0, 0]);
  });

  it('maps any text into [1, buckets) deterministically, cache or not', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        (a, b) => {
          const f1 = createFeaturizer(SPEC);
          const f2 = createFeaturizer(SPEC);
          const text = `${a} ${b}`;
          f1.ids(b); // warm one cache with other words first
          const x = f1.ids(text);
          expect(Array.from(x)).toEqual(Array.from(f2.ids(text)));
          for (const id of x) expect(id >= 1 && id < SPEC.buckets).toBe(true);
        },
      ),
    );
  });

  it('bounds the work on huge texts by maxTokens', () => {
    const f = createFeaturizer(SPEC);
    expect(f.ids('word '.repeat(10_000)).length).toBe(f.ids('word '.repeat(64)).length);
  });

  it('rejects a spec it cannot honour', () => {
    expect(() => createFeaturizer({ ...SPEC, buckets: 1 })).toThrow(/featurizer.buckets/);
    expect(() => createFeaturizer({ ...SPEC, charNgramMax: 2 })).toThrow(/charNgramMax/);
  });

  it('accepts the shipped manifest spec', () => {
    expect(() => createFeaturizer(TEXT_EMOTION_MANIFEST.featurizer)).not.toThrow();
  });
});
