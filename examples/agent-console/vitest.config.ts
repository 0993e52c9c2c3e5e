import { defineProject } from 'vitest/config';

// The agent console: unit tests of the replay, and the end-to-end test that builds the
// app, serves it and drives Debian's Chromium (slow: minutes on a busy machine).
export default defineProject({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: 'agent-console',
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
