import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.build/', 'src/generated/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The scoring library is pure: it takes strings and values and returns values, so the same
    // code runs in the scorer, the site build and the browser.
    files: ['src/lib/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'src/lib must not touch Node APIs; do I/O in scripts/.' },
            { group: ['astro', 'astro/*', 'astro:*'], message: 'src/lib must not import Astro.' },
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'src/lib must not import React.',
            },
          ],
          paths: ['fs', 'path', 'os', 'child_process', 'process'],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'window', 'document', 'Buffer', '__dirname'],
    },
  },
);
