import type { Token } from '../text/tokenize.js';

/** What the conversation around an utterance says about confusion. @public */
export interface ConversationCues {
  /** Extra evidence for confusion, [0, 1]. */
  readonly confused: number;
  readonly cues: readonly string[];
}

const NONE: ConversationCues = Object.freeze({
  confused: 0,
  cues: Object.freeze([]) as readonly string[],
});

/** The question words ("what", "why", "how" ...). @internal */
export const WH_WORDS: ReadonlySet<string> = new Set([
  'what',
  'why',
  'how',
  'when',
  'where',
  'which',
  'who',
  'whose',
]);
/** Words a question opens with: a question word or an auxiliary ("do", "can", "isn't"). @internal */
export const QUESTION_START: ReadonlySet<string> = new Set([
  ...WH_WORDS,
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'can',
  'could',
  'will',
  'would',
  'should',
  'shall',
  'may',
  'have',
  'has',
  'am',
  "isn't",
  "aren't",
  "don't",
  "doesn't",
  "didn't",
  "can't",
  "won't",
]);
const YES_NO_START = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'can',
  'could',
  'will',
  'would',
  'should',
  'have',
  'has',
  'am',
]);
const FILLER = new Set([
  'hi',
  'hello',
  'hey',
  'so',
  'and',
  'but',
  'um',
  'uh',
  'okay',
  'ok',
  'well',
  'sorry',
  'wait',
  'then',
  'oh',
  'hmm',
]);
const ANSWER = new Set([
  'yes',
  'yeah',
  'yep',
  'no',
  'nope',
  'sure',
  'right',
  'correct',
  'okay',
  'ok',
  'maybe',
  'not',
  'never',
  'always',
  'definitely',
]);
const STOP = new Set([
  'i',
  'you',
  'the',
  'a',
  'an',
  'to',
  'and',
  'it',
  'that',
  'this',
  'is',
  'of',
  'for',
  'me',
  'my',
  'your',
  'we',
  'so',
  'do',
  'does',
  'did',
  'what',
  'or',
  'not',
  'get',
  'be',
  'are',
  'can',
  'in',
  'on',
  'at',
  'just',
  'still',
  'if',
]);

/**
 * Whether an utterance asks something: a question mark, or an opening word that
 * starts a question (after fillers like "so", "um"), as unpunctuated transcripts need.
 * A punctuated statement is not a question, however it opens ("What I'll do is reset it.").
 * @public
 */
export function isQuestion(text: string, tokens: readonly Token[]): boolean {
  if (text.includes('?')) return true;
  if (/[.!]["')\]]*\s*$/.test(text)) return false;
  for (const t of tokens) {
    if (FILLER.has(t.text)) continue;
    return QUESTION_START.has(t.text) && tokens.length >= 3;
  }
  return false;
}

/** Content words of a text (for comparing questions). @internal */
export function contentWords(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (!STOP.has(t.text) && t.text.length > 2) out.add(t.text);
  return out;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / (a.size + b.size - inter);
}

/** A question the customer asked earlier, for repetition checks. @public */
export interface AskedQuestion {
  readonly atMs: number;
  readonly words: ReadonlySet<string>;
  /** The word it opens with after fillers ("so", "okay", "hi"): "when", "can". */
  readonly opener?: string | undefined;
}

/** The word a question opens with after fillers ("so", "okay", "but"), if any. @internal */
export function questionOpener(tokens: readonly Token[]): string | undefined {
  for (const t of tokens) if (!FILLER.has(t.text)) return t.text;
  return undefined;
}

/**
 * How alike two questions are: the share of content words they have in common (Jaccard),
 * or 1 when the later one opens the same way and what it asks about (its content words
 * but fillers and question words) was all in the earlier one: "okay, but when will it
 * arrive?" after "when will my new card arrive?" asks the same again in fewer words.
 */
function similarity(
  words: ReadonlySet<string>,
  opener: string | undefined,
  q: AskedQuestion,
): number {
  const j = jaccard(words, q.words);
  if (opener === undefined || opener !== q.opener) return j;
  // The words that frame a question ("okay but when will ...") are not what it asks.
  let asked = 0;
  for (const w of words) {
    if (FILLER.has(w) || QUESTION_START.has(w)) continue;
    if (!q.words.has(w)) return j;
    asked++;
  }
  return asked > 0 ? 1 : j;
}

/**
 * Confusion that shows in the conversation rather than in one utterance's words: the
 * customer asks again what they already asked (the same or rephrased), or answers the
 * agent's yes/no question with a question of their own.
 *
 * @param current the customer's utterance (tokens, whether it is a question, when)
 * @param previousQuestions the customer's earlier questions, newest last
 * @param agentLast the agent's latest utterance before it
 * @public
 */
export function conversationCues(
  current: {
    readonly tokens: readonly Token[];
    readonly isQuestion: boolean;
    readonly atMs: number;
  },
  previousQuestions: readonly AskedQuestion[],
  agentLast: { readonly tokens: readonly Token[]; readonly isQuestion: boolean } | undefined,
  windowMs = 180_000,
): ConversationCues {
  if (!current.isQuestion) return NONE;
  let confused = 0;
  const cues: string[] = [];
  const words = contentWords(current.tokens);
  const opener = questionOpener(current.tokens);
  let best = 0;
  for (const q of previousQuestions) {
    if (current.atMs - q.atMs > windowMs) continue;
    best = Math.max(best, similarity(words, opener, q));
  }
  if (best >= 0.34) {
    confused = Math.max(confused, 0.35 + 0.4 * Math.min(1, best));
    cues.push('asked the same question again');
  }
  if (agentLast !== undefined && agentLast.isQuestion) {
    const first = agentLast.tokens.find((t) => !FILLER.has(t.text));
    const answered = current.tokens.some((t) => ANSWER.has(t.text));
    if (first !== undefined && YES_NO_START.has(first.text) && !answered) {
      confused = Math.max(confused, 0.25);
      cues.push("answered the agent's question with a question");
    }
  }
  return cues.length === 0 ? NONE : { confused, cues };
}
