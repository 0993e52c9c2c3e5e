import type { RuleDefinition, UtteranceView } from '../rules/rule-types.js';
import { readText } from '../text/text-reading.js';
import { CLAUSE_MARKS, gapHas } from '../text/chars.js';
import { wordAt, type Token } from '../text/tokenize.js';
import { stemOf } from '../text/word-stem.js';
import { memoizeByText } from '../util/text-memo.js';
import { reportsDone } from './closing-cues.js';

/** An ask of the customer's: the words of the ask and what is asked for. @internal */
export interface Ask {
  /** `[start, end)` of the ask in the text, from its opener to the end of its clause. */
  readonly start: number;
  readonly end: number;
  /** The first word that says what is asked for ("cancel", "refund", "money"). */
  readonly word: string;
  /** That word's stem, for comparing asks ("cancelled" and "cancel" are one). */
  readonly stem: string;
}

/** Words said between "I" and "want" ("I really just want to"). */
const ASK_ADVERBS: ReadonlySet<string> = new Set([
  'just',
  'really',
  'only',
  'simply',
  'honestly',
  'still',
  'already',
]);
/** What "I" asks with: "I want", "I need", "I asked for". */
const I_ASK: ReadonlySet<string> = new Set(['want', 'wanna', 'need', 'needed', 'asked', 'wanted']);
/** What "I'd" asks with: "I'd like", "I'd prefer". */
const ID_ASK: ReadonlySet<string> = new Set(['like', 'love', 'prefer']);
/** What "I'm ... to" asks with: "I'm calling to", "I'm trying to". */
const IM_ASK: ReadonlySet<string> = new Set([
  'calling',
  'ringing',
  'trying',
  'asking',
  'here',
  'looking',
]);
/** Words that ask the agent to do something: "can you", "would you". */
const YOU_ASK: ReadonlySet<string> = new Set(['can', 'could', 'would', 'will']);
/** Softeners after "can you" or first in a clause: "can you please just", "please". */
const PLEASE: ReadonlySet<string> = new Set(['please', 'just', 'kindly', 'simply']);

/**
 * The index of the first token after an opener of an ask that starts at token `i`, or -1:
 * "I (just) want (to)", "I'd (really) like (to)", "I'm (just) calling to", "can you
 * (please) (just)", and "please" or "just" first in a clause ("Please cancel it.").
 * A scan of the folded tokens: most texts are read by the rule, and most ask nothing.
 */
function openerEnd(text: string, tokens: readonly Token[], i: number): number {
  const w = wordAt(tokens, i);
  let k = i + 1;
  if (w === "i'm" || (w === 'i' && wordAt(tokens, k) === 'am')) {
    if (w === 'i') k++;
    if (wordAt(tokens, k) === 'just') k++;
    if (!IM_ASK.has(wordAt(tokens, k)) || wordAt(tokens, k + 1) !== 'to') return -1;
    return k + 2;
  } else if (w === "i'd" || (w === 'i' && wordAt(tokens, k) === 'would')) {
    if (w === 'i') k++;
    if (ASK_ADVERBS.has(wordAt(tokens, k))) k++;
    if (!ID_ASK.has(wordAt(tokens, k))) return -1;
    k++;
  } else if (w === 'i' || w === "i've") {
    while (k < i + 3 && ASK_ADVERBS.has(wordAt(tokens, k))) k++;
    if (!I_ASK.has(wordAt(tokens, k))) return -1;
    k++;
  } else if (YOU_ASK.has(w)) {
    if (wordAt(tokens, k) !== 'you') return -1;
    k++;
    while (k < i + 4 && PLEASE.has(wordAt(tokens, k))) k++;
    return k;
  } else if (w === 'please' || w === 'just') {
    if (i > 0 && !endsClause(text, tokens, i)) return -1;
    if (PLEASE.has(wordAt(tokens, k))) k++;
    return k;
  } else return -1;
  if (wordAt(tokens, k) === 'to' || wordAt(tokens, k) === 'for') k++;
  return k;
}

/** Words passed over on the way to what is asked for. */
const PASSED_OVER: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'my',
  'me',
  'it',
  'this',
  'that',
  'your',
  'our',
  'to',
  'for',
  'please',
  'just',
  'really',
  'now',
  'go',
  'ahead',
  'get',
  'have',
  'be',
  'do',
  'make',
  'know',
  'see',
  'help',
  'with',
  'some',
  'kindly',
  'simply',
  'actually',
  'again',
  'back',
  'and',
  'then',
  'put',
]);

/** Words that name nothing asked for: what comes after them is not the ask's first word. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'on',
  'in',
  'at',
  'of',
  'up',
  'off',
  'out',
  'through',
  'about',
  'from',
  'into',
  'over',
  'why',
  'what',
  'how',
  'when',
  'where',
  'who',
  'which',
  'if',
  'whether',
  'there',
  'here',
  'so',
  'not',
  'no',
  'you',
  'i',
  'we',
  'they',
]);

/** What a transfer is asked with: `transfer-request` counts those asks itself. */
const TRANSFER_WORDS: ReadonlySet<string> = new Set([
  'speak',
  'talk',
  'manager',
  'supervisor',
  'person',
  'human',
  'someone',
  'somebody',
  'agent',
  'representative',
  'transfer',
  'escalate',
]);

/** Words a few of which are not asks at all: "I just want to say thanks", "I need to go". */
const NOT_ASKED: ReadonlySet<string> = new Set([
  'say',
  'thank',
  'thanks',
  'check',
  'confirm',
  'ask',
  'understand',
  'clarify',
  'mention',
  'add',
  'sure',
  'hear',
  'wait',
  'wondering',
  'checking',
  'curious',
]);

/** How far ahead of its opener an ask names what it asks for, in words. */
const MAX_LEAD = 4;

/** Whether punctuation between tokens `i - 1` and `i` ends a clause. */
const endsClause = (text: string, tokens: readonly Token[], i: number): boolean =>
  gapHas(text, tokens[i - 1]!.end, tokens[i]!.start, CLAUSE_MARKS);

/**
 * The customer's first ask in `text` ("No thanks, I just want to cancel." asks to
 * "cancel"), or undefined when the text asks for nothing this rule compares: no opener,
 * nothing named within a few words of it, or a transfer (`transfer-request`'s).
 * @internal
 */
export const askIn: (text: string) => Ask | undefined = /* @__PURE__ */ memoizeByText((text) => {
  const { tokens } = readText(text);
  for (let i = 0; i < tokens.length; i++) {
    const end = openerEnd(text, tokens, i);
    if (end < 0) continue;
    const ask = askAfter(text, tokens, tokens[i]!.start, end);
    if (ask !== undefined) return ask;
  }
  return undefined;
}, 128);

function askAfter(
  text: string,
  tokens: readonly Token[],
  start: number,
  from: number,
): Ask | undefined {
  for (let k = 0, i = from; k < MAX_LEAD && i < tokens.length; k++, i++) {
    const t = tokens[i]!;
    if (k > 0 && endsClause(text, tokens, i)) return undefined;
    if (PASSED_OVER.has(t.text)) continue;
    if (
      TRANSFER_WORDS.has(t.text) ||
      NOT_ASKED.has(t.text) ||
      FUNCTION_WORDS.has(t.text) ||
      !/^[a-z]/.test(t.text)
    )
      return undefined;
    let end = t.end;
    for (let j = i + 1; j < tokens.length; j++) {
      if (endsClause(text, tokens, j)) break;
      end = tokens[j]!.end;
    }
    // A redacted value ends with its bracket: "send it to [email]".
    if (text[end] === ']') end++;
    return { start, end, word: t.text, stem: stemOf(t.text) };
  }
  return undefined;
}

/** Words that commit to doing something: "I'll cancel it now", "let me process the refund". */
const COMMITS = /\b(?:i'll|i will|let me|i'm going to|i am going to|we'll|we will|i can)\b/;

/**
 * Whether an agent utterance takes on `ask`: it names what was asked for and reports it
 * done ("I've cancelled it"), does it now ("Of course, I'll cancel that for you right
 * now") or commits to it ("I can process the cancellation"). Words
 * about something else ("I've updated your address") do not take it on; most agent
 * utterances are passed over by the stem alone. A frustrated customer's ask done answers
 * their frustration too (see `actedOn`).
 * @internal
 */
export function takesOnAsk(text: string, ask: Ask): boolean {
  if (!stemPattern(ask.stem).test(text)) return false;
  if (actsOnAsk(text)) return true;
  if (!COMMITS.test(text.toLowerCase())) return false;
  return readText(text).tokens.some((t) => stemOf(t.text) === ask.stem);
}

/** A pattern that finds a stem anywhere in a text (case ignored): a quick first test. */
const stemPattern = /* @__PURE__ */ memoizeByText(
  (stem) => new RegExp(stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'),
  16,
);

/** Doing it now in words: "I'll cancel that for you now", "I can do that", "consider it done". */
const ACTS_NOW =
  /\b(?:(?:i'll|i will|let me|i'm going to|i am going to|i can)\s+(?:go ahead and\s+)?(?:[\w']+\s+){0,4}?(?:now|right now|right away|straight away)|i can do that|i'll do that|let me do that|consider it done|i'll take care of (?:it|that))\b/;

/**
 * Whether an agent utterance does what was asked or says they will now: it reports
 * something done ("I've cancelled it") or commits to it now ("I'll cancel that for you
 * right now", "I can do that"). What acting on a `repeated-request` nudge looks like.
 * @internal
 */
export const actsOnAsk: (text: string) => boolean = /* @__PURE__ */ memoizeByText(
  (text) => reportsDone(text) || ACTS_NOW.test(text.toLowerCase()),
  128,
);

/** Words that insist in the ask itself: "I *just* want to cancel", "I *really* need it". */
const INSISTS_IN_ASK = /\b(?:just|really|already|simply|still|only)\b/;
/** Words that insist wherever they are said: "*Like I said*, ...", "I *already* told you". */
const INSISTS = /\b(?:like i said|as i said|i said|told you|i asked|already|again)\b/;

/**
 * Whether an ask insists: words that insist in the ask itself, or anywhere in the
 * utterance words that say it was asked before ("I'm really worried, I need that money"
 * does not insist: "really" goes with "worried").
 */
function insists(text: string, ask: Ask): boolean {
  return (
    INSISTS_IN_ASK.test(text.slice(ask.start, ask.end).toLowerCase()) ||
    INSISTS.test(text.toLowerCase())
  );
}

/** How far back an earlier ask counts. */
const WINDOW_MS = 10 * 60_000;

/** "twice", "3 times". */
const timesWord = (n: number): string => (n === 2 ? 'twice' : `${n} times`);

/**
 * `repeated-request`: the customer asks again for what they asked for before ("I want to
 * cancel my subscription." ... "No thanks, I just want to cancel."), and nothing the
 * agent said since did it or said they would: the agent is working through a script
 * past what the customer wants. It fires at a second ask that insists ("just",
 * "really", "like I said", "already") and at a third ask, within 10 minutes, once per
 * thing asked for every 5 minutes. Asks for someone else are `transfer-request`'s.
 * @public
 */
export function repeatedRequestRule(): RuleDefinition {
  return {
    id: 'repeated-request',
    description: 'the customer asked again for something the agent has not acted on',
    on: ['utterance'],
    priority: 75,
    cooldownMs: 5 * 60_000,
    when(ctx) {
      const u = ctx.utterance;
      if (u === undefined || u.speaker !== 'customer' || !u.final) return undefined;
      const ask = askIn(u.text);
      if (ask === undefined) return undefined;
      // A text without the stem cannot ask for the same thing: most are passed over.
      const stem = stemPattern(ask.stem);
      const earlier: UtteranceView[] = [];
      for (const c of ctx.recent({ speaker: 'customer', withinMs: WINDOW_MS })) {
        if (c.id === u.id || c.startMs >= u.startMs || !stem.test(c.text)) continue;
        if (askIn(c.text)?.stem === ask.stem) earlier.push(c);
      }
      const first = earlier[0];
      if (first === undefined) return undefined;
      const times = earlier.length + 1;
      const insisting = insists(u.text, ask);
      if (times < 3 && !insisting) return undefined;
      const last = earlier[earlier.length - 1]!;
      // The agent answered in between, and nothing since the first ask takes it on.
      let answered = false;
      for (const a of ctx.recent({ speaker: 'agent', withinMs: WINDOW_MS })) {
        if (a.startMs < first.startMs) continue;
        if (takesOnAsk(a.text, ask)) return undefined;
        if (a.startMs >= last.startMs) answered = true;
      }
      if (!answered) return undefined;
      const words = u.text.slice(ask.start, ask.end);
      return {
        speaker: 'customer',
        span: { utteranceId: u.id, start: ask.start, end: ask.end, text: words },
        matched: [
          ...earlier.map((c) => `asked before: "${c.text}"`),
          `asked again${insisting ? ', insisting' : ''}: "${u.text}"`,
        ],
        utteranceIds: [...earlier.map((c) => c.id), u.id],
        cues: [`asked for "${ask.word}" ${timesWord(times)}`],
        summary: `the customer asked ${timesWord(times)} for the same thing`,
        values: { ask: words, times: timesWord(times) },
        key: ask.stem,
      };
    },
  };
}
