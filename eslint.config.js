import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = {
  patterns: [{ group: ['node:*'], message: 'This layer must stay free of Node I/O.' }],
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      '.cache',
      'public/data',
      'test-results',
      'playwright-report',
      'reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // With noUncheckedIndexedAccess, `!` after a bounds-checked index is the honest idiom.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Pure layers: extraction and the browser app never touch the file system or the clock's I/O.
    files: ['src/extract/**', 'src/features/**', 'src/schema/**', 'src/lib/**', 'src/app/**'],
    rules: {
      'no-restricted-imports': ['error', nodeBuiltins],
    },
  },
  {
    // Extraction is pure: a reference date is passed in, never read from the clock.
    files: ['src/extract/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass the reference date in.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass the reference date in.',
        },
      ],
    },
  },
);
