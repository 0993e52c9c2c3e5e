import type { LanguageRow } from './language-checker.js';

/**
 * Hedging: words that make an answer sound unsure, as `LanguageRow`s (id, pattern, plain
 * replacement, note, target). An empty replacement means "drop these words and state the rest plainly"; when
 * the agent truly does not know, the note says what to say instead.
 * @internal
 */
export const HEDGING_TABLE: readonly LanguageRow[] = [
  [
    'i-think-maybe',
    '(i think|i guess|i feel like) (maybe|perhaps|possibly) (possibly|maybe|perhaps)?',
    '',
    'State it plainly, or say you will check and when you will come back.',
  ],
  [
    'maybe-possibly',
    '(maybe possibly|possibly maybe|perhaps maybe|maybe perhaps)',
    '',
    'State it plainly.',
  ],
  [
    'not-sure-but',
    "(i'm|i am) not (100%|a hundred percent|one hundred percent|completely|totally|entirely|really|quite)? (sure|certain) but",
    '',
    'Say what you know; offer to confirm the rest.',
  ],
  [
    'could-be-wrong',
    '(i|i could|i might|i may) (be|am) wrong but',
    '',
    'Check first, then say it plainly.',
  ],
  [
    'dont-quote-me',
    "(don't|do not) quote me (on that|on this|on it)?",
    '',
    'Confirm it, then say it.',
  ],
  ['if-im-not-mistaken', "if (i'm|i am) not mistaken", '', 'Check, then say it plainly.'],
  [
    'as-far-as-i-know',
    '(as far as i know|afaik|to my knowledge|as far as i can tell)',
    '',
    'If you are unsure, check and confirm.',
  ],
  [
    'i-would-assume',
    "(i would|i'd) (assume|imagine|guess|think|say)",
    '',
    'State it plainly, or check.',
  ],
  ['i-guess', '(i guess|i suppose|i reckon)', '', 'State it plainly, or check.'],
  [
    'i-think-it-should',
    '(i think|i believe) (it|this|that) should',
    'it will',
    'Say what will happen.',
  ],
  [
    'it-should-work',
    '(it|this|that) should (probably)? work',
    'this will work',
    'Say what will happen, and what to do if it does not.',
  ],
  [
    'should-be-fine',
    '(it|this|that|you) should (probably)? be (fine|okay|ok|good|alright)',
    'it will be fine',
    'Say what will happen.',
  ],
  [
    'hopefully-fixes',
    'hopefully (that|this|it) (will|should)? (work|works|fix|fixes|help|helps|sort|sorts|do|does) (it|the trick|things)?',
    'this will fix it',
    "Say what will happen, and what you'll do if it doesn't.",
  ],
  ['ill-try-to', "(i'll|i will|we'll|we will) try (to|and)", "I'll", 'Commit to what you will do.'],
  [
    'ill-try-my-best',
    "(i'll|i will|we'll|we will) try (my|our) (best|hardest) to",
    "I'll",
    'Commit to what you will do.',
  ],
  [
    'might-be-able-to',
    '(we|i) (might|may) be able to',
    'we can',
    'Check first, then say what you can do.',
  ],
  [
    'may-or-may-not',
    '(might|may) or (might|may) not',
    '',
    'Say what will happen, and what you will do if it does not.',
  ],
  ['more-or-less', 'more or less', '', 'Give the exact answer, or say you will confirm it.'],
  [
    'in-theory',
    '(in theory|theoretically|technically speaking)',
    '',
    'Say what will actually happen.',
  ],
  [
    'pretty-sure',
    "(i'm|i am) (pretty|fairly|reasonably|almost) (sure|certain|confident)",
    '',
    'Check and confirm instead.',
  ],
  [
    'its-probably',
    "(it's|it is) probably",
    "it's",
    'Say it if you know it; otherwise say you will check.',
  ],
  [
    'thats-probably',
    "(that's|that is) probably",
    "that's",
    'Say it if you know it; otherwise say you will check.',
  ],
  [
    'might-maybe',
    '(might|may|could) (maybe|perhaps)',
    '',
    'One hedge is plenty; none is better. State it plainly, or say you will check.',
  ],
  [
    'could-potentially',
    '(could|might|may) (potentially|possibly)',
    'could',
    'One hedge is plenty; none is better.',
  ],
  [
    'im-not-sure',
    "(i'm|i am) not (really|totally|completely|entirely|100%|a hundred percent)? sure",
    'let me check',
    'Say you will check, and when you will come back.',
  ],
  [
    'dont-really-know',
    "(i|i just) (don't|do not) (really)? know",
    'let me find out',
    'Say you will find out, and when.',
  ],
  ['no-idea', "(i have|i've got) no idea", 'let me find out', 'Say you will find out, and when.'],
  [
    'just-guessing',
    "(i'm|i am) (just|only) guessing",
    'let me check',
    'Check instead of guessing.',
  ],
  [
    'hard-to-say',
    "(it's|it is) hard to say",
    'let me find out',
    'Say you will find out, and when.',
  ],
  [
    'cant-promise',
    "(i|we) (can't|cannot) promise (anything|but)",
    "here's what I can do",
    'Say what you can do.',
  ],
  [
    'if-that-makes-sense',
    'if that makes sense',
    '',
    "Check understanding with a real question: 'Does that work for you?'",
  ],
  [
    'seems-like-it-might',
    '(it|this|that) (seems|looks) like (it|this|that)? (might|may|could)',
    'it will',
    'Say what will happen.',
  ],
  [
    'i-want-to-say',
    "i want to say (it|that|it's|its)",
    '',
    'Check the figure, then say it.',
    'i want to say',
  ],
  [
    'not-sure-if-right',
    "(not sure|i'm not sure) (if|whether) (that's|that is|this is) (right|correct)",
    'let me double-check that',
    'Check, then confirm.',
  ],
  [
    'kind-of-fixed',
    '(kind of|sort of|kinda|sorta) (fixed|working|resolved|sorted|done|ready)',
    '',
    'Say exactly what works and what does not yet.',
    '(kind of|sort of|kinda|sorta)',
  ],
];
