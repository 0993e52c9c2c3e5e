// Memory of `tonvo team` on files of many calls' reports, against reading every report
// into an array and calling summarizeCalls (what a script would otherwise do).
//   pnpm build && node bench/team-memory.mjs [--calls 24000]
// The reports are real: the shipped sample call and the two golden test calls, replayed
// through the coach here, repeated under new conversation ids. Writes files of 1/6, 1/2
// and all of the calls, runs each way in a process of its own, checks that both print
// the same summary, and prints each process's peak resident memory and CPU time.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCoach, readJsonl } from '@tonvo/core';
import { numberArg } from './lib/args.mjs';

const calls = numberArg('calls', 24_000);
const cli = fileURLToPath(new URL('../packages/audio-node/dist/cli.js', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tonvo-team-memory-'));

async function reportOf(path) {
  const coach = createCoach();
  for (const r of readJsonl(readFileSync(new URL(path, import.meta.url), 'utf8')))
    if (r.event !== undefined) coach.push(r.event);
  return coach.end();
}
const reports = await Promise.all(
  [
    '../packages/audio-node/samples/sample-call.jsonl',
    '../packages/core/test/golden/outage-call.jsonl',
    '../packages/core/test/golden/address-change.jsonl',
  ].map(reportOf),
);

async function writeReports(path, n) {
  const out = createWriteStream(path);
  for (let c = 0; c < n; c++) {
    const line = JSON.stringify({ type: 'report', ...reports[c % 3], conversation: `call-${c}` });
    if (!out.write(`${line}\n`)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}

// The child's own peak memory and CPU time, printed as it exits.
const probe =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();' +
  'process.stderr.write(`PROBE ${u.maxRSS} ${(u.userCPUTime+u.systemCPUTime)/1e6}\\n`)})';
// Every report in an array, then one summary.
const whole = `
import { readFileSync } from 'node:fs';
import { readJsonl, summarizeCalls } from '@tonvo/core';
const calls = [];
for (const r of readJsonl(readFileSync(process.argv[1], 'utf8'), { outputs: true }))
  if (r.event?.type === 'report') { const { type, ...report } = r.event; calls.push({ report }); }
process.stdout.write(JSON.stringify(summarizeCalls(calls), null, 2) + '\\n');
`;

function run(args) {
  const r = spawnSync(process.execPath, ['--import', probe, ...args], {
    cwd: here,
    maxBuffer: 1 << 28,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`failed: ${r.stderr}`);
  const [, rss, cpu] = /PROBE (\d+) ([\d.]+)/.exec(r.stderr);
  return { out: r.stdout, mb: Number(rss) / 1024, cpu: Number(cpu) };
}

const rows = [];
try {
  for (const n of [Math.round(calls / 6), Math.round(calls / 2), calls]) {
    const file = join(dir, `reports-${n}.jsonl`);
    await writeReports(file, n);
    const streamed = run([cli, 'team', file, '--format', 'json']);
    const held = run(['--input-type=module', '-e', whole, file]);
    if (streamed.out !== held.out) throw new Error(`the two summaries differ for ${n} calls`);
    rows.push({ n, fileMb: statSync(file).size / 1e6, streamed, held });
    rmSync(file);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const fmt = (x, d = 0) =>
  x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
console.log(
  `tonvo team against summarizeCalls over an array of every report, node ${process.version}`,
);
console.log('');
console.log(
  '| reports | file | tonvo team: peak memory, CPU | every report held: peak memory, CPU | memory ratio |',
);
console.log('|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${fmt(r.n)} | ${fmt(r.fileMb)} MB | ${fmt(r.streamed.mb)} MB, ${fmt(r.streamed.cpu, 1)} s | ${fmt(r.held.mb)} MB, ${fmt(r.held.cpu, 1)} s | ${fmt(r.streamed.mb / r.held.mb, 2)} |`,
  );
