import { createRollupConfig } from '../../scripts/rollup-config.mjs';

export default createRollupConfig({
  input: { index: 'src/index.ts', node: 'src/node.ts', evaluation: 'src/evaluation.ts' },
});
