import { createRollupConfig } from '../../scripts/rollup-config.mjs';

export default createRollupConfig({
  input: { index: 'src/index.ts', cli: 'src/cli.ts' },
  banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
});
