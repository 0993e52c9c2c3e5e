import { IdMap } from './id-map.js';
import { isPresent, stampWords, type TextReading } from './text-reading.js';

/**
 * What a text must hold for an entry to match: a word (its vocabulary number), or all or
 * any of several requirements. The likeliest to decide come first (rare words first in
 * `all`, common ones first in `any`), as the answer does not depend on the order.
 * @internal
 */
export type KeyRequirement = number | KeyGroup;

/** All (`all: true`) or any of several requirements. @internal */
export interface KeyGroup {
  readonly all: boolean;
  readonly list: readonly KeyRequirement[];
}

/** An entry of a phrase table as an index keeps it. @internal */
export interface IndexedEntry {
  /** Its position in its table (matches at one place are reported in this order). */
  readonly order: number;
  /** The words a text must hold for it to match (undefined: none). */
  readonly requires: KeyRequirement | undefined;
  /** A few rare words of which a text must hold one, or undefined when it needs none. */
  readonly anchors: readonly number[] | undefined;
}

/** What an index found in one reading: per table, the entries it could match. */
interface Found {
  readonly version: number;
  readonly tables: readonly (IndexedEntry[] | undefined)[];
}

/**
 * Phrase tables looked up together. For a text, the entries it could match (it holds one
 * of their rare anchor words, then every word they need) are found for all the tables in
 * one pass over its words, and remembered with the text's reading: the analyzer and every
 * built-in trigger read the same utterance, and each then checks only its own few
 * candidates. A table on its own is an index of one.
 * @internal
 */
export class PhraseIndex {
  #tables = 0;
  #entries = 0;
  #version = 0;
  readonly #byAnchor = new Map<number, { table: number; key: number; entry: IndexedEntry }[]>();
  readonly #unanchored: { table: number; key: number; entry: IndexedEntry }[] = [];
  /** Built on the first look-up after a table was added. */
  #anchorOf: IdMap | undefined;
  #anchorLists: (readonly { table: number; key: number; entry: IndexedEntry }[])[] = [];
  /** `seen[key] === call` once an entry was considered for the text being read. */
  #seen = new Int32Array(0);
  #calls = 0;

  /** Adds a table; returns its number. */
  add(entries: readonly IndexedEntry[]): number {
    const table = this.#tables++;
    for (const entry of entries) {
      const e = { table, key: this.#entries++, entry };
      if (entry.anchors === undefined) this.#unanchored.push(e);
      for (const id of entry.anchors ?? []) {
        let list = this.#byAnchor.get(id);
        if (list === undefined) this.#byAnchor.set(id, (list = []));
        list.push(e);
      }
    }
    this.#version++;
    this.#anchorOf = undefined;
    return table;
  }

  /** The entries of `table` that `reading` could match, in table order (undefined: none). */
  candidates(reading: TextReading, table: number): readonly IndexedEntry[] | undefined {
    let found = reading.memo.get(this) as Found | undefined;
    if (found === undefined || found.version !== this.#version) {
      found = { version: this.#version, tables: this.#find(reading) };
      reading.memo.set(this, found);
    }
    return found.tables[table];
  }

  #find(reading: TextReading): (IndexedEntry[] | undefined)[] {
    if (this.#anchorOf === undefined) {
      this.#anchorLists = [...this.#byAnchor.values()];
      this.#anchorOf = new IdMap(new Map([...this.#byAnchor.keys()].map((id, k) => [id, k])));
      if (this.#seen.length < this.#entries) this.#seen = new Int32Array(this.#entries);
    }
    const anchorOf = this.#anchorOf;
    const lists = this.#anchorLists;
    const seen = this.#seen;
    const words = stampWords(reading);
    this.#calls = this.#calls === 0x7fffffff ? 1 : this.#calls + 1;
    if (this.#calls === 1) seen.fill(0);
    const call = this.#calls;
    const tables: (IndexedEntry[] | undefined)[] = [];
    const consider = (e: { table: number; key: number; entry: IndexedEntry }): void => {
      if (seen[e.key] === call) return;
      seen[e.key] = call;
      const r = e.entry.requires;
      if (r === undefined || meets(r, words)) (tables[e.table] ??= []).push(e.entry);
    };
    const { plain, joined } = reading;
    for (let j = 0; j < plain.length; j++) {
      const p = anchorOf.get(plain[j]!);
      if (p >= 0) for (const e of lists[p]!) consider(e);
      const q = anchorOf.get(joined[j]!);
      if (q >= 0) for (const e of lists[q]!) consider(e);
    }
    for (const e of this.#unanchored) consider(e);
    for (const list of tables) if (list !== undefined && !inOrder(list)) list.sort(byOrder);
    return tables;
  }
}

const byOrder = (a: IndexedEntry, b: IndexedEntry): number => a.order - b.order;

/** Whether entries are in table order already (mostly: sorting copies the array). */
function inOrder(list: readonly IndexedEntry[]): boolean {
  for (let k = 1; k < list.length; k++) if (list[k - 1]!.order > list[k]!.order) return false;
  return true;
}

/** Whether a text stamped with `words` holds what `req` needs. */
function meets(req: KeyRequirement, words: number): boolean {
  if (typeof req === 'number') return isPresent(req, words);
  const list = req.list;
  // all: false at the first missing; any: true at the first present.
  for (let k = 0; k < list.length; k++) if (meets(list[k]!, words) !== req.all) return !req.all;
  return req.all;
}

/**
 * The index of the built-in phrase tables (analyzer, language checker, triggers, closing
 * and adoption cues): they all read each final utterance.
 * @internal
 */
export const BUILT_IN_PHRASES: PhraseIndex = new PhraseIndex();
