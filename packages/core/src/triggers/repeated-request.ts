import type { RuleDefinition, UtteranceView } from '../rules/rule-types.js';
import { createBuiltInPhraseMatcher, type PhraseMatcher } from '../text/phrase-matcher.js';
import { readText } from '../text/text-reading.js';
import type { Token } from '../text/tokenize.js';
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

/**
 * The words that open an ask: "I (just) want to", "I'd like", "I need", "can you
 * (please) (just)", "please (just)", "I'm calling to".
 */
const OPENERS: PhraseMatcher<true> = /* @__PURE__ */ createBuiltInPhraseMatcher<true>(
  [
    "(i|i've) (just|really|only|simply|honestly|still|already)? (just|really|only|simply)? (want|wanna|need|needed|asked|wanted) (to|for)?",
    "(i'd|i would) (just|really|only)? (like|love|prefer) (to|for)?",
    "(i'm|i am) (just)? (calling|ringing|trying|asking|here|looking) to",
    '(can|could|would|will) you (please|just|kindly|simply)? (please|just)?',
    '(please|just) (just|please)?',
  ].map((pattern) => ({ pattern, value: true as const })),
);

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

/**
 * A word's stem for comparing asks: "cancelled", "cancelling", "cancellation" and
 * "cancels" all come to "cancel"; "close" and "closed" to "clos". Only ever compared with
 * other stems. @internal
 */
export function stemOf(word: string): string {
  const suffix = /(?:lations?|ations?|ings?|ed|es|s)$/.exec(word)?.[0];
  let s =
    suffix === undefined || word.length - suffix.length < 3 ? word : word.slice(0, -suffix.length);
  if (s.length > 3 && s[s.length - 1] === s[s.length - 2]) s = s.slice(0, -1);
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

/** Whether punctuation between two tokens ends a clause. */
const CLAUSE_END = /[.?!;,:]/;

/**
 * The customer's first ask in `text` ("No thanks, I just want to cancel." asks to
 * "cancel"), or undefined when the text asks for nothing this rule compares: no opener,
 * nothing named within a few words of it, or a transfer (`transfer-request`'s).
 * @internal
 */
export const askIn: (text: string) => Ask | undefined = /* @__PURE__ */ memoizeByText((text) => {
  const opener = OPENERS.find(text);
  if (opener.length === 0) return undefined;
  const { tokens } = readText(text);
  for (const o of opener) {
    // "Please" and "just" open an ask only first in a clause ("Please cancel it.").
    if (/^(?:please|just)\b/.test(o.text.toLowerCase()) && !clauseStartsAt(text, tokens, o.start))
      continue;
    const ask = askAfter(text, tokens, o.start, o.end);
    if (ask !== undefined) return ask;
  }
  return undefined;
}, 32);

function clauseStartsAt(text: string, tokens: readonly Token[], start: number): boolean {
  const i = tokens.findIndex((t) => t.start === start);
  if (i <= 0) return i === 0;
  return CLAUSE_END.test(text.slice(tokens[i - 1]!.end, start));
}

function askAfter(
  text: string,
  tokens: readonly Token[],
  start: number,
  openerEnd: number,
): Ask | undefined {
  let i = tokens.findIndex((t) => t.start >= openerEnd);
  if (i < 0) return undefined;
  for (let k = 0; k < MAX_LEAD && i < tokens.length; k++, i++) {
    const t = tokens[i]!;
    if (k > 0 && CLAUSE_END.test(text.slice(tokens[i - 1]!.end, t.start))) return undefined;
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
      if (CLAUSE_END.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
      end = tokens[j]!.end;
    }
    return { start, end, word: t.text, stem: stemOf(t.text) };
  }
  return undefined;
}

/** Words that commit to doing something: "I'll cancel it now", "let me process the refund". */
const COMMITS = /\b(?:i'll|i will|let me|i'm going to|i am going to|we'll|we will|i can)\b/;

/**
 * Whether an agent utterance takes on the ask with stem `stem`: it reports something done
 * ("I've cancelled it", "you're all set"), or commits to it in words ("I'll cancel that
 * now", "I can process the cancellation").
 */
function takesOn(text: string, stem: string): boolean {
  if (actsOnAsk(text)) return true;
  if (!COMMITS.test(text.toLowerCase())) return false;
  return readText(text).tokens.some((t) => stemOf(t.text) === stem);
}

/** Doing it now in words: "I'll cancel that for you now", "I can do that", "consider it done". */
const ACTS_NOW =
  /\b(?:(?:i'll|i will|let me|i'm going to|i am going to|i can)\s+(?:go ahead and\s+)?(?:[\w']+\s+){0,4}?(?:now|right now|right away|straight away)|i can do that|i'll do that|let me do that|consider it done|i'll take care of (?:it|that))\b/;

/**
 * Whether an agent utterance does what was asked or says they will now: it reports
 * something done ("I've cancelled it") or commits to it now ("I'll cancel that for you
 * right now", "I can do that"). What acting on a `repeated-request` nudge looks like.
 * @internal
 */
export function actsOnAsk(text: string): boolean {
  return reportsDone(text) || ACTS_NOW.test(text.toLowerCase());
}

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
      const earlier: UtteranceView[] = [];
      for (const c of ctx.recent({ speaker: 'customer', withinMs: WINDOW_MS })) {
        if (c.id !== u.id && c.startMs < u.startMs && askIn(c.text)?.stem === ask.stem)
          earlier.push(c);
      }
      const first = earlier[0];
      if (first === undefined) return undefined;
      const last = earlier[earlier.length - 1]!;
      // The agent answered in between, and nothing since the first ask takes it on.
      let answered = false;
      for (const a of ctx.recent({ speaker: 'agent', withinMs: WINDOW_MS })) {
        if (a.startMs < first.startMs) continue;
        if (takesOn(a.text, ask.stem)) return undefined;
        if (a.startMs >= last.startMs) answered = true;
      }
      if (!answered) return undefined;
      const times = earlier.length + 1;
      const insisting = insists(u.text, ask);
      if (times < 3 && !insisting) return undefined;
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
