// ESLint flat config.
//
// - TypeScript: typescript-eslint recommendedTypeChecked. Package sources use
//   their own packages/*/tsconfig.json; tests, stories and .storybook use
//   tsconfig.test.json (workspace packages resolved to src); the React example
//   docs/examples/react its own (packages as built, like an npm user's app).
// - Components (packages/*/src) and stories: eslint-plugin-lit recommended and
//   eslint-plugin-wc best-practice.
// - Plain .js/.mjs/.cjs (configs, scripts): no type information.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

const tsFiles = ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.tsx'];
const jsFiles = ['**/*.js', '**/*.mjs', '**/*.cjs'];
const componentFiles = ['packages/*/src/**/*.ts', 'stories/**/*.ts'];
const testFiles = ['test/**/*.ts', 'packages/*/test/**/*.ts', 'packages/*/src/**/*.test.ts'];

// Globals for plain Node scripts (kept here instead of depending on `globals`).
const nodeGlobals = Object.fromEntries(
  [
    'process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'setTimeout', 'clearTimeout',
    'setInterval', 'clearInterval', 'setImmediate', 'queueMicrotask', 'structuredClone',
    'fetch', 'AbortController', 'TextEncoder', 'TextDecoder', 'globalThis',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig(
  {
    name: 'praksis/ignores',
    ignores: [
      '**/node_modules/',
      '**/dist/',
      'storybook-static/',
      'docs-site/',
      'site/',
      'coverage/',
      'test-results/',
      // Written by npm run stories:generate (built pages and CDN files), not by hand.
      'stories/.generated/',
      'packages/schema/src/generated/',
      '**/custom-elements.json',
      '**/*.d.ts',
    ],
  },

  {
    name: 'praksis/linter-options',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,

  // TypeScript, type-aware.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: tsFiles })),
  {
    name: 'praksis/typescript',
    files: tsFiles,
    languageOptions: {
      parserOptions: {
        project: ['./packages/*/tsconfig.json', './tsconfig.test.json', './docs/examples/react/tsconfig.type-tests.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // With verbatimModuleSyntax, `import { type A }` keeps a runtime import.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },

  // Web components (Lit) and stories.
  {
    name: 'praksis/components',
    files: componentFiles,
    plugins: { lit, wc },
    settings: {
      // Let eslint-plugin-wc treat Lit and our base class as element bases.
      wc: { elementBaseClasses: ['LitElement', 'PraksisElement', 'ReactiveElement'] },
    },
    rules: {
      ...lit.configs['flat/recommended'].rules,
      ...wc.configs['flat/best-practice'].rules,
      // LitElement always implements the lifecycle callbacks; guarding super
      // calls is noise there (eslint-plugin-lit docs recommend turning it off).
      'wc/guard-super-call': 'off',
      'lit/lifecycle-super': 'error',
      'lit/no-legacy-imports': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/no-value-attribute': 'error',
      'lit/no-invalid-escape-sequences': 'error',
    },
  },

  // Tests: chai assertions are expressions; node:test's test()/describe()
  // return promises that the runner awaits; stubs save and restore methods.
  {
    name: 'praksis/tests',
    files: testFiles,
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      // Saving and restoring globals (window.fetch, console.warn) in stubs.
      '@typescript-eslint/unbound-method': 'off',
      // Tests poke at JSON.parse output and fixtures; tsc still checks types.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] },
            // @open-wc/semantic-dom-diff types every chai `equal` as possibly
            // returning a promise (for `.dom.to.equal`). Plain value
            // assertions are synchronous; await the DOM ones yourself.
            { from: 'package', package: 'chai', name: 'Equal' },
          ],
        },
      ],
      'no-console': 'off',
    },
  },

  // Stories and Storybook config may log.
  {
    name: 'praksis/storybook',
    files: ['stories/**/*.ts', '.storybook/**/*.ts'],
    rules: { 'no-console': 'off' },
  },

  // Plain JavaScript: config files and Node scripts, no type information.
  {
    name: 'praksis/javascript',
    files: jsFiles,
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: nodeGlobals,
    },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    name: 'praksis/commonjs',
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { ...nodeGlobals, require: 'readonly', module: 'writable', __dirname: 'readonly', __filename: 'readonly' },
    },
  },
);
