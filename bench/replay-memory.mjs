// Memory of `tonvo replay` on a file of many calls, one after another.
//   pnpm build && node bench/replay-memory.mjs [--calls 300] [--minutes 10] [--cli path/to/cli.js]
// Writes files of 1/6, 1/2 and all of the calls (the bench's synthetic mix, each with its
// own conversation id and a call-ended signal, the next starting 10 s after), replays each
// with the CLI in a process of its own, and prints that process's peak resident memory
// and CPU time. A replay that holds only the calls still going on stays near the same
// peak however many calls the file has; one that keeps every call grows with them.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberArg, stringArg } from './lib/args.mjs';
import { syntheticCall } from './lib/synthetic-calls.mjs';

const calls = numberArg('calls', 300);
const minutes = numberArg('minutes', 10);
// Another build's CLI (an older checkout's) can be measured the same way with --cli.
const cli = stringArg(
  'cli',
  fileURLToPath(new URL('../packages/audio-node/dist/cli.js', import.meta.url)),
);
const dir = mkdtempSync(join(tmpdir(), 'tonvo-replay-memory-'));

/** Writes `n` calls one after another as JSONL; resolves to the number of events. */
async function writeCalls(path, n) {
  const out = createWriteStream(path);
  let offset = 0;
  let events = 0;
  for (let c = 0; c < n; c++) {
    const conversation = `call-${c}`;
    let last = offset;
    for (const e of syntheticCall({ durationMs: minutes * 60_000, seed: c + 1 })) {
      const shifted = { ...e, conversation };
      for (const k of ['startMs', 'endMs', 'atMs']) if (k in e) shifted[k] = e[k] + offset;
      last = Math.max(last, shifted.endMs ?? shifted.atMs);
      if (!out.write(`${JSON.stringify(shifted)}\n`))
        await new Promise((r) => out.once('drain', r));
      events++;
    }
    out.write(
      `${JSON.stringify({ type: 'signal', conversation, kind: 'call-ended', atMs: last + 1 })}\n`,
    );
    offset = last + 10_000;
  }
  await new Promise((r) => out.end(r));
  return events;
}

// The replay's own peak memory and CPU time, printed by the child as it exits.
const probe =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();' +
  'process.stderr.write(`PROBE ${u.maxRSS} ${(u.userCPUTime+u.systemCPUTime)/1e6}\\n`)})';

const rows = [];
try {
  for (const n of [Math.max(1, Math.round(calls / 6)), Math.max(1, Math.round(calls / 2)), calls]) {
    const file = join(dir, `calls-${n}.jsonl`);
    const events = await writeCalls(file, n);
    const r = spawnSync(
      process.execPath,
      ['--import', probe, cli, 'replay', file, '--format', 'jsonl'],
      {
        maxBuffer: 1 << 30,
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) throw new Error(`replay failed: ${r.stderr}`);
    const [, rss, cpu] = /PROBE (\d+) ([\d.]+)/.exec(r.stderr);
    const reports = r.stdout.split('\n').filter((l) => l.startsWith('{"type":"report"')).length;
    rows.push({ n, events, reports, mb: Number(rss) / 1024, cpu: Number(cpu) });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const fmt = (x, d = 0) =>
  x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
console.log(
  `tonvo replay (${cli}) of ${minutes}-minute calls one after another, node ${process.version}`,
);
console.log('');
console.log('| calls in the file | events | reports written | peak resident memory | CPU time |');
console.log('|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.n} | ${fmt(r.events)} | ${r.reports} | ${fmt(r.mb)} MB | ${fmt(r.cpu, 1)} s |`,
  );
