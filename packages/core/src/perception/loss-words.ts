/**
 * Phrases in which a customer speaks of a loss or a hard time, for the two readers that
 * need them: the baseline analyzer (how distressed they sound) and the `distress`
 * trigger (whether they sound worried or sad, and whether someone has died). Kept here
 * once so that both read the same words.
 * @internal
 */

/** Close people whose death a caller may speak of. */
const KIN =
  '(husband|wife|partner|mum|mom|mother|dad|father|son|daughter|brother|sister|baby|child|grandmother|grandfather|grandma|grandpa|gran|nan|aunt|uncle|friend|best friend)';

/**
 * A death. Not a bare "died" ("my phone just died"), "has passed" ("before the deadline
 * has passed") or "passed on" ("I passed on my details"): a person dies or passes.
 * @internal
 */
export const DEATH_PHRASES: readonly string[] = [
  'passed away',
  `(my|our|her|his|their)? ${KIN} (has|had|just|recently)? died`,
  `(he|she|they|${KIN}) (has|had|just|recently) passed`,
  '(he|she) (has|had|just|recently)? died',
  `lost my ${KIN}`,
  `(my|our) late ${KIN}`,
  'death (of|certificate)',
  '(bereavement|bereaved|grieving|probate|widowed|executor of)',
  '(arranging|organising|organizing|after|since|attend|attending|at) (the|his|her|a) funeral',
];

/** Serious illness. @internal */
export const ILLNESS_PHRASES: readonly string[] = [
  '(hospice|terminal|terminally ill|chemo|chemotherapy|in the hospital|in hospital|intensive care|the icu)',
  'diagnosed with',
];

/** A hard time, and not coping with it. @internal */
export const HARD_TIME_PHRASES: readonly string[] = [
  '(been|is|was|had) (a|such a)? (really|very|so)? (hard|rough|tough|difficult|awful|terrible) (week|time|few weeks|month|year|day|few days)',
  "(can't|cannot|can not|cant) cope",
  '(going through|dealing with) (a lot|so much)',
];
