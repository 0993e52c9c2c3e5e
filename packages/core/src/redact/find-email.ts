import type { RedactionFinding } from './redaction-kinds.js';
import type { TextToken } from './text-tokens.js';

/**
 * E-mail addresses, written (`john.smith@gmail.com`) or spoken the way transcripts
 * spell them ("john dot smith at gmail dot com"), and mixes of both. A spoken address
 * must end in a known top-level domain, and the word before "at" must not be an
 * ordinary word ("look at amazon dot com" is not an address).
 *
 * @packageDocumentation
 * @internal
 */

/** Words that say "." in a spoken address. @internal */
export const DOT_WORDS: ReadonlySet<string> = new Set(['dot', 'period', 'point']);
const LOCAL_JOIN_WORDS = new Set(['dot', 'period', 'underscore', 'dash', 'hyphen']);
const LOCAL_JOIN_SYMS = new Set(['.', '_', '-', '+']);

const TLDS = new Set([
  'com',
  'net',
  'org',
  'edu',
  'gov',
  'mil',
  'io',
  'co',
  'us',
  'uk',
  'ca',
  'au',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'ie',
  'in',
  'jp',
  'info',
  'biz',
  'me',
  'ai',
  'app',
  'dev',
  'email',
]);

// Words that precede "at" in ordinary speech and so cannot be a spoken local part.
const NOT_LOCAL = new Set([
  'a',
  'am',
  'an',
  'and',
  'are',
  'arrive',
  'arrived',
  'available',
  'back',
  'be',
  'been',
  'but',
  'call',
  'check',
  'contact',
  'email',
  'find',
  'from',
  'get',
  'go',
  'got',
  'he',
  'her',
  'here',
  'him',
  'home',
  'i',
  'in',
  'is',
  'it',
  'just',
  'look',
  'looked',
  'looking',
  'mail',
  'me',
  'meet',
  'message',
  'my',
  'now',
  'of',
  'on',
  'online',
  'or',
  'out',
  'reach',
  'right',
  's',
  'see',
  'send',
  'sent',
  'she',
  'shop',
  'sign',
  'signed',
  'stay',
  'still',
  'that',
  'the',
  'them',
  'there',
  'they',
  'this',
  'to',
  'up',
  'us',
  'was',
  'we',
  'were',
  'work',
  'write',
  'you',
  'address',
]);

const isLabel = (t: TextToken | undefined): t is TextToken =>
  t !== undefined && (t.type === 'word' || t.type === 'num');

const tight = (a: TextToken, b: TextToken): boolean => a.end === b.start;

/** Every e-mail address of a tokenized text. @internal */
export function findEmails(tokens: readonly TextToken[]): RedactionFinding[] {
  const found: RedactionFinding[] = [];
  let after = 0;
  for (let a = 1; a < tokens.length - 1; a++) {
    const at = tokens[a]!;
    const written = at.text === '@';
    if (!written && !(at.type === 'word' && at.lower === 'at')) continue;
    if (tokens[a - 1]!.start < after) continue;

    // Domain: label (sep label)+ ending in a top-level domain.
    let i = a + 1;
    if (!isLabel(tokens[i])) continue;
    let spoken = !written;
    let dots = 0;
    let end = i;
    for (;;) {
      const sep = tokens[end + 1];
      const label = tokens[end + 2];
      if (sep === undefined || !isLabel(label)) break;
      if (sep.text === '.') {
        if (!tight(tokens[end]!, sep) || !tight(sep, label)) break;
      } else if (sep.type === 'word' && DOT_WORDS.has(sep.lower)) {
        spoken = true;
      } else if (sep.text === '-' && tight(tokens[end]!, sep) && tight(sep, label)) {
        end += 2; // a hyphen inside a written label
        continue;
      } else {
        break;
      }
      dots++;
      end += 2;
    }
    const tld = tokens[end]!;
    if (dots === 0) continue;
    if (spoken ? !TLDS.has(tld.lower) : !/^[a-z]{2,}$/i.test(tld.text)) continue;

    // Local part: label (join label)* before the @ / "at".
    i = a - 1;
    const first = tokens[i]!;
    if (!isLabel(first) || (!written && NOT_LOCAL.has(first.lower))) continue;
    if (written && !tight(first, at)) continue;
    let start = i;
    for (;;) {
      const join = tokens[start - 1];
      const label = tokens[start - 2];
      if (join === undefined || !isLabel(label)) break;
      const writtenJoin =
        LOCAL_JOIN_SYMS.has(join.text) && tight(label, join) && tight(join, tokens[start]!);
      const spokenJoin = join.type === 'word' && LOCAL_JOIN_WORDS.has(join.lower);
      if (!writtenJoin && !spokenJoin) break;
      if (spokenJoin && NOT_LOCAL.has(label.lower)) break;
      start -= 2;
    }
    found.push({ kind: 'email', start: tokens[start]!.start, end: tld.end });
    after = tld.end;
    a = end;
  }
  return found;
}
