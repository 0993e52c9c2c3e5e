import { gapHas } from '../../text/chars.js';
import type { Token } from '../../text/tokenize.js';
import type { WordEntry } from './lexicon.js';
import type { ScanItem } from './scan.js';

/** Praise said as an opener of its own, which a complaint after it turns to sarcasm. */
const PRAISE: ReadonlySet<string> = new Set([
  'great',
  'perfect',
  'wonderful',
  'brilliant',
  'fantastic',
  'lovely',
  'terrific',
  'marvelous',
  'marvellous',
  'super',
  'awesome',
  'excellent',
  'fabulous',
  'splendid',
  'superb',
  'amazing',
]);
/** Words that may come before the praise ("oh great", "well, perfect"). */
const LEAD_INS: ReadonlySet<string> = new Set(['oh', 'ooh', 'ah', 'well', 'wow', 'yeah', 'just']);
/**
 * Words that carry on from the praise in a transcript without punctuation ("great so now
 * i have to call back"); "great thanks" or "perfect timing" do not.
 */
const CARRY_ON: ReadonlySet<string> = new Set(['so', 'now', 'and', 'then']);
/** Punctuation that closes the praise as a clause of its own. */
const CLAUSE_END = ',.!;:-\u2013\u2014\u2026';
/** Evidence of frustration or distress a complaint after the praise must give. */
const COMPLAINT = 0.4;

/** A statement that ends by asking it back: ", am I?", ", is it?", ", don't I?". */
const TAG_QUESTION =
  /[^?]\s*,\s*(?:am|is|are|was|were|do|does|did|have|has|had|can|will|would|should|isn't|aren't|wasn't|don't|doesn't|didn't|haven't|hasn't|won't|can't)\s+(?:i|you|it|we|they|he|she|that)\s*\?\s*$/i;

const SARCASTIC_PRAISE: WordEntry = { valence: -1.5, states: { frustrated: 0.6 } };
const TAKEN_BACK: WordEntry = { valence: -1.5, states: { frustrated: 0.5 } };

/**
 * Whether a text of these tokens may hold a sarcasm cue: it has a praise word, the
 * "nothing" of "thanks for nothing" or the "needed" of "just what I needed", or it ends
 * with "not". A text that cannot is not scanned for sarcasm. @internal
 */
export function mayBeSarcastic(tokens: readonly Token[]): boolean {
  if (tokens[tokens.length - 1]?.text === 'not') return true;
  for (const t of tokens)
    if (PRAISE.has(t.text) || t.text === 'nothing' || t.text === 'needed') return true;
  return false;
}

/** The ids of the cues that read sarcasm (phrases of the table, and those made here). @internal */
export const SARCASM_KEYS: ReadonlySet<string> = new Set([
  'thanks-for-nothing',
  'great-just-great',
  'sarcastic-another',
  'sarcastic-start',
  'sarcastic-praise',
  'sarcastic-not',
]);

/**
 * Reads sarcasm the way a support call hears it, in the cues `items` of `text` (changed
 * in place): praise said as an opener of its own and followed by a complaint, with
 * nothing good after it ("Great, so now I have to call back tomorrow", "Fantastic, so the
 * money is just gone?") is frustration, not praise; and a closing "Not." negates the
 * praise before it ("That's really helpful. Not."). Praise followed by good news ("Oh
 * great, that's fixed it!") or by thanks stays praise.
 * @internal
 */
export function markSarcasm(text: string, tokens: readonly Token[], items: ScanItem[]): void {
  sarcasticOpener(text, tokens, items);
  sarcasticCloser(text, tokens, items);
  closingNot(text, tokens, items);
}

/**
 * Praise said as a closing sentence of its own after a complaint, with nothing good
 * before it ("Oh great. Just great. Two hundred a month for a two bedroom flat.
 * Brilliant."), is the complaint's last word, not praise.
 */
function sarcasticCloser(text: string, tokens: readonly Token[], items: ScanItem[]): void {
  let k = tokens.length - 1;
  const praise = tokens[k];
  if (praise === undefined || !PRAISE.has(praise.text)) return;
  while (k > 0 && LEAD_INS.has(tokens[k - 1]!.text)) k--;
  if (k === 0 || !gapHas(text, tokens[k - 1]!.end, tokens[k]!.start, '.!?;\u2026')) return;
  const at = praiseItemAt(items, praise);
  if (at >= 0 && complains(items.slice(0, at)) === true) items[at] = sarcastic(items[at]!);
}

function sarcasticOpener(text: string, tokens: readonly Token[], items: ScanItem[]): void {
  let k = 0;
  while (k < 2 && k < tokens.length && LEAD_INS.has(tokens[k]!.text)) k++;
  const praise = tokens[k];
  const next = tokens[k + 1];
  if (praise === undefined || next === undefined || !PRAISE.has(praise.text)) return;
  if (!gapHas(text, praise.end, next.start, CLAUSE_END) && !CARRY_ON.has(next.text)) return;
  const at = praiseItemAt(items, praise);
  if (at < 0) return;
  const complaint = complains(items.filter((i) => i.start >= next.start));
  // "Wonderful. So I'm paying for last winter twice, am I?": a statement put back to the
  // agent as a question is a complaint, whatever its words.
  if (complaint === true || (complaint === false && TAG_QUESTION.test(text))) {
    items[at] = sarcastic(items[at]!);
  }
}

/** Where the cue of the praise word `praise` is among `items`, if it reads as praise; else -1. */
function praiseItemAt(items: readonly ScanItem[], praise: Token): number {
  const at = items.findIndex((i) => i.kind === 'word' && i.end === praise.end);
  const item = items[at];
  return item === undefined || item.negated || item.entry.valence <= 0 ? -1 : at;
}

/**
 * Whether `items` complain (evidence of frustration or distress) with nothing good among
 * them: true, false, or undefined where something good rules sarcasm out.
 */
function complains(items: readonly ScanItem[]): boolean | undefined {
  let complaint = false;
  for (const i of items) {
    const good = i.negated ? i.entry.valence < 0 : i.entry.valence > 0;
    if (good) return undefined;
    const s = i.entry.states;
    if (!i.negated && ((s?.frustrated ?? 0) >= COMPLAINT || (s?.distressed ?? 0) >= COMPLAINT))
      complaint = true;
  }
  return complaint;
}

/** The cue `item` (praise) read as sarcasm. */
function sarcastic(item: ScanItem): ScanItem {
  return {
    kind: 'phrase',
    key: 'sarcastic-praise',
    entry: SARCASTIC_PRAISE,
    start: item.start,
    end: item.end,
    negated: false,
    intensity: 1,
    caps: item.caps,
    weight: item.weight,
  };
}

function closingNot(text: string, tokens: readonly Token[], items: ScanItem[]): void {
  const n = tokens.length;
  const not = tokens[n - 1];
  if (n < 2 || not === undefined || not.text !== 'not') return;
  // "Not." closes the utterance as a sentence of its own.
  if (!gapHas(text, tokens[n - 2]!.end, not.start, '.!,;\u2026-\u2014')) return;
  // The clause it answers: back to the previous sentence's end.
  let from = 0;
  for (let k = n - 2; k > 0; k--) {
    if (gapHas(text, tokens[k - 1]!.end, tokens[k]!.start, '.!?;')) {
      from = tokens[k]!.start;
      break;
    }
  }
  for (let j = 0; j < items.length; j++) {
    const item = items[j]!;
    if (item.start < from || item.negated || item.entry.valence <= 0) continue;
    items[j] = {
      kind: 'phrase',
      key: 'sarcastic-not',
      entry: TAKEN_BACK,
      start: item.start,
      end: not.end,
      negated: false,
      intensity: item.intensity,
      caps: item.caps,
      weight: item.weight,
    };
  }
}
