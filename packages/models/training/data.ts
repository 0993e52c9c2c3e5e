import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One GoEmotions row. */
export interface Example {
  readonly text: string;
  /** 0/1 over the 28 labels. */
  readonly gold: Uint8Array;
}

/**
 * Where the shared data sets live: `TONVO_DATA_DIR`, else the first `shared/data`
 * beside the repository or beside its parent folder (a worktree).
 */
export function dataDir(): string {
  const fromEnv = process.env.TONVO_DATA_DIR;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const repo = join(import.meta.dirname, '../../..');
  for (const candidate of [join(repo, '../shared/data'), join(repo, '../../shared/data')])
    if (existsSync(join(candidate, 'goemotions'))) return candidate;
  throw new Error('GoEmotions not found: set TONVO_DATA_DIR to the folder holding goemotions/');
}

/** The 28 label names in model order. */
export function readLabels(dir: string = dataDir()): string[] {
  return readFileSync(join(dir, 'goemotions/emotions.txt'), 'utf8').split('\n').filter(Boolean);
}

/** Reads a GoEmotions-style TSV (text, comma-separated label ids, id). */
export function readTsv(path: string, labelCount: number): Example[] {
  const out: Example[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const [text, ids] = line.split('\t');
    if (text === undefined || ids === undefined) throw new Error(`bad row in ${path}: ${line}`);
    const gold = new Uint8Array(labelCount);
    for (const id of ids.split(',')) gold[Number(id)] = 1;
    out.push({ text, gold });
  }
  return out;
}

/** A JSON file from the GoEmotions folder (the Ekman and sentiment groupings). */
export function readMapping(name: string, dir: string = dataDir()): Record<string, string[]> {
  return JSON.parse(readFileSync(join(dir, 'goemotions', name), 'utf8')) as Record<
    string,
    string[]
  >;
}

/** Reads a TSV of text and comma-separated label names (the customer-service seed set). */
export function readNamedTsv(path: string, labels: readonly string[]): Example[] {
  const index = new Map(labels.map((l, i) => [l, i]));
  const out: Example[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const [text, names] = line.split('\t');
    if (text === undefined || names === undefined) throw new Error(`bad row in ${path}: ${line}`);
    const gold = new Uint8Array(labels.length);
    for (const name of names.split(',')) {
      const i = index.get(name.trim());
      if (i === undefined) throw new Error(`unknown label "${name}" in ${path}`);
      gold[i] = 1;
    }
    out.push({ text, gold });
  }
  return out;
}

/** One XED row: an English subtitle line and its Plutchik emotions (empty = neutral). */
export interface XedExample {
  readonly text: string;
  /** Plutchik names: anger, anticipation, disgust, fear, joy, sadness, surprise, trust. */
  readonly emotions: readonly string[];
}

const PLUTCHIK = [
  'anger',
  'anticipation',
  'disgust',
  'fear',
  'joy',
  'sadness',
  'surprise',
  'trust',
] as const;

/**
 * Reads XED (Helsinki-NLP, CC BY 4.0) from `xed-en/`: the annotated lines (label ids
 * 1-8 in Plutchik order) and the neutral lines. Empty when the folder is absent.
 */
export function readXed(dir: string = dataDir()): XedExample[] {
  const annotated = join(dir, 'xed-en/en-annotated.tsv');
  const neutral = join(dir, 'xed-en/neu_en.txt');
  if (!existsSync(annotated) || !existsSync(neutral)) return [];
  const out: XedExample[] = [];
  for (const line of readFileSync(annotated, 'utf8').split('\n')) {
    const [text, ids] = line.split('\t');
    if (text === undefined || ids === undefined || text.trim() === '') continue;
    const emotions = ids
      .split(',')
      .map((id) => PLUTCHIK[Number(id.trim()) - 1])
      .filter((e): e is (typeof PLUTCHIK)[number] => e !== undefined);
    if (emotions.length > 0) out.push({ text, emotions });
  }
  for (const line of readFileSync(neutral, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    const text = tab === -1 ? line : line.slice(tab + 1);
    if (text.trim() !== '') out.push({ text, emotions: [] });
  }
  return out;
}
