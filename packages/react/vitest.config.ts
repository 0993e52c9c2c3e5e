import { defineProject } from 'vitest/config';

// React 19 (the version installed for this package); vitest.react18.config.ts runs the
// same tests against React 18.
export default defineProject({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: 'react',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    env: { TONVO_EXPECT_REACT: '19' },
  },
});
