// @ts-check
// Typed linting for the engine, state and widgets, plus Astro's own rules for .astro files.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

/** The engine's folders, each above the ones before it (docs/architecture.md, section 1). */
const ENGINE_FOLDERS = ['core', 'gradients', 'scenarios', 'exercises'];

/**
 * The imports an engine file may not make: a framework, and any relative path the regex `outside`
 * matches (for a file in a folder, one that leaves the folder other than for a folder below it).
 * @param {string} outside
 * @returns {import('eslint').Linter.RuleEntry}
 */
function engineImports(outside) {
  const patterns = [
    {
      group: ['preact', 'preact/*', '@preact/*', 'astro', 'astro:*'],
      message: 'The engine is pure TypeScript: no framework.',
    },
    {
      regex: outside,
      message:
        'The engine imports nothing outside it, and a folder only the folders below it: core <- gradients <- scenarios <- exercises.',
    },
  ];
  return ['error', { patterns }];
}

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/',
      '.stryker-tmp/',
      'reports/',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      // The engine is pure: no globals of the browser or of a framework may sneak in.
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
      'no-restricted-imports': engineImports('^\\.\\./'),
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Pass an RNG in; the engine must be reproducible.',
        },
      ],
    },
  },
  // Each engine folder imports its own files and the folders below it, file by file, never a
  // folder above it nor anything outside the engine: core <- gradients <- scenarios <- exercises.
  ...ENGINE_FOLDERS.map((folder, level) => ({
    files: [`src/engine/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': engineImports(
        level === 0 ? '^\\.\\./' : `^\\.\\./(?!(${ENGINE_FOLDERS.slice(0, level).join('|')})/)`,
      ),
    },
  })),
  {
    // Outside the engine, its doors are its index.ts and each folder's index.ts, never a file
    // behind them. A module's own unit tests (tests/unit/engine/) may open the module's file.
    files: ['**/*.{ts,tsx,js,mjs,astro}'],
    ignores: ['src/engine/**', 'tests/unit/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)engine/(?!(\\w+/)?index(\\.ts)?$)',
              message: 'Import the engine through src/engine/index.ts or a folder’s index.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Plain JavaScript (configs, scripts) is not type-checked; its JSON and CLI glue stays small.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  ...astro.configs.recommended,
  {
    files: ['**/*.astro', '**/*.astro/*.ts', '*.astro/*.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
);
