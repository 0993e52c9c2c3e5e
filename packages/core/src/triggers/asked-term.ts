import type { RuleContext } from '../rules/rule-types.js';
import { sameStem } from '../text/word-stem.js';
import { readText } from '../text/text-reading.js';
import type { Token } from '../text/tokenize.js';

/**
 * The term a customer asks the meaning of: "What's a CPE?", "What does provisioning
 * mean?", "What do you mean by band steering?", "What's ONT?". Only a question that is
 * about the term and ends with it counts: "What's the fee for?" asks something else, and
 * "What's wrong?" no meaning (a bare term counts only as an acronym, "What's PNR?").
 * @internal
 */
export function askedTerm(text: string): string | undefined {
  // Most utterances hold no "what" at all: one native search passes them.
  if (!WHAT.test(text)) return undefined;
  for (const part of text.split(SENTENCE_END)) {
    const s = part.trim();
    if (s === '') continue;
    for (const re of ASKS) {
      const m = re.exec(s);
      if (m === null) continue;
      const term = m[1]!.trim();
      const words = term.split(/\s+/);
      if (words.length > MAX_TERM_WORDS || POINTERS.has(term.toLowerCase())) continue;
      return term;
    }
  }
  return undefined;
}

const WHAT = /what/i;
const SENTENCE_END = /[.?!;]+/;
const MAX_TERM_WORDS = 4;
/** Words that point back rather than name a term: "what does that mean" asks about all of it. */
const POINTERS = new Set(['that', 'this', 'it', 'those', 'these', 'all that', 'all this']);
const TERM = "([\\p{L}\\p{N}][\\p{L}\\p{N}' -]{0,40})";
const ASKS: readonly RegExp[] = [
  new RegExp(`\\bwhat(?:'s|s| is| are) (?:a|an) ${TERM}$`, 'iu'),
  new RegExp(`\\bwhat (?:does|do|did) (?:a |an |the |your |my )?${TERM} (?:mean|stand for)$`, 'iu'),
  new RegExp(`\\bwhat (?:do )?you mean by (?:a |an |the )?${TERM}$`, 'iu'),
  // An acronym on its own, as written ("What's PNR?", "What is an ONT?" is above).
  /\b[Ww]hat(?:'s|s| is) (?:the |your |my )?(\p{Lu}{2,6}s?)$/u,
];

/** How far back an agent's words may be for a customer's "what's a ...?" to be about them. */
const ASKED_WITHIN_MS = 90_000;

/** A term in an agent utterance that the customer asked the meaning of. @internal */
export interface AskedTermSpan {
  readonly utteranceId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The term of the agent's recent speech (the last 90 s) that a customer's `text` asks the
 * meaning of, found in the latest agent utterance that used it. Whatever the built-in
 * jargon table says, that term was jargon to this customer.
 * @internal
 */
export function termAskedAbout(
  ctx: Pick<RuleContext, 'recent'>,
  text: string,
): AskedTermSpan | undefined {
  const term = askedTerm(text);
  if (term === undefined) return undefined;
  const words = readText(term).tokens;
  if (words.length === 0) return undefined;
  const said = ctx.recent({ speaker: 'agent', withinMs: ASKED_WITHIN_MS });
  for (let k = said.length - 1; k >= 0; k--) {
    const a = said[k]!;
    const at = findTerm(a.tokens, words);
    if (at !== undefined)
      return { utteranceId: a.id, start: at[0], end: at[1], text: a.text.slice(at[0], at[1]) };
  }
  return undefined;
}

/**
 * Where the folded word tokens `said` hold the words of `term` in a row, each as itself
 * or another form of it ("endpoint" and "endpoints", "provision" and "provisioning"; see
 * `sameStem`): `[start, end)`.
 * @internal
 */
export function findTerm(
  said: readonly Token[],
  term: readonly Token[],
): readonly [number, number] | undefined {
  const n = term.length;
  for (let i = 0; i + n <= said.length; i++) {
    let k = 0;
    while (k < n && sameStem(said[i + k]!.text, term[k]!.text)) k++;
    if (k === n) return [said[i]!.start, said[i + n - 1]!.end];
  }
  return undefined;
}
