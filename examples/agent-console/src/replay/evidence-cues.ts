/** A cue without its trailing figure: `voice louder/higher than usual (arousal 0.82)` -> `voice louder/higher than usual`. */
const withoutFigure = (cue: string): string => cue.replace(/\s*\([^()]*-?\d+(?:\.\d+)?\)$/, '');

/**
 * An evidence's cues as the console lists them: trailing figures dropped and repeats
 * counted, first appearance first, so that seven windows of a raised voice read as
 * one cue (`voice louder/higher than usual (×5)`), not seven.
 */
export function evidenceCueLines(cues: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const cue of cues) counts.set(withoutFigure(cue), (counts.get(withoutFigure(cue)) ?? 0) + 1);
  return [...counts].map(([text, count]) => (count > 1 ? `${text} (×${count})` : text));
}
