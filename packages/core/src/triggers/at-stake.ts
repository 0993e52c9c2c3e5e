import { createBuiltInPhraseMatcher, type PhraseMatch } from '../text/phrase-matcher.js';
import { memoizeByText } from '../util/text-memo.js';

/** Days a thing at stake may be due on (alternatives, to put in a group). */
const DAYS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|tomorrow|tonight';

/**
 * What a customer says is at stake for them: "I work from home", "I can't be without
 * internet", "I've got people coming round on Saturday", "that's why I ordered it", "my
 * flight is tomorrow". Said with a problem, it asks the agent to acknowledge what the
 * problem costs them before the next step.
 */
const AT_STAKE = /* @__PURE__ */ createBuiltInPhraseMatcher<true>(
  [
    "(i|we) (work|am working|'m working|are working|'re working) from home",
    "(i|we) (can't|cannot|can not) (be|go|manage|cope|work|function|last) without (it|this|that|my|the|our|a|any|internet|wifi|power|heating|water)",
    "(i've|i have|we've|we have) (been|gone) without (it|heating|hot water|power|electricity|water|internet|wifi|a phone|my phone) for",
    "(i've|i have|we've|we have) got (people|guests|family|friends|visitors|a party|a wedding|an interview|a funeral|an exam|a flight) (coming|on|round|over|this|next|tomorrow|at)",
    "that's (why|the whole reason|the reason) (i|we) (ordered|bought|booked|paid|got|chose)",
    `(my|our) (flight|wedding|interview|exam|appointment|party|holiday|surgery|operation|move|funeral) (is|'s) (on)? (${DAYS}|this|next)`,
    `(i|we) (need|needed) (it|this|that|them) (for|by|before) (work|school|${DAYS})`,
    "(i'll|i will|i'm going to|we'll|we will) (lose|miss) (my|our|the|a) (job|flight|appointment|deposit|booking|interview|shift|money)",
    '(i|we) (rely|depend|relies|depends) on (it|this|that|my|our|the)',
    "(i've|i have|we've|we have) got (a baby|a newborn|young kids|young children|small children|kids|children) (at home|in the house|here)",
    // Someone close in hospital or ill: "my mum is in hospital, I need to be reachable".
    "(my|our) (mum|mom|mother|dad|father|wife|husband|partner|son|daughter|child|baby|kid|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|sister|brother) (is|'s) (in hospital|in the hospital|in intensive care|in care|having surgery|having an operation|seriously ill|really ill|very ill|unwell|poorly)",
    '(i|we) (need|have) to be (reachable|contactable|on call|able to be reached)',
  ].map((pattern) => ({ pattern, value: true as const })),
);

/**
 * Where a customer says what is at stake for them (see `AT_STAKE`), or undefined. Remembered for recent texts: every customer utterance is read for it.
 * @internal
 */
export const atStakeIn: (text: string) => PhraseMatch<true> | undefined =
  /* @__PURE__ */ memoizeByText((text) => AT_STAKE.find(text)[0], 16);
