/**
 * A fixed-capacity FIFO that overwrites its oldest item when full: how the coach
 * keeps "recent" things on an 8-hour call without growing.
 * @internal
 */
export class RingBuffer<T> {
  readonly #items: (T | undefined)[];
  #start = 0;
  #size = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError('capacity must be a positive integer');
    this.#items = new Array<T | undefined>(capacity);
  }

  get size(): number {
    return this.#size;
  }

  /** Appends `item`, dropping the oldest when full; returns the dropped item, if any. */
  push(item: T): T | undefined {
    if (this.#size < this.capacity) {
      this.#items[(this.#start + this.#size) % this.capacity] = item;
      this.#size++;
      return undefined;
    }
    const dropped = this.#items[this.#start];
    this.#items[this.#start] = item;
    this.#start = (this.#start + 1) % this.capacity;
    return dropped;
  }

  /** The item `i` places from the oldest (0) ; undefined when out of range. */
  at(i: number): T | undefined {
    return i < 0 || i >= this.#size ? undefined : this.#items[(this.#start + i) % this.capacity];
  }

  /** The newest item, or the `back`-th before it. */
  last(back = 0): T | undefined {
    return this.at(this.#size - 1 - back);
  }

  /** Items oldest first. */
  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.#size; i++)
      out.push(this.#items[(this.#start + i) % this.capacity] as T);
    return out;
  }

  /** How many of the newest items, counted newest first, `keep` holds for (it stops at the first it rejects). */
  countNewestWhile(keep: (item: T) => boolean): number {
    let n = 0;
    while (
      n < this.#size &&
      keep(this.#items[(this.#start + this.#size - 1 - n) % this.capacity] as T)
    )
      n++;
    return n;
  }

  clear(): void {
    this.#items.fill(undefined);
    this.#start = 0;
    this.#size = 0;
  }
}
