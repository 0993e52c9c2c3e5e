import { describe, expect, it } from 'vitest';
import { IdMap } from './id-map.js';

describe('IdMap', () => {
  it('gives each key its value and -1 for any other, however the keys collide', () => {
    const entries = new Map<number, number>();
    // Keys 64 apart share a slot in a table of 64 or 128.
    for (let k = 0; k < 40; k++) entries.set(k * 64 + 3, k);
    const map = new IdMap(entries);
    for (const [key, value] of entries) expect(map.get(key)).toBe(value);
    for (const key of [0, 2, 4, 67 + 1, 40 * 64 + 3, 1_000_000, -1]) expect(map.get(key)).toBe(-1);
  });

  it('answers -1 when empty', () => {
    expect(new IdMap(new Map()).get(5)).toBe(-1);
  });
});
