import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/coverage/**',
      '**/node_modules/**',
      '**/gen/**',
      'docs/api/**',
      '**/*.d.ts',
      'examples/*/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The library is silent: logging goes through the level-gated logger.
    files: ['packages/*/src/**/*.{ts,tsx}'],
    ignores: [
      'packages/*/src/**/*.test.{ts,tsx}',
      'packages/audio-node/src/cli.ts',
      'packages/audio-node/src/cli/**',
    ],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['packages/react/src/**/*.{ts,tsx}', 'examples/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: reactHooks.configs.recommended.rules,
  },
);
