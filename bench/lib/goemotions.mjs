// GoEmotions from the shared data folder, for the model benchmarks.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** `TONVO_DATA_DIR`, else `shared/data` beside the repository (or beside its parent, for worktrees). */
export function dataDir() {
  if (process.env.TONVO_DATA_DIR) return process.env.TONVO_DATA_DIR;
  for (const c of [join(repo, '../shared/data'), join(repo, '../../shared/data')])
    if (existsSync(join(c, 'goemotions'))) return c;
  throw new Error('GoEmotions not found: set TONVO_DATA_DIR to the folder holding goemotions/');
}

/** Labels, groupings and the dev rows ({ text, labels: string[], gold: Uint8Array }). */
export function loadGoEmotions(split = 'dev') {
  const dir = join(dataDir(), 'goemotions');
  const labels = readFileSync(join(dir, 'emotions.txt'), 'utf8').split('\n').filter(Boolean);
  const rows = readFileSync(join(dir, `${split}.tsv`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const [text, ids] = line.split('\t');
      const gold = new Uint8Array(labels.length);
      for (const id of ids.split(',')) gold[Number(id)] = 1;
      return { text, gold, labels: labels.filter((_, j) => gold[j] === 1) };
    });
  const json = (name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  return {
    labels,
    rows,
    ekman: json('ekman_mapping.json'),
    sentiment: json('sentiment_mapping.json'),
  };
}
