import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnValid } from './luhn.js';
import { mayContainPii } from './pii-prefilter.js';
import { checkRedactOptions, redactText, redactTextFully } from './redact-text.js';
import { REDACTION_KINDS } from './redaction-kinds.js';

const r = (text: string, partial = false): string => redactText(text, { partial }).text;

describe('redactText: payment cards', () => {
  it.each([
    ['4111 1111 1111 1111', '[card]'],
    ['4111-1111-1111-1111', '[card]'],
    ['4111111111111111', '[card]'],
    ['my number is 5500 0000 0000 0004 thanks', 'my number is [card] thanks'],
    ['amex 3782 822463 10005', 'amex [card]'],
    ['it is 6011 1111 1111 1117.', 'it is [card].'],
  ])('finds a Luhn-valid card without any cue: %s', (text, expected) => {
    expect(r(text)).toBe(expected);
  });

  it('reads spoken digits, including "oh", "double" and "triple"', () => {
    expect(r('the card is four one one one one one one one one one one one one one one one')).toBe(
      'the card is [card]',
    );
    expect(r('four one double one, one one one one, one one one one, one one one one')).toBe(
      '[card]',
    );
    expect(r('five five oh oh, triple oh one, one one one one, oh oh oh four')).toBe(
      // 5500 0001 1111 0004 fails Luhn and has no cue: left alone
      'five five oh oh, triple oh one, one one one one, oh oh oh four',
    );
    expect(r('card number five five oh oh, triple oh one, one one one one, oh oh oh four')).toBe(
      'card number [card]',
    );
  });

  it('mixes written and spoken digits', () => {
    expect(r('yeah 4111 1111 one one one one 1111')).toBe('yeah [card]');
  });

  it('redacts 13-19 digits in card context even when Luhn fails', () => {
    expect(r('my credit card number is 4111 1111 1111 1112')).toBe(
      'my credit card number is [card]',
    );
    expect(r('visa 1234567890123')).toBe('visa [card]');
  });

  it('keeps findings at offsets of the original text', () => {
    const text = 'Card: 4111 1111 1111 1111, thanks';
    const { findings } = redactText(text);
    expect(findings).toEqual([{ kind: 'card', start: 6, end: 25 }]);
    expect(text.slice(6, 25)).toBe('4111 1111 1111 1111');
  });

  it('redacts whatever digits a partial shows after a card cue', () => {
    expect(r('my card number is 4111 11', true)).toBe('my card number is [card]');
    expect(r('my card number is four one one', true)).toBe('my card number is [card]');
    expect(r('the long number on the card is 4', true)).toBe(
      'the long number on the card is [card]',
    );
    // A final keeps the 4+ digit rule: a short number after a card cue mid-sentence stays.
    expect(r('my card has 2 chips')).toBe('my card has 2 chips');
  });

  it('redacts a final that holds only part of a card number after a cue', () => {
    // Speech recognizers cut long numbers into several finals.
    expect(r('my card number is 4111 1111')).toBe('my card number is [card]');
  });
});

describe('redactText: CVV and expiry', () => {
  it.each([
    ['the security code is 123', 'the security code is [cvv]'],
    ['CVV: 4567', 'CVV: [cvv]'],
    ['cvv one two three', 'cvv [cvv]'],
    ['the three digit code on the back is 9 8 7', 'the three digit code on the back is [cvv]'],
    ['the three digits on the back are 4 5 6', 'the three digits on the back are [cvv]'],
    ['the number on the back is nine eight seven', 'the number on the back is [cvv]'],
    ['cvc 12345', 'cvc 12345'],
  ])('cvv: %s', (text, expected) => {
    expect(r(text)).toBe(expected);
  });

  it.each([
    ['it expires 04/27', 'it expires [expiry]'],
    ['expiration 4 27', 'expiration [expiry]'],
    ['expiry date is 04/2027', 'expiry date is [expiry]'],
    ['expires oh four twenty seven', 'expires [expiry]'],
    ['exp. 0427', 'exp. [expiry]'],
    ['it expires April 2027', 'it expires [expiry]'],
    ['valid thru 12/29 and the cvv is 321', 'valid thru [expiry] and the cvv is [cvv]'],
  ])('expiry: %s', (text, expected) => {
    expect(r(text)).toBe(expected);
  });

  it('takes a whole card reading apart', () => {
    const text = 'card 4111 1111 1111 1111 exp 04/27 cvv 123 and my zip is 94107';
    const { text: out, findings } = redactText(text);
    expect(out).toBe('card [card] exp [expiry] cvv [cvv] and my zip is 94107');
    expect(findings.map((f) => f.kind)).toEqual(['card', 'expiry', 'cvv']);
  });

  it('redacts a partial expiry and cvv at the end', () => {
    expect(r('it expires 04/', true)).toBe('it expires [expiry]');
    expect(r('and the cvv is one', true)).toBe('and the cvv is [cvv]');
  });

  it('does not let an expiry cue take a number another cue announces', () => {
    expect(r('my old card expires soon, card number 4111 1111 1111 1111')).toBe(
      'my old card expires soon, card number [card]',
    );
  });
});

describe('redactText: SSN', () => {
  it.each([
    ['SSN 123-45-6789', 'SSN [ssn]'],
    ['it is 123-45-6789', 'it is [ssn]'],
    ['my social security number is 123 45 6789', 'my social security number is [ssn]'],
    ['my social is one two three four five six seven eight nine', 'my social is [ssn]'],
    ['last four of my social are 6789', 'last four of my social are [ssn]'],
    ['ssn 123456789', 'ssn [ssn]'],
  ])('%s', (text, expected) => {
    expect(r(text)).toBe(expected);
  });

  it('leaves 9 digits alone without a cue', () => {
    expect(r('ticket 123456789')).toBe('ticket 123456789');
    expect(r('it was 123456789')).toBe('it was 123456789');
  });
});

describe('redactText: e-mail', () => {
  it.each([
    ['mail john.smith@gmail.com please', 'mail [email] please'],
    ['it is j.smith+promo@mail.example.co.uk.', 'it is [email].'],
    ['john dot smith at gmail dot com', '[email]'],
    ['my email is john dot smith at gmail dot com', 'my email is [email]'],
    ['send it to mary underscore jones at yahoo dot co dot uk', 'send it to [email]'],
    ['it is jsmith99 at outlook.com', 'it is [email]'],
    ['john@example dot com', '[email]'],
  ])('%s', (text, expected) => {
    expect(r(text)).toBe(expected);
  });

  it.each([
    'look at amazon dot com for the order',
    'I was at home dot com is not a thing',
    'meet me at the office',
    'at dot',
    'the price is at 5 dot 99',
  ])('leaves ordinary speech alone: %s', (text) => {
    expect(r(text)).toBe(text);
  });
});

describe('redactText: phone numbers', () => {
  it.each([
    ['call 555-123-4567', 'call [phone]'],
    ['(555) 123-4567 is best', '[phone] is best'],
    ['my cell is 555.123.4567', 'my cell is [phone]'],
    // After a digit that is not part of it (found by the property test of redactEvent).
    ['press option 2 555-123-4567', 'press option 2 [phone]'],
    ['2 555.123.4567', '2 [phone]'],
    ['O 555-123-4567', 'O [phone]'],
    ['1-800-555-0199', '[phone]'],
    ['+44 20 7946 0958', '[phone]'],
    ['ring +49 30 1234567 tomorrow', 'ring [phone] tomorrow'],
    ['you can reach me at 5551234567', 'you can reach me at [phone]'],
    [
      'call me back at five five five, one two three, four five six seven',
      'call me back at [phone]',
    ],
    ['my number is 020 7946 0958', 'my number is [phone]'],
    ['plus four four two zero seven nine four six zero nine five eight', '[phone]'],
  ])('%s', (text, expected) => {
    expect(r(text)).toBe(expected);
  });

  it('redacts a phone number cut off in a partial', () => {
    expect(r('call me back at 555 12', true)).toBe('call me back at [phone]');
  });
});

describe('redactText: things that are not PII', () => {
  it.each([
    'order number 4111111111111112',
    'your order 1234567890123456 has shipped',
    'the refund was $1,234.56 yesterday',
    'my card was charged $1,234.56 twice',
    'it was charged 1234 dollars on my card',
    'it happened on 04/27/2023',
    'the meeting is on March 3rd 2024',
    'call me at 3:30 tomorrow',
    "can you do it at 3:30? I'm free",
    'there are one or two things',
    'I have been a customer since 1998',
    'in 2019 and 2020 it was fine',
    'room 101 on floor 3',
    'I lost my card. It was 2019 when I got it',
    'zip code 94107',
    'the model is 12345 and serial 987654321',
    'I waited 45 minutes and 30 seconds',
    'it costs 19.99',
    'version 1.2.3.4',
  ])('%s', (text) => {
    expect(redactText(text)).toEqual({ text, findings: [] });
  });
});

describe('redactText: options and fast path', () => {
  it('redacts only the kinds asked for, with custom replacements', () => {
    const text = 'card 4111 1111 1111 1111, mail a@b.com';
    expect(redactText(text, { kinds: ['email'] }).text).toBe(
      'card 4111 1111 1111 1111, mail [email]',
    );
    expect(redactText(text, { replacements: { card: '****' } }).text).toBe(
      'card ****, mail [email]',
    );
    expect(() => redactText(text, { kinds: ['cc' as 'card'] })).toThrow(/option kinds/);
    expect(() => redactText(text, { replacements: { card: ' ' } })).toThrow(
      /option replacements\.card/,
    );
  });

  it('redacts the same with every kind asked for as with the defaults', () => {
    const text =
      'card 4111 1111 1111 1111 exp 04/27 cvv 123, ssn 123-45-6789, a@b.com, (555) 123-4567';
    expect(redactText(text, { kinds: REDACTION_KINDS })).toStrictEqual(redactText(text));
  });

  it('returns the very same string for text with nothing that could be PII', () => {
    const text = 'I have been waiting on hold for an hour, this is ridiculous!';
    expect(mayContainPii(text)).toBe(false);
    const result = redactText(text);
    expect(result.text).toBe(text);
    expect(result.findings).toEqual([]);
  });

  it('takes the slow path only where a number, a cue or an address could be', () => {
    for (const t of [
      'x@y',
      '4111 1111',
      'four one one one two two two two',
      'triple five triple six seven eight', // 3 + 3 + 1 + 1 digits
      'my card is 4',
      'cvv one two',
      'expires oh four',
      'my card expires april',
      'call me on five five',
      'at the dot',
      'john at gmail.com',
      'john at gmail point com',
    ]) {
      expect(mayContainPii(t), t).toBe(true);
    }
    for (const t of [
      'at home',
      'dot the i',
      'often',
      'someone',
      'atone',
      'tone',
      'Oh thank god',
      'within three to five days',
      'look at that. ok',
    ]) {
      expect(mayContainPii(t), t).toBe(false);
    }
  });

  it('redacts spoken addresses with "period", "point" or a written dot', () => {
    expect(redactText('send it to dana at example point com').text).toBe('send it to [email]');
    expect(redactText('it is dana at example.com thanks').text).toBe('it is [email] thanks');
  });
});

describe('redactText properties', () => {
  const luhnCard = fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 18 })
    .map((ds) => {
      const body = ds.join('');
      for (let c = 0; c <= 9; c++) if (luhnValid(body + c)) return body + c;
      throw new Error('unreachable');
    });
  const groups = (digits: string, sep: string): string =>
    digits.replace(/(\d{4})(?=\d)/g, `$1${sep}`);

  it('always removes a Luhn-valid card number, however it is separated', () => {
    fc.assert(
      fc.property(
        luhnCard,
        fc.constantFrom(' ', '-', ''),
        fc.constantFrom('my card is ', 'here: ', 'ok so ', ''),
        fc.constantFrom('', '.', ' thanks', ', and that is it'),
        (card, sep, before, after) => {
          const text = `${before}${groups(card, sep)}${after}`;
          const { text: out, findings } = redactText(text);
          expect(out).toBe(`${before}[card]${after}`);
          expect(findings).toEqual([
            { kind: 'card', start: before.length, end: before.length + groups(card, sep).length },
          ]);
        },
      ),
    );
  });

  it('never throws, and findings are ordered, disjoint spans of the original text', () => {
    const words = fc.constantFrom(
      'card',
      'number',
      'is',
      'cvv',
      'expires',
      'social',
      'call',
      'me',
      'at',
      'dot',
      'com',
      'four',
      'one',
      'oh',
      'double',
      'twenty',
      'seven',
      '4111',
      '1111',
      '555',
      '123-45-6789',
      '/',
      '-',
      '(',
      ')',
      '+',
      ',',
      '.',
      '$',
      '@',
      'gmail',
      'john',
      'order',
      'zip',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), fc.boolean(), (ws, partial) => {
        const text = ws.join(' ');
        const { text: out, findings } = redactText(text, { partial });
        let at = 0;
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(at);
          expect(f.end).toBeGreaterThan(f.start);
          at = f.end;
        }
        expect(findings.length === 0 ? out === text : out !== text).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('skips only texts in which full redaction finds nothing (property)', () => {
    const piece = fc.constantFrom(
      ...'4111 1111 123 45 6789 555 (555) 123-4567 04/27 2027 $ + @ . , - card number cvv code security expires exp april social ssn phone call me back my order at dot period point gmail com example.com one two three four five six seven eight nine oh o zero twenty double triple plus is the and i was charged twice'.split(
        ' ',
      ),
    );
    const all = checkRedactOptions({});
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 14 }),
        fc.boolean(),
        fc.constantFrom(undefined, 'card', 'cvv', 'expiry', 'ssn', 'phone' as const),
        (pieces, partial, asked) => {
          // (`asked`: what the text answers, see createConversationRedactor.)
          const text = pieces.join(' ');
          if (mayContainPii(text, asked !== undefined)) return;
          expect(redactTextFully(text, all, partial, asked).findings).toEqual([]);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('card numbers next to other numbers', () => {
  it('finds a card after a stray digit or a currency sign', () => {
    expect(redactText('1 4111 1111 1111 1111').text).toBe('1 [card]');
    expect(redactText('$ 4111 1111 1111 1111').text).toBe('$ [card]');
    expect(redactText('it was $ 45.99 on the 4111 1111 1111 1111 card').text).toBe(
      'it was $ 45.99 on the [card] card',
    );
  });
});

describe('numbers after a currency sign', () => {
  it('still finds a dashed phone number or SSN', () => {
    expect(redactText('$ 555-123-4567').text).toBe('$ [phone]');
    expect(redactText('that was $45 and my number is 555-123-4567').text).toBe(
      'that was $45 and my number is [phone]',
    );
  });
});

describe('input that is not text', () => {
  it('is refused, not handed back as if redacted', () => {
    for (const bad of [4111111111111111, undefined, null, ['my card is 4111 1111 1111 1111']]) {
      expect(() => redactText(bad as never)).toThrow(
        expect.objectContaining({ code: 'invalid-option', field: 'text' }),
      );
    }
    expect(() => redactText('4111 1111 1111 1111', null as never)).toThrow(
      expect.objectContaining({ code: 'invalid-option', field: 'redact' }),
    );
  });
});
