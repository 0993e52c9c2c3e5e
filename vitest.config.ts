import { defineConfig } from 'vitest/config';

// One run over every workspace project; each project's own config says its
// environment (core runs in `node` to prove it is framework-free).
export default defineConfig({
  test: {
    projects: ['packages/*', 'packages/react/vitest.react18.config.ts', 'examples/*', 'bench'],
  },
});
