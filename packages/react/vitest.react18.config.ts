import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

// The same tests as vitest.config.ts, against React 18. test/react-18 is a tiny local
// package that installs react@18 with react-dom@18 next to each other, so react-dom's
// own `require('react')` finds 18 too (an npm alias in this package would pair
// react-dom 18 with React 19). Imports of react and react-dom, ours and Testing
// Library's (inlined so the aliases apply to it), go to that pair.
const here = dirname(fileURLToPath(import.meta.url));
const env = realpathSync(`${here}/node_modules/@tonvo/react-18-env/package.json`);
const from = createRequire(env);
const dir = (name: string): string => dirname(realpathSync(from.resolve(`${name}/package.json`)));
const react = dir('react');
const reactDom = dir('react-dom');
// Testing Library's ES build (its package has no exports map; its main is CommonJS,
// whose require() calls no alias can reach).
const rtl = `${dirname(realpathSync(createRequire(`${here}/package.json`).resolve('@testing-library/react')))}/@testing-library/react.esm.js`;

export default defineProject({
  resolve: {
    conditions: ['source'],
    alias: [
      { find: /^react$/, replacement: react },
      { find: /^react\/(.*)$/, replacement: `${react}/$1` },
      { find: /^react-dom$/, replacement: reactDom },
      { find: /^react-dom\/(.*)$/, replacement: `${reactDom}/$1` },
      { find: /^@testing-library\/react$/, replacement: rtl },
    ],
  },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: 'react-18',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    // The build does not depend on the React version.
    exclude: ['test/build-output.test.ts'],
    setupFiles: ['test/setup.ts'],
    env: { TONVO_EXPECT_REACT: '18' },
    server: { deps: { inline: [/@testing-library\/react/] } },
  },
});
