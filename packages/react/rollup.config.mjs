import { createRollupConfig } from '../../scripts/rollup-config.mjs';

export default createRollupConfig({ banner: "'use client';" });
