import type { LanguageRow } from './language-checker.js';

/**
 * Dismissive wording: what tells an upset or confused customer they are the problem
 * ("calm down", "as I said", "that's the process"), as `LanguageRow`s (id, pattern,
 * replacement, note, target). An empty replacement means "drop these words and say the
 * rest again, kindly". Patterns are narrow: "as I said I would, I've called them" keeps
 * a promise; "that's not my department" sends the customer away.
 * @internal
 */
export const DISMISSIVE_TABLE: readonly LanguageRow[] = [
  [
    'calm-down',
    "(you need to|you have to|you should|please|just|can you|could you|sir|madam|ma'am)? (please)? calm down",
    'I can hear this is frustrating',
    'Name the feeling instead of telling them how to feel.',
  ],
  [
    'no-need-to-be-rude',
    "(there's|there is) no need (to|for) (be rude|being rude|shout|shouting|yell|yelling|swear|swearing|raise your voice|get angry|getting angry|that tone|be like that)",
    "I understand you're upset",
    'Acknowledge the feeling, then say what you will do about it.',
  ],
  [
    'as-i-said',
    "((as|like) i (already|previously)? (said|mentioned|explained|told you) (before|earlier|already|previously)?|as i('ve| have) (already)? (said|mentioned|explained|told you)|i (already|just) (told|explained (it|this|that)? to) you)",
    '',
    'Say it again plainly, as if for the first time.',
    undefined,
    // A promise kept: "As I said I would, I've called the courier."
    "(as|like) i (said|mentioned|told you) (i|we) (would|will|'d|was going to)",
  ],
  [
    'thats-the-process',
    "((that's|that is|it's|it is) (just)? (the|our) (process|procedure|system)|(that's|that is) (just)? (how|the way) (it|things) (works|work|is|are|goes))",
    "here's what I can do",
    'Say what you can do, not what the process is.',
  ],
  [
    'not-my-problem',
    "(that's|that is|it's|it is) not (my|our) (problem|fault|department|job|responsibility|issue)",
    'let me find who can sort this',
    'Own the next step, even when the cause is elsewhere.',
  ],
  // Passing the problem on: "That's the courier's responsibility, not ours, so you'd
  // need to contact them." The customer paid this company; the agent can chase for them.
  [
    'someone-elses-problem',
    "(that's|that is|it's|it is) (the|their|your) (courier's|courier|carrier's|delivery company's|manufacturer's|bank's|seller's|retailer's|airline's|supplier's|landlord's|network's|insurer's|own) (responsibility|problem|fault|issue|job|department)",
    'let me chase that for you',
    'Own the next step, even when the cause is elsewhere.',
  ],
  [
    'you-need-to-contact-them',
    "(you'd|you would|you'll|you will|you) (need|have|want) to (contact|call|ring|take it up with|chase|get in touch with) (them|the courier|the carrier|the manufacturer|the seller|the retailer|the airline|the supplier) (directly|yourself)?",
    "I'll contact them for you",
    'Offer to make the contact yourself.',
  ],
  [
    'what-do-you-want-me-to-do',
    'what (do|did|would) you (want|expect) me to (do|say)',
    "here's what I can do",
    'Offer the options you have.',
  ],
  [
    'you-have-to-understand',
    '(you (have|need|got) to|try to) understand (that)?',
    'let me explain',
    "Explain it; don't ask them to accept it.",
  ],
  ['all-due-respect', 'with (all)? due respect', '', 'Leave it out: it says the opposite.'],
  [
    'you-should-have',
    '(you|you really) (should|could|ought to) have (read|checked|called|told us|looked|paid attention|noticed|asked|known|kept)',
    "let's sort it out from here",
    "Blame doesn't fix it: say what happens next.",
  ],
  [
    'listen-to-me',
    "((just|now|ma'am|sir|madam|look|please|okay|ok) listen to me|you (need|have|got) to listen|are you (even)? listening|you're not listening|you are not listening)",
    'let me explain',
    'Explain it again, more simply.',
  ],
  [
    'it-is-what-it-is',
    "(it is|it's) what it is",
    "I know that's not what you hoped for",
    'Name the disappointment, then say what you can do.',
  ],
];
