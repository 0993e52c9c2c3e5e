import type { RollupOptions } from 'rollup';

/** The package's build (see rollup.config.mjs), typed for the build test. */
declare const configs: RollupOptions[];
export default configs;
