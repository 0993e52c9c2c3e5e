/**
 * A small map from non-negative integers (vocabulary numbers) to non-negative integers,
 * compact enough to stay in cache: open addressing over typed arrays sized to what it
 * holds, not to the largest key (a phrase table's words are numbered across the whole
 * shared vocabulary).
 * @internal
 */
export class IdMap {
  readonly #keys: Int32Array;
  readonly #values: Int32Array;
  readonly #mask: number;

  constructor(entries: ReadonlyMap<number, number>) {
    let size = 8;
    while (size < entries.size * 2) size *= 2;
    this.#keys = new Int32Array(size);
    this.#values = new Int32Array(size);
    this.#mask = size - 1;
    for (const [key, value] of entries) {
      let s = key & this.#mask;
      while (this.#keys[s] !== 0) s = (s + 1) & this.#mask;
      this.#keys[s] = key + 1;
      this.#values[s] = value;
    }
  }

  /** The value of `key`, or -1 (also for a negative key). */
  get(key: number): number {
    if (key < 0) return -1;
    const keys = this.#keys;
    for (let s = key & this.#mask; ; s = (s + 1) & this.#mask) {
      const k = keys[s]!;
      if (k === key + 1) return this.#values[s]!;
      if (k === 0) return -1;
    }
  }
}
