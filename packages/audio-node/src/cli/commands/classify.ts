import { createInterface } from 'node:readline';
import { TonvoError } from '@tonvo/core';
import type { EmotionAnalysis } from '@tonvo/models';
import { loadTextEmotionAnalyzer } from '../../onnx/text-emotion-analyzer.js';
import { parseCommandArgs } from '../args.js';
import { openInput } from '../read-events.js';
import type { CliCommand } from '../run-cli.js';

const USAGE = `usage: tonvo classify [file|-] [--batch N]

Reads one text per line (stdin, or a file) and writes one JSON line per text with the
text emotion model's 28 label probabilities, the labels past their thresholds, the
customer state they point to, and the sentiment:
  {"text":"..","labels":{"admiration":0.0012,..},"predicted":["anger","annoyance"],"state":"frustrated","sentiment":{"label":"negative","score":-0.72}}
The state and sentiment read a support call's sarcasm ("Great, just great.") as
frustration, a plain answer or courtesy ("Okay.", "No worries.") as no feeling, a
negation ("Not bad at all.") as the built-in analyzer reads it, a request for help as no
sign of confusion, and a caller's complaint or thanks ("This is a joke.", "You're a
lifesaver.") by its phrase; the labels stay what the model read. Blank lines are skipped.

options:
  --batch N   texts per model call (default 64)`;

const round = (v: number): number => Math.round(v * 1e4) / 1e4;

/** The JSON line `tonvo classify` writes for one text. */
export function classifyLine(text: string, a: EmotionAnalysis): string {
  const labels: Record<string, number> = {};
  for (const [k, v] of Object.entries(a.labels)) labels[k] = round(v);
  return JSON.stringify({
    text,
    labels,
    predicted: a.predicted,
    state: a.state,
    sentiment: { label: a.sentimentLabel, score: round(a.sentiment) },
  });
}

function parseArgs(args: readonly string[]): { input: string; batch: number } {
  const { values, positionals } = parseCommandArgs(args, { batch: { type: 'string' } }, USAGE);
  if (positionals.length > 1)
    throw TonvoError.invalidOption(positionals[1] as string, 'only one input file may be given');
  let batch = 64;
  if (values.batch !== undefined) {
    const v = Number(values.batch);
    if (!Number.isInteger(v) || v < 1 || v > 4096)
      throw TonvoError.invalidOption('--batch', 'must be an integer in [1, 4096]');
    batch = v;
  }
  return { input: positionals[0] ?? '-', batch };
}

/** `tonvo classify`: the text emotion model over lines of text. */
export const classifyCommand: CliCommand = {
  summary: 'classify the emotion in lines of text with the on-device model',
  usage: USAGE,
  async run(args, io) {
    const { input, batch } = parseArgs(args);
    const analyzer = await loadTextEmotionAnalyzer();
    try {
      // opened once the model is loaded, so readline is listening when a missing file fails
      const stream = openInput(input, io.stdin, io.cwd ?? process.cwd());
      let pending: string[] = [];
      const flush = async (): Promise<void> => {
        if (pending.length === 0) return;
        const texts = pending;
        pending = [];
        const results = await analyzer.analyzeBatch(texts);
        io.stdout.write(results.map((a, i) => `${classifyLine(texts[i] as string, a)}\n`).join(''));
      };
      for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
        if (line.trim() === '') continue;
        pending.push(line);
        if (pending.length >= batch) await flush();
      }
      await flush();
    } finally {
      await analyzer.dispose();
    }
    return 0;
  },
};
