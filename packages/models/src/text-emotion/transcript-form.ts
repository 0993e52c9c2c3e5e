const NOT_SPOKEN = /[^\p{L}\p{N}'’\s]+/gu;
const SPACES = /\s+/g;

/**
 * Rewrites written text the way a speech-to-text transcript would show it: lower
 * case, no punctuation or emoji, single spaces. Training sees both forms so the
 * model does not lean on punctuation a phone call never has.
 *
 * @example
 * ```ts
 * toTranscriptForm('WHY is this SO hard?!'); // 'why is this so hard'
 * ```
 * @public
 */
export function toTranscriptForm(text: string): string {
  return text.toLowerCase().replace(NOT_SPOKEN, ' ').replace(SPACES, ' ').trim();
}
