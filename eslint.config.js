// ESLint for everything that runs: src/ (TypeScript and .astro), scripts/, bench/, e2e/, tests/ and the
// config files. `npm run lint` runs it with --max-warnings 0, so every rule here is an error in practice:
// a rule earns its place by catching bugs, not by policing taste (Prettier owns layout).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist.*/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'reports/',
      'coverage/',
      'content/',
      'docs/',
      'public/',
      // Declarations only, for the benches' browser globals; type-checked by tsc -p scripts, kept out of src's project.
      'bench/globals.d.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Node code (scripts, benches, tests, configs) and the browser (islands in .astro and src/components)
    // share the folder tree; both sets of globals keep `no-undef` quiet without hiding a real typo, since
    // TypeScript checks the .ts and .astro files' names anyway.
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // An unused name is a leftover, except the conventional `_` for a deliberately ignored one.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // With verbatimModuleSyntax a type-only import written as a value import would survive into the output.
      // `import('…')` types stay allowed: env.d.ts declares the global App namespace and must not import.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Type-aware rules, on every file TypeScript sees (tsconfig includes the .mjs scripts through allowJs):
    // a promise nobody awaits is a build step that can fail silently or a test that ends before its check.
    files: ['**/*.{ts,mts,js,mjs,astro}'],
    languageOptions: {
      parserOptions: {
        // TypeScript's globs skip dot-files, so the html-validate config joins through the default project.
        projectService: { allowDefaultProject: ['.htmlvalidate.mjs'] },
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/no-base-to-string': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    // A component's `Props` interface is read by Astro (and astro check) to type its callers' attributes,
    // even when the component itself never reads Astro.props.
    files: ['**/*.astro'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^(_|Props$)', caughtErrors: 'none' }],
    },
  },
  {
    // Playwright reads a hook's fixtures from its first parameter's destructuring: `({}, testInfo)` asks for none.
    files: ['e2e/**'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    // astro-eslint-parser has no project service; `project: true` finds the same tsconfig.json.
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true } },
  },
);
