import { numberOption, parseCommandArgs } from '../args.js';
import { ANALYZER_USAGE, loadAnalyzer } from '../analyzer-option.js';
import { coachOptionsOf, loadCoachConfig } from '../coach-config.js';
import { styleFor } from '../format/ansi.js';
import { createPrettySink } from '../format/pretty.js';
import { resolve } from 'node:path';
import { audioWithTranscript, recordingFor } from '../audio-records.js';
import { packageFile } from '../package-file.js';
import { formatOfPath, openInput, readEvents } from '../read-events.js';
import { replay } from '../replay-session.js';
import type { CliCommand } from '../run-cli.js';

const USAGE = `usage: tonvo demo [file.jsonl] [options]

Plays a conversation in accelerated real time in the terminal: the transcript, the
customer's state as it changes, the nudges as they fire, then the post-call report.
Without a file it plays the shipped sample call. When a recording sits next to the
transcript (call.jsonl and call.wav), its audio goes through the audio pipeline too
(pitch, energy, speaking rate and speech segments against each speaker's baseline).

options:
  --speed <n>                 times real time (default 8; 0 for no waiting)
  --rules <rules.json>        custom declarative rules
  --playbook <playbook.json>  custom playbook
  --text-only                 leave the recording out, words only
${ANALYZER_USAGE}`;

/** The shipped sample call. */
export const SAMPLE_CALL_PATH: string = packageFile('samples/sample-call.jsonl');

/** `tonvo demo`. */
export const demoCommand: CliCommand = {
  summary: 'play a conversation (default: the shipped sample call) with live coaching',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        speed: { type: 'string' },
        rules: { type: 'string' },
        playbook: { type: 'string' },
        analyzer: { type: 'string' },
        'text-only': { type: 'boolean' },
      },
      USAGE,
    );
    if (positionals.length > 1) {
      io.stderr.write(`${USAGE}\n`);
      return 2;
    }
    const cwd = io.cwd ?? process.cwd();
    const path = positionals[0] ?? SAMPLE_CALL_PATH;
    const speed = numberOption('speed', values.speed, 8, 1000);
    const config = await loadCoachConfig(values.rules, values.playbook, cwd);
    const loaded = await loadAnalyzer(values.analyzer, (l) => io.stderr.write(l));
    const style = styleFor(io.stdout as { isTTY?: boolean }, process.env);
    const sink = createPrettySink((s) => io.stdout.write(s), style, { multi: false });
    const recording =
      values['text-only'] === true || path === '-' ? undefined : recordingFor(resolve(cwd, path));
    const how = [
      speed > 0 ? `at ${speed}x real time` : 'as fast as possible',
      loaded.name === 'model'
        ? 'words read by the text emotion model'
        : 'words read by the baseline analyzer',
      recording === undefined ? 'no audio' : 'voice from the recording',
    ];
    io.stdout.write(
      style.bold(
        `Tonvo demo: ${positionals[0] === undefined ? 'the sample call (Dana, a double charge)' : path}`,
      ) + style.dim(` (${how.join(', ')})\n\n`),
    );
    const transcript = readEvents(openInput(path, io.stdin, cwd), formatOfPath(path));
    await replay(
      recording === undefined ? transcript : audioWithTranscript(recording, transcript),
      sink,
      {
        speed,
        coachOptions: () => ({
          ...coachOptionsOf(config),
          ...(loaded.analyzer === undefined ? {} : { analyzer: loaded.analyzer }),
          values: { customerName: positionals[0] === undefined ? 'Dana' : '' },
        }),
      },
    ).finally(() => loaded.close());
    return 0;
  },
};
