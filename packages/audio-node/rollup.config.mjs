import { createRollupConfig } from '../../scripts/rollup-config.mjs';

export default createRollupConfig({ bins: { cli: 'src/cli.ts' } });
