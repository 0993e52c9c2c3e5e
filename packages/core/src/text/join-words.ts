/**
 * Words as a list in a sentence: "a, b and c" ("a" alone, "" for none).
 * @internal
 */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`;
}
