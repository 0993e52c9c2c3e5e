/**
 * Learns the word lexicon of the baseline text analyzer from GoEmotions train and writes
 * `src/perception/baseline/lexicon-learned.ts`. See README.md beside this file.
 *
 *   pnpm --filter @tonvo/core exec tsx scripts/baseline-lexicon/derive.ts [goemotions-dir]
 *
 * Only train.tsv is read; dev.tsv is the evaluation set of `bench/text-analyzer.mjs`
 * and is never looked at here. Deterministic: the same data gives the same file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPhraseMatcher } from '../../src/text/phrase-matcher.js';
import { tokenize } from '../../src/text/tokenize.js';
import { BASELINE_PHRASES } from '../../src/perception/baseline/baseline-analyzer.js';
import { getHandLexicon, type WordEntry } from '../../src/perception/baseline/lexicon.js';
import {
  CLAUSE_BREAKS,
  DOWNTONER_PAIRS,
  INTENSITY,
  isNegator,
  negationFactor,
} from '../../src/perception/baseline/modifiers.js';
import {
  contribution,
  lexiconByNumber,
  scanText,
  type ScanModel,
} from '../../src/perception/baseline/scan.js';
import { emphasisRaw } from '../../src/perception/baseline/score.js';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = resolve(here, '../../src/perception/baseline/lexicon-learned.ts');

/** Words seen in fewer training rows than this get no learned weight. */
const MIN_DF = 8;
/** Learned weights smaller than this are dropped (noise, and bytes). */
const MIN_WEIGHT = 0.3;
/** Words seen in fewer rows than this get no learned state evidence. */
const MIN_STATE_DF = 25;
const L2_CANDIDATES = [3, 10, 30];
const EPOCHS = 400;
/** Holdout macro-F1 differences below this are ties. */
const TIE = 0.002;

// Function words, pronouns and fillers: frequent in every class, so whatever weight a
// web-comment corpus gives them says more about Reddit than about how people feel.
const STOP = new Set(
  `a an the and or nor of to in on at for with from by about as into through after over
  between out against during before under around among up down off above below upon via
  i me my mine myself you your yours yourself yourselves he him his himself she her hers
  herself it its itself we us our ours ourselves they them their theirs themselves one
  this that these those who whom whose which what when where why how whatever whoever
  is am are was were be been being have has had having do does did doing done will would
  shall should can could may might must ought i'm i've i'd i'll you're you've you'd you'll
  he's she's it's we're we've we'd we'll they're they've they'd they'll that's there's
  here's what's who's let's where's how's isn't there here then than if because while
  until since just also any some all each every both few more other own same only now
  ever again once yes no yeah yep nope oh um uh ah hmm ok okay name religion s t d ll m
  re ve get got gets getting go goes going went gone make makes made say says said thing
  things something anything everything nothing someone anyone everyone people person
  way lot even still though already else really`.split(/\s+/),
);

// Words a sentiment lexicon must not weigh, whatever the comments said near them:
// identities, places, teams and institutions (a word list that scores "asian" or "gay"
// is a bias, not a signal); the everyday nouns of a support call (phone, delivery, fees
// aside, a bill is not bad news); time and family words; discourse words of web
// arguments ("example", "clearly"), conversational verbs ("think", "see", "feel"), and
// words found to carry web-comment topics into calls when the analyzer was run on the
// role-played insurance calls of shared/data/natcs-insurance ("quote", "hey", "info").
const EXCLUDE = new Set(
  `asian asians african africa american americans america english britain british uk usa
  london chicago alabama texas florida canada canadian european europe chinese china
  japanese japan indian india mexican mexico russian russia german germany french france
  irish scottish australian australia jewish jews jew muslim muslims islam christian
  christians christianity catholic bible church god's jesus isis atheist atheists gay gays
  lesbian trans transgender queer straight women women's woman men men's man male female
  girls boys girl boy black white incels incel virgin liberal liberals conservative
  conservatives democrat democrats republican republicans trump obama politics political
  politicians media society country constitution empire population peoples humanity
  government leafs browns bulls chelsea league championship players franchise sports team
  teams nfl nba lego amazon tsa rb ap bpd discord podcast poster mod mods bot downvote
  downvotes downvoted upvote upvoted upvotes cakeday ftfy op sub subreddit reddit post posts
  comment comments thread
  phone services service membership delivery data computer insurance income jobs job wage
  market product cash buy buying spending access ad ads test link linked policies release
  reliable essential specific significant direction distance connection station traffic
  road interest minimum large low direct exchange quarter claim account accounts app
  houses couch shirt clothing coffee burgers recipe beach birds animals puppy duck trucks
  lights plastic steel pipe razor salt oils tissue tank album artists episode drawing
  writing style image bio earth degree therapy
  morning tomorrow later past lately decades someday today yesterday tonight week year
  years month months day days hour hours minutes
  family parents children kids uncle grandmother mum mom dad brother sister friends wife
  wife's husband neighbors students
  example either perhaps unless hence thus equally clearly actual actually general
  generally solely naturally apparent inherently towards aside seems meant terms type
  facts opinion opinions views view majority factor scenario difference
  think see feel felt tell talking keep look try heard asking pick given happened
  decided expected expecting showing immediately drop load ended cutting teach wanna
  listen listening stay stick wake hide played starts shows reached
  quote quotes hey hi hello bye health proof add added adding info information able crash
  crashed boss running complete completed due claims concern covered desktop express box
  convert recovery programs net pm timing allowed aware awareness normal supposed
  clarification clarifying correction correcting equivalent compared average often away
  ways making grab mix fit self person's else's hes fo actions aim choices
  bird beans cake cats christmas drink fishing flying hot movies nature parties planet
  play rain ranked reviews scotland skin slowly smell social socially solo square star
  stomach stories tall taste wet zone grew habit habits invited jumping moments feminist
  sex sexual porn debate beliefs believing conspiracy execution besides state content
  continue future original pic train subreddits subreddit child faith`.split(/\s+/),
);

type Target = 0 | 1 | 2; // negative, neutral, positive

interface Row {
  readonly target: Target;
  readonly fixed: number; // contribution of hand words and phrases
  readonly emphasis: number; // raw "!"/"?" emphasis
  readonly feats: readonly (readonly [number, number, boolean])[]; // [word index, multiplier, negated]
  readonly holdout: boolean;
}

function findDataDir(): string {
  const arg = process.argv[2] ?? process.env['TONVO_GOEMOTIONS_DIR'];
  const candidates = arg
    ? [resolve(arg)]
    : [
        resolve(here, '../../../../../shared/data/goemotions'),
        resolve(here, '../../../../../../shared/data/goemotions'),
      ];
  const dir = candidates.find((d) => existsSync(join(d, 'train.tsv')));
  if (dir === undefined) {
    throw new Error(`GoEmotions train.tsv not found in ${candidates.join(', ')}`);
  }
  return dir;
}

function loadRows(dir: string): { text: string; labels: string[]; id: string }[] {
  const names = readFileSync(join(dir, 'emotions.txt'), 'utf8').trim().split('\n');
  return readFileSync(join(dir, 'train.tsv'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [text = '', ids = '', id = ''] = line.split('\t');
      return { text, labels: ids.split(',').map((k) => names[Number(k)]!), id };
    });
}

// A stable 1-in-10 split by comment id, for choosing the regularisation.
function isHoldout(id: string): boolean {
  let h = 2166136261;
  for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 16777619);
  return (h >>> 0) % 10 === 0;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

function main(): void {
  const dir = findDataDir();
  const mapping = JSON.parse(readFileSync(join(dir, 'sentiment_mapping.json'), 'utf8')) as Record<
    string,
    string[]
  >;
  const group = new Map<string, string>([['neutral', 'neutral']]);
  for (const [g, labels] of Object.entries(mapping)) for (const l of labels) group.set(l, g);
  const raw = loadRows(dir);

  // --- vocabulary
  const hand = getHandLexicon();
  const df = new Map<string, number>();
  for (const r of raw) {
    for (const w of new Set(tokenize(r.text).map((t) => t.text))) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const learnable = (w: string): boolean =>
    (df.get(w) ?? 0) >= MIN_DF &&
    /^[a-z][a-z']*[a-z]$/.test(w) &&
    !hand.has(w) &&
    !STOP.has(w) &&
    !EXCLUDE.has(w) &&
    !INTENSITY.has(w) &&
    !DOWNTONER_PAIRS.has(w) &&
    !CLAUSE_BREAKS.has(w) &&
    !isNegator(w);
  const vocab = [...df.keys()].filter(learnable).sort();
  const index = new Map(vocab.map((w, k) => [w, k]));

  // The analyzer's own scanner reads the rows: vocabulary words stand in with valence 1.
  const placeholder: WordEntry = { valence: 1 };
  const lexicon = new Map<string, WordEntry>(hand);
  for (const w of vocab) lexicon.set(w, placeholder);
  const model: ScanModel = {
    entries: lexiconByNumber(lexicon),
    phrases: createPhraseMatcher(
      BASELINE_PHRASES.map((p) => ({
        pattern: p.pattern,
        value: {
          id: p.id,
          entry: { valence: p.valence, ...(p.states ? { states: p.states } : {}) },
        },
      })),
    ),
  };

  const rows: Row[] = [];
  const stateRows: { words: Set<number>; groups: Set<string> }[] = [];
  for (const r of raw) {
    const scan = scanText(r.text, model);
    const feats: [number, number, boolean][] = [];
    let fixed = 0;
    const plain = new Set<number>();
    for (const item of scan.items) {
      const k = item.kind === 'word' ? index.get(item.key) : undefined;
      if (k === undefined) {
        fixed += contribution(item);
      } else {
        feats.push([k, item.intensity * item.weight, item.negated]);
        if (!item.negated) plain.add(k);
      }
    }
    const emphasis = emphasisRaw(scan);
    const groups = new Set(r.labels.map((l) => group.get(l)!));
    stateRows.push({ words: plain, groups: new Set(r.labels) });
    groups.delete('ambiguous');
    if (groups.size !== 1) continue;
    const g = [...groups][0];
    const target: Target = g === 'negative' ? 0 : g === 'neutral' ? 1 : 2;
    rows.push({ target, fixed, emphasis, feats, holdout: isHoldout(r.id) });
  }
  log(`train rows ${raw.length}, usable ${rows.length}, vocabulary ${vocab.length}`);

  // --- choose the L2 strength on the holdout, then fit on everything
  const scores: { l2: number; f1: number }[] = [];
  for (const l2 of L2_CANDIDATES) {
    const fit = train(
      rows.filter((r) => !r.holdout),
      vocab.length,
      l2,
    );
    const w = rounded(fit.w);
    const band = bestBand(
      rows.filter((r) => !r.holdout),
      w,
    );
    const f1 = macroF1(
      rows.filter((r) => r.holdout),
      w,
      band,
    );
    log(`l2 ${l2}: holdout macro-F1 ${f1.toFixed(4)} (band ${band.toFixed(2)})`);
    scores.push({ l2, f1 });
  }
  // The weakest regularisation within a hair of the best keeps the most words.
  const top = Math.max(...scores.map((s) => s.f1));
  const best = scores.find((s) => s.f1 >= top - TIE)!;
  const fit = { w: rounded(train(rows, vocab.length, best.l2).w) };
  const band = bestBand(rows, fit.w);
  log(
    `chosen l2 ${best.l2}; train macro-F1 ${macroF1(rows, fit.w, band).toFixed(4)}, band ${band}`,
  );

  // --- state evidence per word, from the emotion labels of the rows that use it plainly
  const STATE_LABELS: Record<string, readonly string[]> = {
    f: ['anger', 'annoyance', 'disgust', 'disapproval', 'disappointment'],
    c: ['confusion'],
    d: ['fear', 'nervousness', 'sadness', 'grief'],
    r: ['relief', 'gratitude'],
  };
  const stateTags = new Map<number, string[]>();
  for (const [letter, labels] of Object.entries(STATE_LABELS)) {
    const has = stateRows.map((r) => labels.some((l) => r.groups.has(l)));
    const base = has.filter(Boolean).length / has.length;
    const nW = new Float64Array(vocab.length);
    const nWS = new Float64Array(vocab.length);
    stateRows.forEach((r, k) => {
      for (const w of r.words) {
        nW[w]! += 1;
        if (has[k]) nWS[w]! += 1;
      }
    });
    const m = 20;
    for (let w = 0; w < vocab.length; w++) {
      if (nW[w]! < MIN_STATE_DF) continue;
      const p = (nWS[w]! + m * base) / (nW[w]! + m);
      const evidence = Math.round(((p - base) / (1 - base)) * 20) / 20;
      const weight = fit.w[w]!;
      const agrees =
        letter === 'c' || (letter === 'f' || letter === 'd' ? weight <= -0.3 : weight >= 0.3);
      if (evidence >= 0.2 && agrees) {
        const tags = stateTags.get(w) ?? [];
        tags.push(`${letter}${String(Math.min(evidence, 0.9)).replace(/^0/, '')}`);
        stateTags.set(w, tags);
      }
    }
  }

  // --- write the table
  const lines: string[] = [];
  for (let w = 0; w < vocab.length; w++) {
    const v = fit.w[w]!;
    const tags = stateTags.get(w);
    if (Math.abs(v) < MIN_WEIGHT && tags === undefined) continue;
    lines.push(`${vocab[w]} ${v}${tags ? ` ${tags.join(' ')}` : ''}`);
  }
  const file = `// Generated by packages/core/scripts/baseline-lexicon/derive.ts from GoEmotions train
// (Demszky et al. 2020, Apache-2.0). Do not edit by hand: run the script again.
// ${lines.length} words; holdout macro-F1 ${best.f1.toFixed(4)} at L2 ${best.l2}.

/** Raw valence sum at the learned edge between neutral and positive or negative. @internal */
export const LEARNED_NEUTRAL_RAW = ${band};

/** Learned words, \`word valence [states]\` a line (see lexicon-hand.ts for the format). @internal */
export const LEARNED_LEXICON = \`
${lines.join('\n')}
\`;
`;
  writeFileSync(OUT, file);
  log(`wrote ${lines.length} words to ${OUT}`);
}

/** The raw sentiment of a row under weights `w`, as the analyzer computes it. */
function score(r: Row, w: Float64Array): { s: number; grads: number[] } {
  let s = r.fixed;
  const grads: number[] = [];
  for (const [k, mult, negated] of r.feats) {
    const g = mult * negationFactor(w[k]!, negated);
    s += w[k]! * g;
    grads.push(g);
  }
  return { s: s + Math.sign(s) * r.emphasis, grads };
}

/**
 * Fits word weights by a cumulative-link (ordinal logistic) model on the raw score:
 * P(negative) = σ(k(-b - S)), P(positive) = σ(k(S - b)); classes weighted to balance.
 * Full-batch Adam with an L2 penalty.
 */
function train(rows: Row[], size: number, l2: number): { w: Float64Array } {
  const counts = [0, 0, 0];
  for (const r of rows) counts[r.target]!++;
  const cw = counts.map((c) => rows.length / (3 * c));
  const w = new Float64Array(size);
  const m1 = new Float64Array(size + 2);
  const m2 = new Float64Array(size + 2);
  let logB = 0;
  let logK = 0;
  const lr = 0.05;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const g = new Float64Array(size + 2);
    const b = Math.exp(logB);
    const k = Math.exp(logK);
    for (const r of rows) {
      const { s, grads } = score(r, w);
      const u1 = k * (-b - s);
      const u2 = k * (b - s);
      const s1 = sigmoid(u1);
      const s2 = sigmoid(u2);
      let d1 = 0;
      let d2 = 0;
      if (r.target === 0) d1 = -(1 - s1);
      else if (r.target === 2) d2 = s2;
      else {
        const p = Math.max(s2 - s1, 1e-9);
        d2 = (-s2 * (1 - s2)) / p;
        d1 = (s1 * (1 - s1)) / p;
      }
      const c = cw[r.target]!;
      const dS = -k * (d1 + d2) * c;
      r.feats.forEach(([idx], j) => {
        g[idx]! += dS * grads[j]!;
      });
      g[size]! += k * (-d1 + d2) * c * b; // through log b
      g[size + 1]! += ((-b - s) * d1 + (b - s) * d2) * c * k; // through log k
    }
    const n = rows.length;
    for (let j = 0; j < size + 2; j++) {
      let grad = g[j]! / n;
      if (j < size) grad += (l2 * w[j]!) / n;
      m1[j] = 0.9 * m1[j]! + 0.1 * grad;
      m2[j] = 0.999 * m2[j]! + 0.001 * grad * grad;
      const step =
        (lr * (m1[j]! / (1 - 0.9 ** epoch))) / (Math.sqrt(m2[j]! / (1 - 0.999 ** epoch)) + 1e-8);
      if (j < size) w[j]! -= step;
      else if (j === size) logB -= step;
      else logK -= step;
    }
  }
  return { w };
}

/** Weights as written to the table: one decimal, within ±4, small ones dropped. */
function rounded(w: Float64Array): Float64Array {
  return w.map((x) => {
    const v = Math.max(-4, Math.min(4, Math.round(x * 10) / 10));
    return Math.abs(v) < MIN_WEIGHT ? 0 : v;
  });
}

function predict(r: Row, w: Float64Array, band: number): Target {
  const { s } = score(r, w);
  return s >= band ? 2 : s <= -band ? 0 : 1;
}

function macroF1(rows: Row[], w: Float64Array, band: number): number {
  const tp = [0, 0, 0];
  const pred = [0, 0, 0];
  const gold = [0, 0, 0];
  for (const r of rows) {
    const p = predict(r, w, band);
    pred[p]!++;
    gold[r.target]!++;
    if (p === r.target) tp[p]!++;
  }
  let sum = 0;
  for (let c = 0; c < 3; c++) {
    const prec = pred[c] ? tp[c]! / pred[c]! : 0;
    const rec = gold[c] ? tp[c]! / gold[c]! : 0;
    sum += prec + rec > 0 ? (2 * prec * rec) / (prec + rec) : 0;
  }
  return sum / 3;
}

/** The neutral band (raw units, 0.05 steps) with the best macro-F1 on `rows`. */
function bestBand(rows: Row[], w: Float64Array): number {
  let best = { band: 1, f1: -1 };
  for (let band = 0.2; band <= 3.001; band += 0.05) {
    const rounded = Math.round(band * 100) / 100;
    const f1 = macroF1(rows, w, rounded);
    if (f1 > best.f1) best = { band: rounded, f1 };
  }
  return best.band;
}

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

main();
