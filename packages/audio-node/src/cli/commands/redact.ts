import { createConversationRedactor, encodeEvent, toJsonl, type TonvoEvent } from '@tonvo/core';
import { describeError } from '../describe-error.js';
import { choice, parseCommandArgs } from '../args.js';
import { styleFor } from '../format/ansi.js';
import { formatOfPath, openInput, readEvents } from '../read-events.js';
import type { CliCommand } from '../run-cli.js';

const USAGE = `usage: tonvo redact <file.jsonl | file.tonvo | -> [options]

Writes the events with PII (card numbers, CVV, expiry, SSN, e-mail, phone) replaced
by tokens such as [card] in every utterance's text and word timings. A customer's
answer to the agent's ask ("Can I take your card number?") is read as what was asked. Lines that are
not valid events are reported on stderr and left out (they may hold PII).

options:
  --format jsonl|binary   output encoding (default: jsonl)
  --input jsonl|binary    input encoding (default: by extension)
  --strict                exit 1 if any line was left out`;

/** `tonvo redact`. */
export const redactCommand: CliCommand = {
  summary: 'redact PII from a transcript (JSONL or binary)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { format: { type: 'string' }, input: { type: 'string' }, strict: { type: 'boolean' } },
      USAGE,
    );
    const path = positionals[0];
    if (path === undefined || positionals.length > 1) {
      io.stderr.write(`${USAGE}\n`);
      return 2;
    }
    const format = choice('format', values.format, ['jsonl', 'binary'] as const, 'jsonl');
    const input = choice('input', values.input, ['jsonl', 'binary'] as const, formatOfPath(path));
    const style = styleFor(io.stderr as { isTTY?: boolean }, process.env);
    let dropped = 0;
    let redacted = 0;
    // The customer's answer to "Can I take your card number?" is read as a card number.
    const redact = createConversationRedactor();
    for await (const r of readEvents(openInput(path, io.stdin, io.cwd ?? process.cwd()), input, {
      outputs: true,
    })) {
      if (r.error !== undefined) {
        dropped++;
        io.stderr.write(`${style.red('✗')} ${describeError(r.where, r.error)}\n`);
        continue;
      }
      const safe: TonvoEvent = redact(r.event);
      if (safe !== r.event) redacted++;
      io.stdout.write(format === 'binary' ? encodeEvent(safe) : `${toJsonl(safe)}\n`);
    }
    io.stderr.write(
      `tonvo redact: ${redacted} utterance(s) redacted${dropped > 0 ? `, ${dropped} line(s) left out` : ''}\n`,
    );
    return values.strict === true && dropped > 0 ? 1 : 0;
  },
};
