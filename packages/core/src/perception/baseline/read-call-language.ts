import { CLAUSE_MARKS, gapHas, isUnpunctuated } from '../../text/chars.js';
import { readText } from '../../text/text-reading.js';
import { QUESTION_START, WH_WORDS } from '../conversation-cues.js';
import { wordAt, type Token } from '../../text/tokenize.js';
import { notText } from '../../util/value-checks.js';
import { NEUTRAL_ANALYSIS, type TextAnalysis } from '../text-analyzer.js';
import { BASELINE_NEUTRAL_BAND, builtInScanModel, readBuiltInScan } from './baseline-analyzer.js';
import { isNegator } from './modifiers.js';
import { SARCASM_KEYS, mayBeSarcastic } from './sarcasm.js';
import { scanText, type Scan } from './scan.js';

/**
 * What a support call means by words that a model trained on written text misreads, as
 * the built-in analyzer hears them. @public
 */
export interface CallLanguageReading {
  /**
   * `sarcasm`: praise that means the opposite ("Great, just great."); `plain-answer`: a
   * yes, no or okay that answers or acknowledges ("Yes, that's right.", "No."), or a
   * courtesy while the agent works ("No worries, take your time.", "That's fine."),
   * which says nothing of how the speaker feels; `negation`: a text with a negation that
   * the built-in analyzer reads ("Not bad at all.", "I'm not happy.", "That's not a
   * problem."), which a model of word n-grams may read the other way; `thanks`: a plain
   * "thank you" or "thanks" with nothing else glad in the text ("Thank you. I'm not sure
   * what you need from me."), as often courtesy as relief; `apology`: a "sorry" or
   * "excuse me", which on a call is politeness ("Oh sorry, it's 4 4 1 9.") unless the
   * text says worry or sadness too ("Sorry, I'm scared they'll cut us off."): `analysis`
   * says which; `request`: a question that asks for help or for news ("Can you check my
   * last payment?", "Is my refund through?") or a need stated ("I need to file a claim"),
   * which is no sign of confusion, frustration or worry by itself;
   * `call-phrase`: a phrase a caller says to complain, to
   * worry or to thank ("This is a joke.", "I'm done with this company.", "You're a
   * lifesaver."), which written text uses otherwise or seldom; `not-following`: a
   * phrase that says the speaker is not following ("I'm lost.", "You've lost me."),
   * which written text uses for loss and sadness; `pushback`: an okay or a
   * yes taken back at once by "but" ("Okay, but when will it arrive?", "yeah but I
   * already did that"), which is no approval.
   */
  readonly kind:
    | 'sarcasm'
    | 'plain-answer'
    | 'negation'
    | 'thanks'
    | 'apology'
    | 'request'
    | 'call-phrase'
    | 'not-following'
    | 'pushback';
  /** What was heard, in words: `sarcasm "Great, just great"`, `plain answer "Okay."`. */
  readonly cues: readonly string[];
  /** The built-in analyzer's reading of the whole text; neutral for a plain answer. */
  readonly analysis: TextAnalysis;
  /**
   * The apology ("Sorry") in a text read as another kind, which says sorry as well ("Sorry,
   * I didn't understand any of that." is a `negation`): politeness there too.
   */
  readonly apology?: string;
  /**
   * Set on a `negation` that also asks for help or news ("I don't use it anymore. Can you
   * please just cancel it?"): the asking is no sign of confusion there either.
   */
  readonly asks?: true;
}

/** Words that say yes or no to what was asked ("yes", "nope", "sure", "correct"). */
const YES_OR_NO: readonly string[] = [
  'yes',
  'yeah',
  'yep',
  'yup',
  'no',
  'nope',
  'right',
  'sure',
  'correct',
];
/** Words a plain answer or acknowledgment is made of ("yes, that's right", "okay then"). */
const ANSWER_WORDS: ReadonlySet<string> = new Set([
  ...YES_OR_NO,
  'nah',
  'ok',
  'okay',
  'k',
  'alright',
  'mhm',
  'mm',
  'hmm',
  'uh',
  'huh',
  'um',
  'that',
  "that's",
  'thats',
  'it',
  "it's",
  'is',
  'then',
  'so',
  'got',
]);
/** Most words of a plain answer. */
const MAX_ANSWER_WORDS = 4;
/**
 * Words of a courtesy said while the agent works or to accept what was said ("no worries,
 * take your time", "that's fine", "sure, go ahead", "I don't mind"): with the answer
 * words, a courtesy is made of them.
 */
const COURTESY_WORDS: ReadonlySet<string> = new Set([
  'fine',
  'worries',
  'worry',
  'problem',
  'rush',
  'hurry',
  'take',
  'your',
  'time',
  'go',
  'ahead',
  'of',
  'course',
  'thing',
  'i',
  'can',
  'hold',
  'wait',
  "don't",
  'dont',
  'mind',
  'holding',
  'waiting',
  'at',
  'all',
]);
/** Most words of a courtesy. */
const MAX_COURTESY_WORDS = 6;

/** Words a request may start with before the request itself ("Hi, can you ..."). */
const REQUEST_LEAD_INS: ReadonlySet<string> = new Set([
  'hi',
  'hello',
  'hey',
  'ok',
  'okay',
  'and',
  'also',
  'um',
  'uh',
  'yes',
  'yeah',
  'right',
  'alright',
  'sorry',
  'please',
]);
const ASKING = new Set(['can', 'could', 'would', 'will', 'may']);
const WHO = new Set(['you', 'u', 'someone', 'somebody', 'i', 'we']);
const WH = new Set(['where', 'how', 'when']);
const AUX = new Set(['do', 'does', 'can', 'should', 'will', 'would', 'is', 'are']);
const STATUS = new Set(['is', 'has', 'have', 'did', 'was', 'were', 'are']);
const WHOSE = new Set(['my', 'the', 'our', 'your', 'it', 'there', 'that', 'this']);

/**
 * Whether `tokens` ask for help or for news: "can you / could I ...", "where / how / when
 * do I ...", "how to / how long ...", "do you / does my ...", "when will ...", "what are /
 * what time ..." (see `asksWhat`), "is my / has the ...", or state a need ("I need to
 * ...", "I'd like ..."; see `statesANeed`). Not a question that
 * weighs two things ("... or not?", "now or later?"), and not one that starts with "so",
 * "wait" or "which": those check what was said.
 */
function isRequest(tokens: readonly Token[]): boolean {
  let k = 0;
  while (k < 2 && REQUEST_LEAD_INS.has(wordAt(tokens, k))) k++;
  if (tokens.some((t) => t.text === 'or')) return false;
  const a = wordAt(tokens, k);
  const b = wordAt(tokens, k + 1);
  const c = wordAt(tokens, k + 2);
  return (
    (ASKING.has(a) && WHO.has(b)) ||
    (WH.has(a) && AUX.has(b) && (c === 'i' || c === 'we' || c === 'you')) ||
    (a === 'when' && (b === 'will' || b === 'does' || b === 'is' || b === 'can')) ||
    (a === 'how' && (b === 'to' || HOW_MUCH.has(b))) ||
    (DO.has(a) && WHO_ASKED.has(b)) ||
    asksWhat(tokens, k) ||
    (STATUS.has(a) && WHOSE.has(b)) ||
    statesANeed(a, b, c)
  );
}

/**
 * Whether the question at token `k` asks what something is or takes ("What are your
 * opening hours?", "What's the fee for that?", "What do I need to send?"), not what
 * something means ("What do you mean?", "What does that mean?", "What's a mandate?",
 * "What are you talking about?"): asking what a word or a sentence means is confusion.
 */
function asksWhat(tokens: readonly Token[], k: number): boolean {
  const a = wordAt(tokens, k);
  const b = wordAt(tokens, k + 1);
  const next = wordAt(tokens, k + 2);
  let asks: boolean;
  if (a === 'what') asks = WHAT_ASKS.has(b);
  else if (a === "what's" || a === 'whats') asks = WHOSE.has(b);
  else return false;
  if (!asks || b === 'a' || b === 'an' || next === 'a' || next === 'an') return false;
  for (let i = k; i < tokens.length; i++) if (MEANING.has(tokens[i]!.text)) return false;
  return true;
}

const HOW_MUCH: ReadonlySet<string> = new Set(['long', 'much', 'many', 'often', 'soon']);
const DO: ReadonlySet<string> = new Set(['do', 'does']);
/** Who a yes/no question asks about: "Do you accept cash?", "Does my card work abroad?". */
const WHO_ASKED: ReadonlySet<string> = new Set(['you', 'u', 'i', 'we', 'it', 'my', 'the', 'this']);
const WHAT_ASKS: ReadonlySet<string> = new Set([
  'happens',
  'are',
  'is',
  'do',
  'does',
  'will',
  'would',
  'can',
  'should',
  'time',
  'steps',
  'documents',
  'fees',
  'currencies',
  'countries',
  'options',
]);
/** Words of a question about meaning. */
const MEANING: ReadonlySet<string> = new Set(['mean', 'means', 'meaning', 'meant', 'talking']);

/**
 * Whether words `a b c` open a statement of what the caller needs: "I need to ...", "I
 * want a ...", "I'd like ...", "I would like ...", "I'm looking to ...", "I'm calling
 * about ...", "help me ...".
 */
function statesANeed(a: string, b: string, c: string): boolean {
  if (a === 'i') return NEEDING.has(b) || (b === 'would' && (c === 'like' || c === 'want'));
  if (I_AM.has(a)) return b === 'looking' || b === 'calling' || b === 'trying';
  if (I_WOULD.has(a)) return b === 'like';
  return a === 'help' && b === 'me';
}

const NEEDING: ReadonlySet<string> = new Set(['need', 'want', 'wanna']);
const I_AM: ReadonlySet<string> = new Set(["i'm", 'im']);
const I_WOULD: ReadonlySet<string> = new Set(["i'd", 'id']);

/**
 * Whether the text asks for help or for news (see `isRequest`): as a whole, in a
 * question that follows what the caller says first ("I work from home. When can they
 * come?", "I paid it on the third, is that related?"), or in a need stated after it
 * ("My name is Sam and I need to file a claim"). `folded` is the folded text the
 * tokens' offsets point into.
 */
function asksForHelpOrNews(folded: string, tokens: readonly Token[]): boolean {
  if (isRequest(tokens)) return true;
  // A transcript without punctuation cannot mark where the question starts: it may start
  // at a question's opening words ("i don't have the certificate yet is that a problem").
  const unpunctuated = isUnpunctuated(folded);
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (unpunctuated && opensSpokenQuestion(tokens, i) && isRequest(tokens.slice(i))) return true;
    const gapEnd = i < tokens.length ? tokens[i]!.start : folded.length;
    const gapStart = tokens[i - 1]!.end;
    const ends = gapHas(folded, gapStart, gapEnd, CLAUSE_MARKS);
    // A need stated after what comes first: "April Mitchell here and I want a quote".
    if (
      (ends || JOINING.has(wordAt(tokens, i - 1))) &&
      statesANeed(wordAt(tokens, i), wordAt(tokens, i + 1), wordAt(tokens, i + 2))
    ) {
      return true;
    }
    if (!ends) continue;
    if (from > 0 && gapHas(folded, gapStart, gapEnd, '?') && isRequest(tokens.slice(from, i)))
      return true;
    from = i;
  }
  return false;
}

/**
 * Whether a question may start at token `i` of an unpunctuated transcript, after what the
 * caller says first (three words or more): "is that / is there ..." at the end (at most
 * five words: "... is that a problem"), "can you / do i / should we ...", or "when /
 * where / how" with what asks ("... when will it show up", "... how long does it take").
 * Not after words that take a clause of their own ("the reason is that ...", "i don't
 * know how to ...").
 */
function opensSpokenQuestion(tokens: readonly Token[], i: number): boolean {
  if (i < 3 || i + 1 >= tokens.length || EMBEDS.has(wordAt(tokens, i - 1))) return false;
  // A text that opens as a question is one question ("what kind of answer is that").
  if (QUESTION_START.has(wordAt(tokens, 0))) return false;
  const a = wordAt(tokens, i);
  const b = wordAt(tokens, i + 1);
  if (a === 'is' || a === 'are') return THIS_OR_THERE.has(b) && tokens.length - i <= 5;
  if (ASKING.has(a) || DO.has(a) || a === 'should') return b === 'you' || b === 'i' || b === 'we';
  return WH.has(a) && (AUX.has(b) || (HOW_MUCH.has(b) && AUX.has(wordAt(tokens, i + 2))));
}

/** What a spoken yes/no question asks about: "is that ...", "is there ...". */
const THIS_OR_THERE: ReadonlySet<string> = new Set(['that', 'this', 'there', 'it']);
/** Words after which a question's opening words start a clause of their own. */
const EMBEDS: ReadonlySet<string> = new Set([
  ...WH_WORDS,
  'is',
  'was',
  'are',
  'were',
  'be',
  'that',
  'if',
  'whether',
  'know',
  'sure',
  'wonder',
  'wondering',
  'ask',
  'asked',
  'asking',
  'tell',
  'told',
  'see',
  'understand',
  'idea',
  'problem',
  'reason',
  'thing',
  'issue',
  'question',
]);

/**
 * Where "but" ends when the text opens with an okay or a yes and takes it back at once
 * ("Okay, but ...", "oh yeah but ..."), else undefined.
 */
function pushbackEnd(tokens: readonly Token[]): number | undefined {
  let k = 0;
  if (PUSHBACK_LEAD_INS.has(wordAt(tokens, k))) k++;
  if (!AGREEING.has(wordAt(tokens, k)) || wordAt(tokens, k + 1) !== 'but') return undefined;
  return tokens[k + 1]!.end;
}

/** Words of agreement that "but" may take back. */
const AGREEING: ReadonlySet<string> = new Set([
  'okay',
  'ok',
  'yes',
  'yeah',
  'yep',
  'right',
  'sure',
  'alright',
  'fine',
]);
/** Words that may come before the agreement ("oh yeah but ..."). */
const PUSHBACK_LEAD_INS: ReadonlySet<string> = new Set(['oh', 'um', 'uh', 'well']);

/** Words after which a new clause starts ("... and I need to ..."). */
const JOINING: ReadonlySet<string> = new Set(['and', 'so']);

/**
 * What a support call means by `text` where a model trained on written text tends to
 * misread it, or undefined when nothing of the kind is in it:
 *
 * - **sarcasm**: "Great, just great.", "Oh great, another hold.", "Thanks for nothing.",
 *   praise said as an opener and followed by a complaint ("Fantastic, so the money is
 *   just gone?"), praise taken back with a closing "Not.";
 * - **a plain answer** of at most four words made only of yes, no, okay, right and the
 *   like ("Yes, that's right.", "Okay.", "No."): an answer, not approval or anger; or a
 *   courtesy of at most six ("No worries, take your time.", "That's fine.", "Sure, go
 *   ahead."): patience, not joy;
 * - **a request** for help or for news ("Can you check my last payment?", "Where do I
 *   find my account number?", "Is my refund through?"), or a need stated ("I need to
 *   file a property claim", "I'd like a quote"): no sign of confusion by itself, nor of
 *   frustration or worry. The coach reads confusion in what a question says ("what do
 *   you mean?") and in the conversation (the same question asked again), not in asking;
 * - **a negation** the built-in analyzer reads ("Not bad at all.", "I'm not happy.",
 *   "That's not a problem.", "No complaints."): a negated cue, or a phrase that is a
 *   negation itself, which a model of word n-grams may read the other way;
 * - **a plain thanks** ("Thank you.", "Okay, thanks.", "Thank you. I'm not sure what you
 *   need from me."), with nothing else glad in the text: as often courtesy (to an apology,
 *   to condolences) as relief;
 * - **an apology** ("Oh sorry, it's 4 4 1 9.", "Sorry to bother you."): politeness, not
 *   remorse, unless the built-in analyzer reads worry or sadness in the text too ("Sorry,
 *   I'm scared they'll cut us off.");
 * - **pushback**: an okay or a yes taken back at once ("Okay, but when will it arrive?",
 *   "Yeah but I already did that"): no approval, whatever follows;
 * - **a call phrase**: a strong phrase of the built-in analyzer's table that callers
 *   use to complain, to worry or to thank ("This is a joke.", "I'm done with this
 *   company.", "Nobody ever calls me back.", "You're a lifesaver."), where the phrases
 *   of the text and the analyzer's reading of all of it lean the same way;
 * - **not following** ("I'm lost.", "You've lost me."): confusion, where a text of none
 *   of the kinds above holds a confusion phrase of the table and the analyzer reads
 *   confusion as its strongest state.
 *
 * `@tonvo/models` corrects the emotion model's readings with this.
 *
 * @example
 * ```ts
 * readCallLanguage('Great, so now I have to call back tomorrow.')?.kind; // 'sarcasm'
 * readCallLanguage("Yes, that's right.")?.kind; // 'plain-answer'
 * readCallLanguage('This is a joke.')?.kind; // 'call-phrase'
 * readCallLanguage('Great, thanks, that works.'); // undefined
 * ```
 * @throws TonvoError `invalid-option` for a text that is not a string.
 * @public
 */
export function readCallLanguage(text: string): CallLanguageReading | undefined {
  if (typeof text !== 'string') throw notText(text);
  const { tokens, folded } = readText(text);
  // "That's it?" and "Is that it?" ask; an answer does not.
  if (!text.includes('?') && (isPlainAnswer(tokens) || isPlainConfirmation(text, tokens))) {
    const cues = [`plain answer "${text.trim()}"`];
    return { kind: 'plain-answer', cues, analysis: NEUTRAL_ANALYSIS };
  }
  // Which kinds the words allow, in one pass; a text that allows none and holds no phrase
  // of the analyzer's table (most texts) is not scanned.
  let thanks = false;
  let negated = false;
  let sorry: Token | undefined;
  for (const t of tokens) {
    if (THANKS_WORDS.has(t.text)) thanks = true;
    else if (negates(t)) negated = true;
    else if (sorry === undefined && APOLOGY_WORDS.has(t.text)) sorry = t;
  }
  const sarcastic = mayBeSarcastic(tokens);
  const model = builtInScanModel();
  let scan: Scan | undefined;
  if (
    sarcastic ||
    thanks ||
    negated ||
    sorry !== undefined ||
    model.phrases.find(text).length > 0
  ) {
    scan = scanText(text, model);
    const heard = readScan(text, tokens, scan, sarcastic, sorry);
    if (heard?.kind === 'negation' && asksForHelpOrNews(folded, tokens)) {
      return { ...heard, asks: true };
    }
    if (heard !== undefined) return heard;
    const lost = notFollowing(text, scan);
    if (lost !== undefined) return lost;
  }
  if (!asksForHelpOrNews(folded, tokens)) {
    const but = pushbackEnd(tokens);
    if (but === undefined) return undefined;
    const cues = [`pushback "${text.slice(tokens[0]!.start, but)}"`];
    return {
      kind: 'pushback',
      cues,
      analysis: readBuiltInScan(text, scan ?? scanText(text, model)),
    };
  }
  // A request that says it is lost ("Can you explain that again? I'm lost.") is confusion.
  const analysis = readBuiltInScan(text, scan ?? scanText(text, model));
  if (analysis.states.confused >= CONFUSION) return undefined;
  return { kind: 'request', cues: [`request "${text.trim()}"`], analysis };
}

/**
 * What of a call's language the scan of `text` holds, kind by kind in order: sarcasm, a
 * call phrase, a plain thanks, a negation, an apology.
 */
function readScan(
  text: string,
  tokens: readonly Token[],
  scan: Scan,
  sarcastic: boolean,
  sorry: Token | undefined,
): CallLanguageReading | undefined {
  const heard = readKind(text, tokens, scan, sarcastic);
  if (sorry === undefined) return heard;
  const apology = text.slice(sorry.start, sorry.end);
  if (heard !== undefined) return { ...heard, apology };
  const analysis = readBuiltInScan(text, scan);
  return { kind: 'apology', cues: [`apology "${apology}"`], analysis };
}

/** The kind of {@link readScan} but an apology: sarcasm, a call phrase, a thanks, a negation. */
function readKind(
  text: string,
  tokens: readonly Token[],
  scan: Scan,
  sarcastic: boolean,
): CallLanguageReading | undefined {
  if (sarcastic) {
    const cues: string[] = [];
    for (const item of scan.items) {
      if (SARCASM_KEYS.has(item.key)) cues.push(`sarcasm "${text.slice(item.start, item.end)}"`);
    }
    if (cues.length > 0) return { kind: 'sarcasm', cues, analysis: readBuiltInScan(text, scan) };
  }
  const phrase = callPhrase(text, scan);
  if (phrase !== undefined) return phrase;
  let cues = plainThanks(text, scan);
  if (cues.length > 0) return { kind: 'thanks', cues, analysis: readBuiltInScan(text, scan) };
  cues = negations(text, tokens, scan);
  if (cues.length > 0) return { kind: 'negation', cues, analysis: readBuiltInScan(text, scan) };
  return undefined;
}

/**
 * Whether `tokens` are a plain answer ("yes, that's right") or a courtesy ("no worries,
 * take your time"): answer words only, or answer and courtesy words with one of the
 * latter among them.
 */
function isPlainAnswer(tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || tokens.length > MAX_COURTESY_WORDS) return false;
  let courtesy = false;
  for (const t of tokens) {
    if (COURTESY_WORDS.has(t.text)) courtesy = true;
    else if (!ANSWER_WORDS.has(t.text)) return false;
  }
  return courtesy || tokens.length <= MAX_ANSWER_WORDS;
}

/** Words a confirmation starts with ("Yes, ...", "Sure, ...", "Correct, ..."). */
const CONFIRMING: ReadonlySet<string> = new Set([...YES_OR_NO, 'exactly']);
/** Words that may come before a confirmation ("Oh yes, ...", "Um, no, ..."). */
const CONFIRMING_LEAD_INS: ReadonlySet<string> = new Set(['oh', 'um', 'uh', 'ok', 'okay']);
/** Most words of a plain confirmation. */
const MAX_CONFIRMATION_WORDS = 12;

/**
 * Whether `text` confirms or corrects a detail and says nothing felt: "Yes, that's the
 * right email.", "That's right, the blue one.", "Sure, it's on my letter.", "No, it's
 * the other card." It starts with "yes", "no", "sure", "that's right" and the like, and
 * the built-in analyzer reads no feeling in the rest ("Yes, that's great news." is glad,
 * "No, that's not what I asked for." is not plain). A model reads agreement as approval.
 */
function isPlainConfirmation(text: string, tokens: readonly Token[]): boolean {
  if (tokens.length < 2 || tokens.length > MAX_CONFIRMATION_WORDS) return false;
  let k = CONFIRMING_LEAD_INS.has(tokens[0]!.text) ? 1 : 0;
  const first = wordAt(tokens, k);
  const second = wordAt(tokens, k + 1);
  if (CONFIRMING.has(first)) k++;
  else if (THAT_IS.has(first) && RIGHT.has(second)) k += 2;
  else if (first === 'that' && second === 'is' && RIGHT.has(wordAt(tokens, k + 2))) k += 3;
  else return false;
  while (k < tokens.length && CONFIRMING.has(tokens[k]!.text)) k++;
  // "Yes please, ..." accepts gladly, and "Sure, but ..." takes it back: neither confirms.
  if (k >= tokens.length || tokens[k]!.text === 'please' || tokens[k]!.text === 'but') {
    return false;
  }
  // Said apart from the rest ("No, it's the other card"): "No complaints here" is no answer.
  // A transcript without punctuation sets nothing apart: there the whole text must read
  // as plainly as the rest ("no complaints here" is a negation).
  const unpunctuated = isUnpunctuated(text);
  const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
  if (!unpunctuated && !ANSWER_APART.test(gap)) return false;
  return readsPlain(text.slice(tokens[k]!.start)) && (!unpunctuated || readsPlain(text));
}

/** Whether the built-in analyzer reads no feeling in `text` (all within its neutral band). */
function readsPlain(text: string): boolean {
  const a = readBuiltInScan(text, scanText(text, builtInScanModel()));
  if (Math.abs(a.sentiment) >= BASELINE_NEUTRAL_BAND) return false;
  for (const v of Object.values(a.states)) if (v >= BASELINE_NEUTRAL_BAND) return false;
  return true;
}

/** Punctuation that sets an answer apart from what follows it. */
const ANSWER_APART = /[,.;:!\u2013\u2014-]/;
const THAT_IS: ReadonlySet<string> = new Set(["that's", 'thats']);
const RIGHT: ReadonlySet<string> = new Set(['right', 'correct']);

/**
 * The negations the scan read: negated cues, and cues that are negations themselves
 * ("no problem", "not working").
 */
function negations(text: string, tokens: readonly Token[], scan: Scan): string[] {
  const cues: string[] = [];
  for (const item of scan.items) {
    if (item.negated || (item.kind === 'phrase' && negatorWithin(tokens, item.start, item.end))) {
      cues.push(`negation "${text.slice(item.start, item.end)}"`);
    }
  }
  return cues;
}

/** Whether a token from `start` to `end` of the text is a negator. */
function negatorWithin(tokens: readonly Token[], start: number, end: number): boolean {
  for (const t of tokens) {
    if (t.start >= end) return false;
    if (t.start >= start && negates(t)) return true;
  }
  return false;
}

/** A negator, or "no" ("no complaints"), which the analyzer does not count as one. */
const negates = (t: Token): boolean => t.text === 'no' || isNegator(t.text);

/** Words of an apology ("sorry, one second", "excuse me"). */
const APOLOGY_WORDS: ReadonlySet<string> = new Set([
  'sorry',
  'apologies',
  'apologise',
  'apologize',
  'pardon',
  'excuse',
]);
/** Words of a plain thanks. @internal */
export const THANKS_WORDS: ReadonlySet<string> = new Set(['thank', 'thanks', 'thx', 'cheers']);

/**
 * The cues of a plain thanks: the scan's only glad cues are thanks words, said plainly
 * (a phrase such as "thank you so much" or "that's a relief" says more).
 */
function plainThanks(text: string, scan: Scan): string[] {
  const cues: string[] = [];
  for (const item of scan.items) {
    if (item.entry.valence <= 0) continue;
    if (item.kind !== 'word' || item.negated || !THANKS_WORDS.has(item.key)) return [];
    cues.push(`thanks "${text.slice(item.start, item.end)}"`);
  }
  return cues;
}

/** The least valence (either way) of a phrase strong enough to say how a caller feels. */
const STRONG_PHRASE = 2.5;
/** The least sentiment (either way) the whole text must have with such a phrase. */
const PHRASE_SENTIMENT = 0.5;

/**
 * A call phrase in the scan: the text holds strong phrases of the built-in
 * table that all lean one way, none of them negated, and the built-in analyzer's reading
 * of the whole text leans that way too ("You're a lifesaver, but I'm still annoyed" leans
 * neither way, and is left to the model).
 */
function callPhrase(text: string, scan: Scan): CallLanguageReading | undefined {
  let sign = 0;
  const cues: string[] = [];
  for (const item of scan.items) {
    if (item.kind !== 'phrase' || Math.abs(item.entry.valence) < STRONG_PHRASE) continue;
    const s = item.negated ? 0 : Math.sign(item.entry.valence);
    if (s === 0 || (sign !== 0 && s !== sign)) return undefined;
    sign = s;
    cues.push(`call phrase "${text.slice(item.start, item.end)}"`);
  }
  if (sign === 0) return undefined;
  const analysis = readBuiltInScan(text, scan);
  if (analysis.sentiment * sign < PHRASE_SENTIMENT) return undefined;
  return { kind: 'call-phrase', cues, analysis };
}

/** The least confusion a phrase of the table gives to say the speaker is not following. */
const LOST_PHRASE = 0.7;

/**
 * Not following, in the scan (see `readCallLanguage`): confusion phrases, none of them
 * negated, and the analyzer's reading of the text has confusion (0.5 or more) as its
 * strongest state.
 */
function notFollowing(text: string, scan: Scan): CallLanguageReading | undefined {
  const cues: string[] = [];
  for (const item of scan.items) {
    if (item.kind !== 'phrase' || item.negated) continue;
    if ((item.entry.states?.confused ?? 0) < LOST_PHRASE) continue;
    cues.push(`not following "${text.slice(item.start, item.end)}"`);
  }
  if (cues.length === 0) return undefined;
  const analysis = readBuiltInScan(text, scan);
  const { confused, ...others } = analysis.states;
  if (confused < CONFUSION || Object.values(others).some((v) => v > confused)) return undefined;
  return { kind: 'not-following', cues, analysis };
}

/** Confusion the built-in analyzer reads in a request that makes it confusion after all. */
const CONFUSION = 0.5;
