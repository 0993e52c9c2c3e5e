import { createBuiltInPhraseMatcher } from '../text/phrase-matcher.js';
import { countWords, type Token } from '../text/tokenize.js';
import { memoizeByText } from '../util/text-memo.js';

/** Things an agent can do with words that adoption looks for. @internal */
export type AgentCue = 'acknowledge' | 'check-in' | 'reinforce' | 'simplify' | 'warm-transfer';

const MATCHER = /* @__PURE__ */ createBuiltInPhraseMatcher<AgentCue>([
  ...[
    'i (understand|hear you|get it|get that|see why|can see why|can imagine|know how)',
    "i('m| am) (so|really|very|truly)? sorry",
    'i (apologize|apologise)',
    '(that|this) (sounds|must be|must have been|is) (really|so)? (frustrating|stressful|difficult|annoying|upsetting|worrying|hard|awful|a pain)',
    "(you're|you are) (right|absolutely right)",
    'thank you for (your patience|bearing with me|waiting|holding|explaining)',
    'thanks for (your patience|bearing with me|waiting|holding)',
    'i want to (make sure|get this|help|sort)',
    "(let's|let us) (get this|sort this|fix this|figure this)",
    "(fair enough|that's fair|that is fair|makes sense that you|that makes (total|complete|perfect)? sense)",
    // "It's frustrating when it cuts out in the middle of work."
    "(it's|it is|it can be|that can be|it must be) (really|so|very|incredibly)? (frustrating|stressful|annoying|upsetting|worrying|a pain|awful) (when|to|that|for you|not to)",
    "(i'd|i would) (be|feel) (frustrated|upset|annoyed|worried) too",
    // Reassurance of a customer who apologises or blames themselves.
    "(please|oh)? (don't|do not) (apologize|apologise|worry|be sorry)",
    "(there's|there is)? no need to (apologize|apologise|be sorry)",
    "(you're|you are) doing (everything right|the right thing|all the right things|really well|great|fine)",
    "(that's|that is|it's|it is) (completely|totally|perfectly|entirely)? (understandable|natural|normal)",
    'anyone would (be|feel)',
  ].map((pattern) => ({ pattern, value: 'acknowledge' as const })),
  ...[
    'does (that|this) (make sense|help|sound ok|sound okay|sound good|work for you)',
    '(any|do you have any) questions',
    '(is that|was that) (clear|okay|ok|alright)',
    'how does (that|this) sound',
    'are you (with me|following)',
    'what do you think',
    'would (that|this) (work|help)',
  ].map((pattern) => ({ pattern, value: 'check-in' as const })),
  ...[
    "(i'm|i am|so|really) (glad|happy|pleased)",
    'happy to help',
    'my pleasure',
    "you (shouldn't|should not) have had to",
    '(great|good) to hear',
  ].map((pattern) => ({ pattern, value: 'reinforce' as const })),
  ...[
    'in other words',
    '(put|say) (it|that) (another way|more simply|simply|differently)',
    'to put it simply',
    'simply put',
    'what (that|this) means (is|for you)',
    'basically',
    'in short',
    'one (step|thing) at a time',
    'let me (back up|explain|go through)',
  ].map((pattern) => ({ pattern, value: 'simplify' as const })),
  // A warm transfer: the details passed on, the agent staying on, who takes over and why.
  ...[
    "(i'll|i will|i'm going to|let me) (pass|hand|give) (on)? (everything|all the details|all of this|the details|your details|the notes|my notes|what you've told me) (on|over)?",
    "(i'll|i will|i'm going to) (explain|brief|fill) (everything|it all|the situation|them|this) (to|in|on)? (them|the team)?",
    "(i'll|i will|i'm going to|i can) (stay|remain|be) (on the line|with you)",
    "(you|you'll|you will) (won't|will not|don't|do not)? (need|have) to (repeat|explain) (yourself|it|anything|everything) (again)?",
    "(won't|will not|don't|do not) (need|have) to (repeat|explain)",
    "(they're|they are) the (right|best) (people|team|person)",
  ].map((pattern) => ({ pattern, value: 'warm-transfer' as const })),
]);

/**
 * The agent cues present in a text, remembered for recent texts (adoption and the key
 * moments both read each agent utterance). Shared: not to be changed.
 * @internal
 */
export const agentCuesIn: (text: string) => ReadonlySet<AgentCue> = /* @__PURE__ */ memoizeByText(
  (text) => {
    const out = new Set<AgentCue>();
    for (const m of MATCHER.find(text)) out.add(m.value);
    return out;
  },
  16,
);

/** Fewest words and sentences of an explanation that can show it was put plainly. */
const MIN_PLAIN_WORDS = 12;
const MIN_PLAIN_SENTENCES = 3;
/** Most words per sentence, on average, of an explanation put plainly. */
const MAX_PLAIN_SENTENCE = 12;

/**
 * Whether an agent's utterance is shaped like an explanation put plainly: `wordCount`
 * words or more (12) in three or more short sentences (12 words or fewer on average).
 * "That's okay. You can activate it by phone instead. When the card arrives, just call
 * the number on the sticker." simplifies as surely as "in other words" does; "I
 * understand, and I'm sorry. Let me see what I can do." explains nothing. Whether its
 * words are plain (no jargon or stiff wording) is the caller's to judge (`simplifies`).
 * @internal
 */
export function explainsPlainly(text: string, wordCount: number): boolean {
  if (wordCount < MIN_PLAIN_WORDS) return false;
  let sentences = 0;
  for (const part of text.split(SENTENCE_END)) if (LETTER_OR_DIGIT.test(part)) sentences++;
  return sentences >= MIN_PLAIN_SENTENCES && wordCount / sentences <= MAX_PLAIN_SENTENCE;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether an agent's `reply` answers the question the customer just `asked` first. A
 * yes-or-no question: "Do I get my money back?" "Yes. You'll get the nine hundred dollars
 * back within two days." A question of what, where, when, how or why: a short statement
 * that is neither a stall nor an apology ("A code from where?" "It's a text message, sent
 * to your mobile phone."). A direct answer is what a confused customer's question needs;
 * whether its words are plain is the caller's to judge (`simplifies`).
 * @internal
 */
export function answersPlainly(reply: string, asked: string | undefined): boolean {
  if (asked === undefined) return false;
  return DIRECT_ANSWER.test(reply)
    ? ASKS_YES_OR_NO.test(asked)
    : ASKS_WHAT.test(asked) && answersInShort(reply);
}

/** A question of what, where, when, who, which, how or why. */
const ASKS_WHAT = /\b(?:what|where|when|who|which|how|why)\b[^.!?]*\?/i;

/** Words of a short answer: enough to say something, few enough to be plain. */
const SHORT_ANSWER_WORDS = [4, 14] as const;

/** Replies that put the answer off or only apologise. */
const NO_ANSWER =
  /\b(?:let me|one moment|one sec|just a (?:sec|second|moment|minute)|hold on|bear with|give me|i'll (?:check|find out|look)|i will (?:check|find out|look)|i'm (?:checking|looking)|sorry|apologi[sz]e|i understand|i hear you|good question)\b/i;

/** Whether `reply` is a short statement that may answer a question (see `answersPlainly`). */
function answersInShort(reply: string): boolean {
  const words = countWords(reply);
  return (
    words >= SHORT_ANSWER_WORDS[0] &&
    words <= SHORT_ANSWER_WORDS[1] &&
    !reply.includes('?') &&
    !NO_ANSWER.test(reply)
  );
}

/** A reply that answers first: "Yes.", "No, ...", "That's right, ...". */
const DIRECT_ANSWER =
  /^[^\p{L}\p{N}]*(?:yes|yeah|yep|no|nope|that's right|that is right|exactly|correct|not quite|absolutely|of course|definitely)\b/iu;

/**
 * A question that opens with a verb ("Do I get my money back?", "So is it fixed?"), not
 * a request of the agent ("Can you slow down?"), which "of course" does not answer.
 */
const ASKS_YES_OR_NO =
  /(?:^|[.?!]\s*)(?:(?:so|and|but|okay|ok|sorry|um|uh|well|right|then|wait)[\s,]+)*(?:do|does|did|is|are|was|were|should|has|have|am|(?:will|would|can|could)(?!\s+you\b))\b[^.?!]*\?/i;

const SENTENCE_END = /[.?!;]+/;

/**
 * Share of a phrase's content words that are words of a text (its tokens), [0, 1]. The
 * tokens are searched as they are: an utterance has a few dozen, and a set of them would
 * cost more to build than the look-ups it saves.
 * @internal
 */
export function phraseOverlap(phraseWords: readonly string[], tokens: readonly Token[]): number {
  if (phraseWords.length === 0) return 0;
  let hit = 0;
  for (const w of phraseWords) if (hasWord(tokens, w)) hit++;
  return hit / phraseWords.length;
}

function hasWord(tokens: readonly Token[], word: string): boolean {
  for (const t of tokens) if (t.text === word) return true;
  return false;
}
