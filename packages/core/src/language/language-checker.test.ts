import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isTonvoError } from '../errors/tonvo-error.js';
import {
  LANGUAGE_ENTRIES,
  LANGUAGE_ISSUE_KINDS,
  createLanguageChecker,
  getDefaultLanguageCheckerOptions,
  type LanguageIssueKind,
} from './language-checker.js';

const checker = createLanguageChecker();
const found = (text: string): [LanguageIssueKind, string, string][] =>
  checker.check(text).map((i) => [i.kind, i.text, i.replacement]);

describe('createLanguageChecker', () => {
  it('has dozens of real entries of each kind, with unique ids and plain replacements', () => {
    // (Dismissive wording is a handful of entries, each of many wordings.)
    for (const kind of LANGUAGE_ISSUE_KINDS) {
      expect(LANGUAGE_ENTRIES.filter((e) => e.kind === kind).length, kind).toBeGreaterThanOrEqual(
        kind === 'dismissive' ? 8 : 30,
      );
    }
    const ids = LANGUAGE_ENTRIES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of LANGUAGE_ENTRIES) {
      expect(e.note.trim(), e.id).not.toBe('');
      expect(e.replacement.length, e.id).toBeLessThan(60);
    }
  });

  it('finds jargon with a plain replacement and offsets into the original', () => {
    const text = 'Our system is experiencing intermittent degradation right now.';
    const [issue, ...rest] = checker.check(text);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      kind: 'jargon',
      id: 'intermittent-degradation',
      replacement: 'running slower than normal',
    });
    expect(text.slice(issue!.start, issue!.end)).toBe(issue!.text);
    expect(issue!.text).toBe('experiencing intermittent degradation');

    expect(found("I'll escalate your ticket to tier 2 support")).toEqual([
      ['jargon', 'escalate your ticket', 'pass this to a specialist'],
      ['jargon', 'tier 2 support', 'our specialist team'],
    ]);
    expect(found('We need to provision your new line first')).toEqual([
      ['jargon', 'provision', 'set up'],
    ]);
    expect(found('Try to power-cycle the router and clear your cache')).toEqual([
      ['jargon', 'power-cycle', 'turn it off and on again'],
      ['jargon', 'clear your cache', "clear your browser's saved data"],
    ]);
    expect(found("It's a pending authorization, it will drop off")).toEqual([
      ['jargon', 'pending authorization', 'a temporary hold'],
    ]);
    expect(found('Activate it in the app or the IVR. Your session token expired.')).toEqual([
      ['jargon', 'the IVR', 'the phone menu'],
      ['jargon', 'session token', 'sign-in'],
    ]);
  });

  it('finds the jargon of insurance, health billing, banking, travel and telecoms', () => {
    expect(
      found(
        'Subrogation will apply, and the EOB shows the allowed amount went to your deductible.',
      ),
    ).toEqual([
      ['jargon', 'Subrogation', "Getting the money back from the other side's insurer"],
      ['jargon', 'EOB', 'explanation of benefits letter'],
      ['jargon', 'allowed amount', 'the price your insurer agreed to'],
    ]);
    expect(found('You need prior authorization, and the claim was adjudicated.')).toEqual([
      ['jargon', 'prior authorization', 'approval in advance'],
      ['jargon', 'adjudicated', 'processed'],
    ]);
    expect(found("You'll get provisional credit once it has posted.")).toEqual([
      ['jargon', 'provisional credit', 'a temporary refund while we look into it'],
    ]);
    expect(found("The charge hasn't posted yet. Your PNR is on the email.")).toEqual([
      ['jargon', 'posted', 'gone through'],
      ['jargon', 'PNR', 'booking reference'],
    ]);
    expect(found('Check the lights on your ONT. We can port your number next week.')).toEqual([
      ['jargon', 'ONT', 'fibre box on the wall'],
      ['jargon', 'port your number', 'move your number'],
    ]);
    expect(
      found('It looks like channel congestion. Open the router admin panel and restart the CPE.'),
    ).toEqual([
      ['jargon', 'channel congestion', 'other wifi nearby getting in the way'],
      ['jargon', 'router admin panel', "the router's settings page"],
      ['jargon', 'CPE', 'your router'],
    ]);
    expect(
      found(
        'The line test shows intermittent packet loss, probably congestion on the cabinet at peak times.',
      ),
    ).toEqual([
      ['jargon', 'intermittent packet loss', 'your connection dropping out now and then'],
      [
        'jargon',
        'congestion on the cabinet',
        'too many people online in your street at busy times',
      ],
    ]);
    expect(found('We can issue a full refund upon receipt of the item.')).toEqual([
      ['over-formal', 'upon receipt of', 'once we get'],
    ]);
    expect(found("It's network congestion in the evenings.")).toEqual([
      ['jargon', 'network congestion', 'too many people online at once'],
    ]);
    // Plain words that only look like it.
    for (const text of [
      'The billing period ends on the twentieth.',
      'The admin team will call you back.',
      'I was porting some boxes over to the new flat.',
      'The problem is in the street cabinet, which is our equipment.',
      'The letter was posted on Monday.',
    ])
      expect(found(text), text).toEqual([]);
  });

  it('finds hedging', () => {
    expect(found('I think maybe possibly the update fixed it')).toEqual([
      ['hedging', 'I think maybe possibly', ''],
    ]);
    expect(found("I'm not 100% sure but it should work")).toEqual([
      ['hedging', "I'm not 100% sure but", ''],
      ['hedging', 'it should work', 'this will work'],
    ]);
    expect(found("I'll try to get that refund done today")).toEqual([
      ['hedging', "I'll try to", "I'll"],
    ]);
    expect(found('i dont quote me on that but its probably the router')).toEqual([
      ['hedging', 'dont quote me on that', ''],
      ['hedging', 'its probably', "it's"],
    ]);
    expect(found("don't quote me on that, but it's probably the router")).toEqual([
      ['hedging', "don't quote me on that", ''],
      ['hedging', "it's probably", "it's"],
    ]);
    expect(
      found("I think it might maybe have been free only for the first plan, I'm not totally sure."),
    ).toEqual([
      ['hedging', 'might maybe', ''],
      ['hedging', "I'm not totally sure", 'Let me check'],
    ]);
  });

  it('finds over-formal wording and keeps sentence case', () => {
    expect(
      found('Please be advised that at this present moment in time the office is closed'),
    ).toEqual([
      ['over-formal', 'Please be advised', 'Just so you know'],
      ['over-formal', 'at this present moment in time', 'right now'],
    ]);
    expect(found('We apologize for any inconvenience this may have caused.')).toEqual([
      [
        'over-formal',
        'We apologize for any inconvenience this may have caused',
        "I'm sorry about this",
      ],
    ]);
    expect(found('Kindly provide your account number prior to the call')).toEqual([
      ['over-formal', 'Kindly', 'Please'],
      ['over-formal', 'prior to', 'before'],
    ]);
    expect(
      found('should you require any further assistance, do not hesitate to contact us'),
    ).toEqual([
      ['over-formal', 'should you require any further assistance', 'if you need anything else'],
      ['over-formal', 'do not hesitate to contact us', 'feel free to call us'],
    ]);
  });

  it('works on spoken, unpunctuated transcripts', () => {
    expect(found('so our system is experiencing intermittent degradation im not sure but')).toEqual(
      [
        ['jargon', 'experiencing intermittent degradation', 'running slower than normal'],
        ['hedging', 'im not sure but', ''],
      ],
    );
  });

  it('does not fire on near misses', () => {
    for (const text of [
      "I don't want this to escalate",
      'things could escalate quickly',
      'she is a kindly old neighbour',
      'thank you kindly',
      'there is a provision in the contract for that',
      'we made provision for late payments',
      'at sunset the store closes',
      'your internet bandwidth is 100 megabits',
      'I think the refund went through yesterday',
      'maybe we can try the other card',
      'the water level 3 feet high',
      'I have a problem with my bill',
      'apologies, I misread that',
      'a sandbox for the kids',
    ]) {
      expect(checker.check(text), text).toEqual([]);
    }
  });

  it('uses getDefaultLanguageCheckerOptions() when no options are given', () => {
    const d = getDefaultLanguageCheckerOptions();
    expect(d).toEqual({ entries: [], remove: [], kinds: LANGUAGE_ISSUE_KINDS });
    const explicit = createLanguageChecker(d);
    expect(explicit.entries).toEqual(checker.entries);
    const text =
      'Please be advised that I think maybe possibly we need to provision your new line, as I said.';
    const issues = checker.check(text);
    expect(new Set(issues.map((i) => i.kind))).toEqual(new Set(LANGUAGE_ISSUE_KINDS));
    expect(explicit.check(text)).toEqual(issues);
  });

  it('replaces only the words that need it, keeping the words around them', () => {
    // Each suggestion read back in place must still be a sentence.
    const rewrite = (text: string): string => {
      let out = text;
      for (const i of [...checker.check(text)].reverse()) {
        out = out.slice(0, i.start) + i.replacement + out.slice(i.end);
      }
      return out.replace(/\s+/g, ' ').replace(/ ([.,])/g, '$1');
    };
    expect(rewrite("I don't have the bandwidth to look at it today.")).toBe(
      "I don't have the time to look at it today.",
    );
    expect(rewrite('We will provision your account tonight.')).toBe(
      'We will set up your account tonight.',
    );
    expect(rewrite('We can leverage the new tool.')).toBe('We can use the new tool.');
    expect(rewrite('Kindly hold the line.')).toBe('Please hold the line.');
    expect(rewrite("It's kind of fixed now.")).toBe("It's fixed now.");
    expect(rewrite('I will terminate the service today.')).toBe('I will close the service today.');
  });

  it('takes a target in custom entries, and checks it like a pattern', () => {
    const custom = createLanguageChecker({
      entries: [
        {
          id: 'synergy',
          kind: 'jargon',
          pattern: '(find|create|drive) (some)? synergies',
          replacement: 'ways to work together',
          note: 'Plain words.',
          target: 'synergies',
        },
      ],
    });
    expect(custom.check('We want to find some synergies here')).toMatchObject([
      { text: 'synergies', replacement: 'ways to work together' },
    ]);
    expect(() =>
      createLanguageChecker({
        entries: [
          { id: 'x', kind: 'jargon', pattern: 'a b', replacement: 'c', note: 'n', target: '(a' },
        ],
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid-rule', field: 'entries[0].target' }));
  });

  it('takes an unless pattern: longer wording in which the match is no issue', () => {
    const custom = createLanguageChecker({
      remove: ['going-forward'],
      entries: [
        {
          id: 'going-forward-x',
          kind: 'jargon',
          pattern: 'going forward',
          replacement: 'from now on',
          note: 'Plain words.',
          unless: 'going forward (with|to)',
        },
      ],
    });
    expect(custom.check('Going forward, the fee is waived.')).toMatchObject([
      { text: 'Going forward', replacement: 'From now on' },
    ]);
    expect(custom.check("We're going forward with the repair.")).toEqual([]);
    // The built-in "as I said" is a promise kept in "as I said I would".
    expect(found('As I said, it ships Friday.')).toEqual([['dismissive', 'As I said', '']]);
    expect(found("As I said I would, I've called the courier.")).toEqual([]);
    expect(() =>
      createLanguageChecker({
        entries: [
          { id: 'x', kind: 'jargon', pattern: 'a b', replacement: 'c', note: 'n', unless: 'a (' },
        ],
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid-rule', field: 'entries[0].unless' }));
  });

  it('lets integrators add entries, remove built-ins by id and pick kinds', () => {
    const custom = createLanguageChecker({
      entries: [
        {
          id: 'ping-me',
          kind: 'jargon',
          pattern: 'ping (me|us)',
          replacement: 'message me',
          note: 'Plain words.',
        },
      ],
      remove: ['prior-to'],
    });
    expect(custom.check('ping me prior to the call').map((i) => i.id)).toEqual(['ping-me']);
    expect(checker.check('ping me prior to the call').map((i) => i.id)).toEqual(['prior-to']);

    const hedgesOnly = createLanguageChecker({ kinds: ['hedging'] });
    expect(hedgesOnly.check('Please be advised, I guess it is fixed').map((i) => i.kind)).toEqual([
      'hedging',
    ]);
    expect(hedgesOnly.entries.every((e) => e.kind === 'hedging')).toBe(true);
  });

  it('rejects malformed entries naming the field', () => {
    const good = { id: 'x', kind: 'jargon', pattern: 'a b', replacement: 'c', note: 'd' };
    const cases: [unknown, string, string][] = [
      [{ entries: [{ ...good, id: 'Not An Id' }] }, 'entries[0].id', 'invalid-rule'],
      [{ entries: [good, good] }, 'entries[1].id', 'invalid-rule'],
      [{ entries: [{ ...good, kind: 'rude' }] }, 'entries[0].kind', 'invalid-rule'],
      [{ entries: [{ ...good, pattern: '(a|b' }] }, 'entries[0].pattern', 'invalid-rule'],
      [{ entries: [{ ...good, pattern: 42 }] }, 'entries[0].pattern', 'invalid-rule'],
      [{ entries: [{ ...good, replacement: 7 }] }, 'entries[0].replacement', 'invalid-rule'],
      [{ entries: [{ ...good, note: ' ' }] }, 'entries[0].note', 'invalid-rule'],
      [{ entries: ['x'] }, 'entries[0]', 'invalid-rule'],
      [{ remove: ['no-such-entry'] }, 'remove[0]', 'invalid-rule'],
      [{ kinds: ['slang'] }, 'kinds[0]', 'invalid-option'],
      [{ entries: 'x' }, 'entries', 'invalid-option'],
    ];
    for (const [options, field, code] of cases) {
      try {
        createLanguageChecker(options as never);
        expect.unreachable(field);
      } catch (e) {
        expect(isTonvoError(e) && e.code === code, `${field}: ${String(e)}`).toBe(true);
        expect((e as { field?: string }).field).toBe(field);
      }
    }
  });

  it('never throws on any text and returns spans inside it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const issue of checker.check(text)) {
          expect(text.slice(issue.start, issue.end)).toBe(issue.text);
        }
      }),
      { numRuns: 200 },
    );
  });
});
