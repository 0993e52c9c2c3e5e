import { describe, expect, it } from 'vitest';
import { WordTable } from './word-table.js';

describe('WordTable', () => {
  it('numbers words once and finds them inside a text, with or without apostrophes', () => {
    const t = new WordTable();
    const ive = t.add('ive');
    const charged = t.add('charged');
    expect(t.add('charged')).toBe(charged);
    const text = "i've been charged, twice";
    expect(t.find(text, 0, 4, true)).toBe(ive);
    expect(t.find(text, 0, 4, false)).toBe(-1); // "i've" itself is not a word of the table
    expect(t.find(text, 10, 17, false)).toBe(charged);
    expect(t.find(text, 19, 24, false)).toBe(-1);
  });

  it('keeps every number valid as it grows', () => {
    const t = new WordTable();
    const words = Array.from({ length: 5000 }, (_, k) => `w${k.toString(36)}`);
    const ids = words.map((w) => t.add(w));
    expect(t.size).toBe(5000);
    words.forEach((w, k) => expect(t.find(` ${w} `, 1, w.length + 1, false)).toBe(ids[k]));
  });
});
