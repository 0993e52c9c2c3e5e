/**
 * Numbered words, looked up straight from a stretch of a text: no string is cut out of
 * the text to ask for a word. Open addressing over a power-of-two table of numbers,
 * FNV-1a hashes of the UTF-16 code units.
 * @internal
 */
export class WordTable {
  readonly #words: string[] = [];
  readonly #hashes: number[] = [];
  /** Slot -> word number + 1 (0: empty). */
  #slots = new Int32Array(1024);

  /** How many words are numbered. */
  get size(): number {
    return this.#words.length;
  }

  /** The number of `word`, numbering it when new. */
  add(word: string): number {
    const h = hashOf(word, 0, word.length, false);
    const found = this.#find(word, 0, word.length, false, h);
    if (found >= 0) return found;
    const id = this.#words.length;
    this.#words.push(word);
    this.#hashes.push(h);
    // Growing places every numbered word, this one included.
    if ((id + 1) * 2 > this.#slots.length) this.#grow();
    else this.#place(h, id);
    return id;
  }

  /**
   * The number of the word `text[start, end)`, or -1 when it has none. With `joined`,
   * apostrophes in the stretch are left out ("i've" is looked up as "ive").
   */
  find(text: string, start: number, end: number, joined: boolean): number {
    return this.#find(text, start, end, joined, hashOf(text, start, end, joined));
  }

  /**
   * {@link find} (without `joined`) for a caller that worked out the hash of the stretch
   * with {@link WORD_HASH_START} and {@link wordHashStep} while reading it.
   */
  findHashed(text: string, start: number, end: number, hash: number): number {
    return this.#find(text, start, end, false, hash);
  }

  #find(text: string, start: number, end: number, joined: boolean, h: number): number {
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const v = slots[s]!;
      if (v === 0) return -1;
      const id = v - 1;
      if (this.#hashes[id] === h && sameWord(this.#words[id]!, text, start, end, joined)) return id;
    }
  }

  #place(h: number, id: number): void {
    const slots = this.#slots;
    const mask = slots.length - 1;
    let s = h & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = id + 1;
  }

  #grow(): void {
    this.#slots = new Int32Array(this.#slots.length * 2);
    for (let id = 0; id < this.#words.length; id++) this.#place(this.#hashes[id]!, id);
  }
}

const APOSTROPHE = 39;

/** The hash of no characters (FNV-1a's offset basis). @internal */
export const WORD_HASH_START = 0x811c9dc5 | 0;

/** The hash `h` extended by UTF-16 code unit `c`. @internal */
export function wordHashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

function hashOf(text: string, start: number, end: number, joined: boolean): number {
  let h = WORD_HASH_START;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (joined && c === APOSTROPHE) continue;
    h = wordHashStep(h, c);
  }
  return h;
}

function sameWord(
  word: string,
  text: string,
  start: number,
  end: number,
  joined: boolean,
): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (joined && c === APOSTROPHE) continue;
    if (k >= word.length || word.charCodeAt(k) !== c) return false;
    k++;
  }
  return k === word.length;
}
