// The emotion model's states, the readings the coach acts on, measured two ways, for the
// model as it ships and for its words alone (`callLanguage: false`), in the same run:
//   pnpm --filter @tonvo/bench bench:model-states
// - GoEmotions dev: single-label neutral rows read as some state (false alarms), and rows
//   with a gold label of a state's group read as that state (recall; groups from the
//   model's manifest).
// - NatCS insurance (913 spoken-style customer turns from role-played calls, DSTC11): the
//   share read as each state. Most are routine asks ("I need to file a claim"), a few are
//   upset: a lower share means fewer nudges for nothing, not an accuracy.
// A text "reads as" a state when its evidence for it is 0.5 or more.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeModelRunner } from '@tonvo/audio-node';
import { TEXT_EMOTION_MANIFEST as manifest, createEmotionAnalyzer } from '@tonvo/models';
import { readTextEmotionModel } from '@tonvo/models/node';
import { dataDir, loadGoEmotions } from './lib/goemotions.mjs';

const runner = await createNodeModelRunner(await readTextEmotionModel());
const readings = {
  shipped: createEmotionAnalyzer({ runner }),
  'words alone': createEmotionAnalyzer({ runner, callLanguage: false }),
};
const STATES = Object.keys(manifest.states);
const stateOfLabel = new Map(
  Object.entries(manifest.states).flatMap(([state, labels]) => labels.map((l) => [l, state])),
);
const statesOf = (analysis) => STATES.filter((s) => analysis.states[s] >= 0.5);
const pct = (n, of) => `${((100 * n) / of).toFixed(1)}%`;

const goemotions = loadGoEmotions('dev');
const natcs = readFileSync(
  join(dataDir(), 'natcs-insurance', 'insurance-development-utterances.jsonl'),
  'utf8',
)
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l).utterance);

console.log(
  `model ${manifest.name}@${manifest.version}; a text reads as a state at evidence >= 0.5`,
);
console.log('');
console.log(
  '| reading | GoEmotions neutral rows read as a state | recall: ' +
    STATES.join(' / ') +
    ' | NatCS turns read as a state | NatCS: ' +
    STATES.join(' / ') +
    ' |',
);
console.log('|---|---|---|---|---|');
for (const [name, analyzer] of Object.entries(readings)) {
  let neutralRows = 0;
  let falseAlarms = 0;
  const hit = Object.fromEntries(STATES.map((s) => [s, 0]));
  const of = Object.fromEntries(STATES.map((s) => [s, 0]));
  for (const row of goemotions.rows) {
    const read = statesOf(await analyzer.analyze(row.text));
    if (row.labels.length === 1 && row.labels[0] === 'neutral') {
      neutralRows++;
      if (read.length > 0) falseAlarms++;
    }
    for (const s of new Set(row.labels.map((l) => stateOfLabel.get(l)).filter(Boolean))) {
      of[s]++;
      if (read.includes(s)) hit[s]++;
    }
  }
  const turns = Object.fromEntries(STATES.map((s) => [s, 0]));
  let anyState = 0;
  for (const text of natcs) {
    const read = statesOf(await analyzer.analyze(text));
    if (read.length > 0) anyState++;
    for (const s of read) turns[s]++;
  }
  console.log(
    `| ${name} | ${falseAlarms} of ${neutralRows} (${pct(falseAlarms, neutralRows)}) | ${STATES.map((s) => (hit[s] / of[s]).toFixed(3)).join(' / ')} | ${anyState} of ${natcs.length} (${pct(anyState, natcs.length)}) | ${STATES.map((s) => turns[s]).join(' / ')} |`,
  );
}
