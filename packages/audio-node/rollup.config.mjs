import { createRollupConfig } from '../../scripts/rollup-config.mjs';

// Node only: one file per entry (see modules).
export default createRollupConfig({ bins: { cli: 'src/cli.ts' }, modules: false });
