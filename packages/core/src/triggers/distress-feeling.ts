import { DEATH_PHRASES, HARD_TIME_PHRASES, ILLNESS_PHRASES } from '../perception/loss-words.js';
import { createBuiltInPhraseMatcher } from '../text/phrase-matcher.js';
import { memoizeByText } from '../util/text-memo.js';

/**
 * How a distressed customer feels, as their words say: `worried` (fear, anxiety about
 * what will happen) or `upset` (sadness: a loss, an illness, a hard time). The distress
 * nudge says which ("They sound upset"): "worried" said of someone whose mother has just
 * died reads as not listening.
 * @internal
 */
export type DistressFeeling = 'worried' | 'upset';

type Sign = 'loss' | 'sad';

const MATCHER = /* @__PURE__ */ createBuiltInPhraseMatcher<Sign>([
  ...DEATH_PHRASES.map((pattern) => ({ pattern, value: 'loss' as const })),
  ...[
    ...ILLNESS_PHRASES,
    ...HARD_TIME_PHRASES,
    '(heartbroken|devastated|distraught|gutted|crying|in tears|depressed|miserable|lonely)',
    '(so|really|very|just|feel|feeling) (sad|down|low|upset)',
    '(feel|feeling|felt) (awful|terrible|horrible|dreadful)',
  ].map((pattern) => ({ pattern, value: 'sad' as const })),
]);

/** What a distressed customer's recent words say (see {@link DistressFeeling}). @internal */
export interface DistressReading {
  readonly feeling: DistressFeeling;
  /** The words in which they spoke of a death, if they did: condolence comes first. */
  readonly death: string | undefined;
}

/** How a customer who said `texts` (oldest first) feels in their distress. @internal */
export function readDistress(texts: readonly string[]): DistressReading {
  let sad = false;
  for (const t of texts) {
    const r = readOne(t);
    if (r.death !== undefined) return r;
    sad ||= r.feeling === 'upset';
  }
  return sad ? UPSET : WORRIED;
}

/** The words in which `text` speaks of a death, if it does (one utterance, no array). @internal */
export function deathIn(text: string): string | undefined {
  return readOne(text).death;
}

const WORRIED: DistressReading = { feeling: 'worried', death: undefined };
const UPSET: DistressReading = { feeling: 'upset', death: undefined };

/**
 * One text's reading, remembered for recent texts: every customer utterance is read for
 * a death, and the last two minutes of them again when distress fires.
 */
const readOne = /* @__PURE__ */ memoizeByText((text): DistressReading => {
  let sad = false;
  for (const m of MATCHER.find(text)) {
    if (m.value === 'loss') return { feeling: 'upset', death: m.text };
    sad = true;
  }
  return sad ? UPSET : WORRIED;
}, 64);
