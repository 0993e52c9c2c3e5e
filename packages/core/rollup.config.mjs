import { createRollupConfig } from '../../scripts/rollup-config.mjs';

// Per-module ESM for bundlers; one file for Node (see nodeBundle).
export default createRollupConfig({ nodeBundle: true });
