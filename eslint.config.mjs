// ESLint (flat config), run by `npm run lint` inside `npm run test:unit`. A modest rule set: the
// recommended JavaScript and TypeScript rules, and no `any`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Node's globals, for the harness and config scripts written in JavaScript. */
const NODE_GLOBALS = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'TextDecoder', 'TextEncoder', 'fetch', 'AbortController', 'AbortSignal', 'performance', 'structuredClone', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate'].map((g) => [g, 'readonly']),
);
const COMMONJS_GLOBALS = { require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly', __filename: 'readonly' };

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', '.cache/**', 'node_modules/**', '.vscode-test/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // `_name` marks a value left out on purpose (destructuring a field away).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
      // Tests spell out exact column alignment in their expected text.
      'no-regex-spaces': 'off',
      // Lazy requires keep `fs` and worker threads out of a web extension host; `import x = require()`
      // picks a package's CommonJS build for esbuild.
      '@typescript-eslint/no-require-imports': ['error', { allow: ['^fs$', '^node:worker_threads$'], allowAsImport: true }],
    },
  },
  {
    // The prose analysis updates two variables in one statement with the comma operator.
    files: ['src/core/prose/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // The benches load the bundle they measure by path.
    files: ['test/bench/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...NODE_GLOBALS, ...COMMONJS_GLOBALS } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: NODE_GLOBALS },
  },
);
