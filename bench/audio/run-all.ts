// Runs every audio benchmark in turn (see docs/audio.md for how to read the figures).
// Speed figures are most meaningful pinned to one core: `taskset -c 0 pnpm --filter @tonvo/bench bench:audio`.
import { spawnSync } from 'node:child_process';

for (const script of [
  'pitch-accuracy',
  'speaking-rate',
  'vad-agreement',
  'pipeline-speed',
  'cost-and-memory',
]) {
  console.log(`\n## ${script}\n`);
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--conditions=source', '--import', 'tsx', `audio/${script}.ts`],
    { stdio: ['ignore', 'inherit', 'ignore'], cwd: new URL('..', import.meta.url) },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}
