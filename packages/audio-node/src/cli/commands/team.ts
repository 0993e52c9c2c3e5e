import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createTeamTally, isTonvoError, TonvoError, type TeamCall } from '@tonvo/core';
import { choice, parseCommandArgs } from '../args.js';
import { describeError } from '../describe-error.js';
import { styleFor } from '../format/ansi.js';
import { formatTeam } from '../format/team.js';
import { formatOfPath, openInput, readEvents } from '../read-events.js';
import type { CliCommand } from '../run-cli.js';

const USAGE = `usage: tonvo team <reports.jsonl | recording.tonvo | -> [options]

Rolls many calls' reports up into team metrics: how customers' feelings went (arcs,
recovery after a low), what coaching changed (nudges acted on, and how often the customer
improved after a nudge acted on against one ignored), closes and talk habits, each share
with its 95% interval. Reads the reports that \`tonvo replay\` writes (other events in the
input are skipped).

options:
  --calls <calls.jsonl>   what is known about each call, a JSON object per line:
                          {"conversation":"c-104","agent":"sam","outcomes":{"csat":4,"fcr":true}}
  --by <field>            group the calls by this field of --calls (agent, team, week, ...)
  --format pretty|json    output (default: pretty)
  --input jsonl|binary    input encoding (default: by extension)
  --strict                exit 1 if any line was left out`;

/** What --calls says about one conversation. */
interface CallInfo {
  readonly fields: Readonly<Record<string, unknown>>;
  readonly line: number;
}

/** `tonvo team`. */
export const teamCommand: CliCommand = {
  summary: "roll many calls' reports up into team metrics, by cohort",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        calls: { type: 'string' },
        by: { type: 'string' },
        format: { type: 'string' },
        input: { type: 'string' },
        strict: { type: 'boolean' },
      },
      USAGE,
    );
    const path = positionals[0];
    if (path === undefined || positionals.length > 1) {
      io.stderr.write(`${USAGE}\n`);
      return 2;
    }
    const format = choice('format', values.format, ['pretty', 'json'] as const, 'pretty');
    const input = choice('input', values.input, ['jsonl', 'binary'] as const, formatOfPath(path));
    if (values.by !== undefined && values.calls === undefined) {
      throw TonvoError.invalidOption('--by', 'needs --calls: the cohort is a field of each call');
    }
    const cwd = io.cwd ?? process.cwd();
    const style = styleFor(io.stderr as { isTTY?: boolean }, process.env);
    let dropped = 0;
    const leaveOut = (where: string, error: TonvoError): void => {
      dropped++;
      io.stderr.write(`${style.red('✗')} ${describeError(where, error)}\n`);
    };

    const info = new Map<string, CallInfo>();
    if (values.calls !== undefined) {
      const text = await readFile(resolve(cwd, values.calls), 'utf8');
      for (const [i, raw] of text.split('\n').entries()) {
        if (raw.trim() === '') continue;
        const where = `${values.calls} line ${i + 1}`;
        const fields = parseCallLine(raw);
        if (isTonvoError(fields)) leaveOut(where, fields);
        else info.set(fields['conversation'] as string, { fields, line: i + 1 });
      }
    }

    // Each report is added as it is read and then let go: memory stays flat however
    // many calls the input holds.
    const tally = createTeamTally();
    for await (const r of readEvents(openInput(path, io.stdin, cwd), input, { outputs: true })) {
      if (r.error !== undefined) {
        leaveOut(r.where, r.error);
        continue;
      }
      if (r.event.type !== 'report') continue;
      const { type: _, ...report } = r.event;
      const known = info.get(report.conversation);
      // A week or an agent number groups as its text; true/false as "true"/"false".
      const by = values.by === undefined ? undefined : known?.fields[values.by];
      const cohort = typeof by === 'number' || typeof by === 'boolean' ? String(by) : by;
      const outcomes = known?.fields['outcomes'];
      try {
        tally.add(
          {
            report,
            ...(cohort === undefined ? {} : { cohort }),
            ...(outcomes === undefined ? {} : { outcomes }),
          } as TeamCall,
          'call',
        );
      } catch (e) {
        if (!isTonvoError(e)) throw e;
        // The report is checked first: a problem outside it is in what --calls says,
        // and leaves the call in the overall figures without it.
        if (e.field?.startsWith('call.report') !== false || known === undefined) {
          leaveOut(r.where, e);
          continue;
        }
        leaveOut(`${values.calls} line ${known.line}`, e);
        tally.add({ report } as TeamCall, 'call');
      }
    }
    const team = tally.summary();
    io.stdout.write(
      format === 'json'
        ? `${JSON.stringify(team, null, 2)}\n`
        : `${formatTeam(team, styleFor(io.stdout as { isTTY?: boolean }, process.env))}\n`,
    );
    io.stderr.write(
      `tonvo team: ${tally.calls} call(s)${dropped > 0 ? `, ${dropped} line(s) left out` : ''}\n`,
    );
    return values.strict === true && dropped > 0 ? 1 : 0;
  },
};

/** A line of --calls: a JSON object with a `conversation` id, or the error that says why not. */
function parseCallLine(raw: string): Record<string, unknown> | TonvoError {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return new TonvoError('invalid-json', (e as Error).message);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return TonvoError.invalidEvent('call', 'must be a JSON object');
  const fields = value as Record<string, unknown>;
  if (typeof fields['conversation'] !== 'string' || fields['conversation'] === '')
    return TonvoError.invalidEvent('conversation', 'must be the id of a conversation');
  return fields;
}
