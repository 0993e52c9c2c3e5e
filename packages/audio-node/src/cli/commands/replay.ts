import { encodeEvent, toJsonl } from '@tonvo/core';
import { describeError } from '../describe-error.js';
import { choice, numberOption, parseCommandArgs } from '../args.js';
import { ANALYZER_USAGE, loadAnalyzer } from '../analyzer-option.js';
import { coachOptionsOf, loadCoachConfig } from '../coach-config.js';
import { styleFor } from '../format/ansi.js';
import { createPrettySink } from '../format/pretty.js';
import { formatOfPath, openInput, readEvents } from '../read-events.js';
import { replay, type ReplaySink } from '../replay-session.js';
import type { CliCommand } from '../run-cli.js';

const USAGE = `usage: tonvo replay <file.jsonl | file.tonvo | -> [options]

Replays one or many (interleaved) conversations through the coach and writes what it
decides: state changes, triggers, nudges and a report per conversation. A report comes
out as soon as its call is over (5 s of input time after its call-ended signal, for
late events), and the call is let go, so a long file or a live stream of many calls
holds only the calls still going on; the rest end with the input.

options:
  --rules <rules.json>        custom declarative rules
  --playbook <playbook.json>  custom playbook (merged over the built-in one)
  --format jsonl|pretty|binary  output (default: pretty on a terminal, jsonl otherwise)
  --input jsonl|binary        input encoding (default: by extension; .tonvo/.pb/.bin are binary)
  --samples                   also write sentiment samples
  --speed <n>                 play in n-times real time (default 0: as fast as possible)
  --strict                    exit 1 if any input line was refused
${ANALYZER_USAGE}`;

/** `tonvo replay`. */
export const replayCommand: CliCommand = {
  summary: 'replay conversations (JSONL or binary) through the coach',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        rules: { type: 'string' },
        playbook: { type: 'string' },
        format: { type: 'string' },
        input: { type: 'string' },
        samples: { type: 'boolean' },
        speed: { type: 'string' },
        strict: { type: 'boolean' },
        analyzer: { type: 'string' },
      },
      USAGE,
    );
    const path = positionals[0];
    if (path === undefined || positionals.length > 1) {
      io.stderr.write(`${USAGE}\n`);
      return 2;
    }
    const cwd = io.cwd ?? process.cwd();
    const format = choice(
      'format',
      values.format,
      ['jsonl', 'pretty', 'binary'] as const,
      (io.stdout as { isTTY?: boolean }).isTTY === true ? 'pretty' : 'jsonl',
    );
    const input = choice('input', values.input, ['jsonl', 'binary'] as const, formatOfPath(path));
    const speed = numberOption('speed', values.speed, 0, 1000);
    const config = await loadCoachConfig(values.rules, values.playbook, cwd);
    const loaded = await loadAnalyzer(values.analyzer, (l) => io.stderr.write(l));
    const style = styleFor(io.stdout as { isTTY?: boolean }, process.env);
    const pretty = createPrettySink((s) => io.stdout.write(s), style, { multi: true });
    const errStyle = styleFor(io.stderr as { isTTY?: boolean }, process.env);
    const sink: ReplaySink =
      format === 'pretty'
        ? pretty
        : {
            input: () => undefined,
            output: (e) => {
              if (e.type === 'sentiment' && values.samples !== true) return;
              if (format === 'binary') io.stdout.write(encodeEvent(e));
              else io.stdout.write(`${toJsonl(e)}\n`);
            },
            error: (where, error) =>
              io.stderr.write(`${errStyle.red('✗')} ${describeError(where, error)}\n`),
          };
    const stream = openInput(path, io.stdin, cwd);
    const summary = await replay(readEvents(stream, input), sink, {
      speed,
      coachOptions: () => ({
        ...coachOptionsOf(config),
        ...(loaded.analyzer === undefined ? {} : { analyzer: loaded.analyzer }),
      }),
    }).finally(() => loaded.close());
    if (summary.errors > 0) {
      io.stderr.write(
        `tonvo replay: ${summary.errors} input problem(s); ${summary.events} events replayed\n`,
      );
    }
    return values.strict === true && summary.errors > 0 ? 1 : 0;
  },
};
