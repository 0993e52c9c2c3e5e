/**
 * Lower-cases `text` and folds typographic apostrophes and quotes to ASCII, keeping
 * every character at the same offset (so spans found in the folded text index the
 * original). Characters whose lower case has a different length are left as they are.
 *
 * @example
 * ```ts
 * foldText('I’ve Been WAITING'); // "i've been waiting"
 * ```
 * @public
 */
export function foldText(text: string): string {
  // Every phrase matcher folds the utterance it is given; remember the last one.
  if (text === lastText) return lastFolded;
  const folded = foldUncached(text);
  lastText = text;
  lastFolded = folded;
  return folded;
}

let lastText: string | undefined;
let lastFolded = '';

function foldUncached(text: string): string {
  const lower = text.toLowerCase();
  const folded = lower.length === text.length ? lower : foldSlow(text);
  return /[\u2018\u2019\u201b\u02bc\u201c\u201d]/.test(folded)
    ? folded.replace(/[\u2018\u2019\u201b\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"')
    : folded;
}

function foldSlow(text: string): string {
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
