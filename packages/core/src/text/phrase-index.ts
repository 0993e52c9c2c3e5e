import { IdMap } from './id-map.js';
import { presentWords, stampWords, type TextReading } from './text-reading.js';

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
  readonly index: PhraseIndex;
  readonly version: number;
  readonly tables: readonly (IndexedEntry[] | undefined)[];
}

/** In a compiled requirement, a group's first number: any of its parts, or all of them. */
const ANY = -1;
const ALL = -2;

/**
 * Phrase tables looked up together. For a text, the entries it could match (it holds one
 * of their rare anchor words, then every word they need) are found for all the tables in
 * one pass over its words, and remembered with the text's reading: the analyzer and every
 * built-in trigger read the same utterance, and each then checks only its own few
 * candidates. A table on its own is an index of one.
 *
 * What the pass reads is kept in flat typed arrays numbered by entry (its key), not in
 * objects: each anchor's entries, each entry's table and its requirement compiled to
 * numbers (see `compile`). A final utterance reads a few hundred of those numbers: far
 * fewer cache lines than the objects they replace (the coach ran 5-8% faster for it,
 * with the same instruction count).
 * @internal
 */
export class PhraseIndex {
  #tables = 0;
  #version = 0;
  /** Per key: the entry, its table, and where its requirement starts in `#program` (-1: none). */
  readonly #entryOf: IndexedEntry[] = [];
  readonly #tableOf: number[] = [];
  readonly #requireAt: number[] = [];
  /** Every entry's requirement, compiled (see `compile`). */
  readonly #program: number[] = [];
  readonly #byAnchor = new Map<number, number[]>();
  readonly #unanchored: number[] = [];
  /** The look-up arrays, built on the first look-up after a table was added. */
  #built: Built | undefined;
  /** `seen[key] === call` once an entry was considered for the text being read. */
  #seen = new Int32Array(0);
  #calls = 0;

  /** Adds a table; returns its number. */
  add(entries: readonly IndexedEntry[]): number {
    const table = this.#tables++;
    for (const entry of entries) {
      const key = this.#entryOf.length;
      this.#entryOf.push(entry);
      this.#tableOf.push(table);
      this.#requireAt.push(
        entry.requires === undefined ? -1 : compile(entry.requires, this.#program),
      );
      if (entry.anchors === undefined) this.#unanchored.push(key);
      for (const id of entry.anchors ?? []) {
        let list = this.#byAnchor.get(id);
        if (list === undefined) this.#byAnchor.set(id, (list = []));
        list.push(key);
      }
    }
    this.#version++;
    this.#built = undefined;
    return table;
  }

  /** The entries of `table` that `reading` could match, in table order (undefined: none). */
  candidates(reading: TextReading, table: number): readonly IndexedEntry[] | undefined {
    let found = reading.found as Found | undefined;
    if (found === undefined || found.index !== this || found.version !== this.#version) {
      found = this.#recall(reading);
    }
    return found.tables[table];
  }

  /**
   * What this index found in `reading`, looked up now if not yet (or not since a table
   * was added). The first index to read a text keeps its finding in the reading itself
   * (a Map per reading cost more than the look-up it saved); any other, in a Map.
   */
  #recall(reading: TextReading): Found {
    const first = reading.found as Found | undefined;
    const kept = first === undefined || first.index === this ? first : reading.memo?.get(this);
    if (kept !== undefined && (kept as Found).version === this.#version) return kept as Found;
    const found: Found = { index: this, version: this.#version, tables: this.#find(reading) };
    if (first === undefined || first.index === this) reading.found = found;
    else (reading.memo ??= new Map()).set(this, found);
    return found;
  }

  #build(): Built {
    const lists = [...this.#byAnchor.values()];
    const listStart = new Int32Array(lists.length + 1);
    for (let k = 0; k < lists.length; k++) listStart[k + 1] = listStart[k]! + lists[k]!.length;
    if (this.#seen.length < this.#entryOf.length) this.#seen = new Int32Array(this.#entryOf.length);
    return {
      anchorOf: new IdMap(new Map([...this.#byAnchor.keys()].map((id, k) => [id, k]))),
      listStart,
      listKeys: Int32Array.from(lists.flat()),
      tableOf: Int32Array.from(this.#tableOf),
      requireAt: Int32Array.from(this.#requireAt),
      program: Int32Array.from(this.#program),
      unanchored: Int32Array.from(this.#unanchored),
    };
  }

  #find(reading: TextReading): (IndexedEntry[] | undefined)[] {
    const b = (this.#built ??= this.#build());
    const { anchorOf, unanchored } = b;
    const stamp = stampWords(reading);
    this.#calls = this.#calls === 0x7fffffff ? 1 : this.#calls + 1;
    if (this.#calls === 1) this.#seen.fill(0);
    const tables: (IndexedEntry[] | undefined)[] = [];
    const { plain, joined } = reading;
    for (let j = 0; j < plain.length; j++) {
      this.#considerAnchored(anchorOf.get(plain[j]!), b, stamp, tables);
      this.#considerAnchored(anchorOf.get(joined[j]!), b, stamp, tables);
    }
    for (let k = 0; k < unanchored.length; k++) this.#consider(unanchored[k]!, b, stamp, tables);
    for (const list of tables) if (list !== undefined && !inOrder(list)) list.sort(byOrder);
    return tables;
  }

  /** Considers the entries of anchor `p` (none when `p` is -1: the word anchors none). */
  #considerAnchored(
    p: number,
    b: Built,
    stamp: number,
    tables: (IndexedEntry[] | undefined)[],
  ): void {
    if (p < 0) return;
    const { listStart, listKeys } = b;
    for (let k = listStart[p]!; k < listStart[p + 1]!; k++) {
      this.#consider(listKeys[k]!, b, stamp, tables);
    }
  }

  /**
   * Adds entry `key` to its table's list in `tables` when the text stamped `stamp` holds
   * what it needs (once per text: an entry may be anchored by several of its words). A
   * method, not a closure made for every text.
   */
  #consider(key: number, b: Built, stamp: number, tables: (IndexedEntry[] | undefined)[]): void {
    const seen = this.#seen;
    if (seen[key] === this.#calls) return;
    seen[key] = this.#calls;
    const at = b.requireAt[key]!;
    if (at < 0 || meets(b.program, at, presentWords(), stamp)) {
      (tables[b.tableOf[key]!] ??= []).push(this.#entryOf[key]!);
    }
  }
}

/** The flat arrays an index looks up (see `PhraseIndex`). */
interface Built {
  readonly anchorOf: IdMap;
  /** Anchor `p`'s entries are `listKeys[listStart[p] .. listStart[p + 1])`. */
  readonly listStart: Int32Array;
  readonly listKeys: Int32Array;
  readonly tableOf: Int32Array;
  readonly requireAt: Int32Array;
  readonly program: Int32Array;
  readonly unanchored: Int32Array;
}

const byOrder = (a: IndexedEntry, b: IndexedEntry): number => a.order - b.order;

/** Whether entries are in table order already (mostly: sorting copies the array). */
function inOrder(list: readonly IndexedEntry[]): boolean {
  for (let k = 1; k < list.length; k++) if (list[k - 1]!.order > list[k]!.order) return false;
  return true;
}

/**
 * Appends `req` to `program` as numbers and returns where it starts. A word is its
 * vocabulary number (never negative); a group is `ANY` or `ALL`, then the position just
 * past its last part, then its parts, in order.
 */
function compile(req: KeyRequirement, program: number[]): number {
  const at = program.length;
  if (typeof req === 'number') {
    program.push(req);
    return at;
  }
  program.push(req.all ? ALL : ANY, 0);
  for (const part of req.list) compile(part, program);
  program[at + 1] = program.length;
  return at;
}

/**
 * Whether the text whose words are marked `present[id] === stamp` holds what the
 * requirement compiled at `at` needs. All: false at the first part missing; any: true
 * at the first part present.
 */
function meets(program: Int32Array, at: number, present: Int32Array, stamp: number): boolean {
  const head = program[at]!;
  if (head >= 0) return present[head] === stamp;
  const all = head === ALL;
  const end = program[at + 1]!;
  for (let k = at + 2; k < end;) {
    const part = program[k]!;
    const met = part >= 0 ? present[part] === stamp : meets(program, k, present, stamp);
    if (met !== all) return !all;
    k = part >= 0 ? k + 1 : program[k + 1]!;
  }
  return all;
}

/**
 * The index of the built-in phrase tables (analyzer, language checker, triggers, closing
 * and adoption cues): they all read each final utterance.
 * @internal
 */
export const BUILT_IN_PHRASES: PhraseIndex = new PhraseIndex();
