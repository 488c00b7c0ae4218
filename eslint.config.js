import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Imports each package may not make: the one direction of dependencies (ARCHITECTURE.md). */
const forbidden = {
  engine: ['@heng/server', '@heng/designer', 'node:*', 'fs', 'path', 'http', 'crypto', 'child_process'],
  designer: ['@heng/server'],
  server: ['@heng/designer'],
};

const restrict = (names) => ({
  'no-restricted-imports': ['error', { patterns: names.map((n) => ({ group: [n, `${n}/*`], message: 'crosses the dependency direction (ARCHITECTURE.md)' })) }],
});

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['packages/engine/src/**/*.ts'],
    rules: {
      ...restrict(forbidden.engine),
      // The engine is pure: no clock, no randomness, no I/O.
      'no-restricted-globals': ['error', 'process', 'setTimeout', 'setInterval', 'fetch', 'window', 'document', 'require'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'the engine takes time from its caller' },
        { object: 'Math', property: 'random', message: 'the engine is deterministic' },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'the engine takes time from its caller' }],
    },
  },
  { files: ['packages/designer/**/*.{ts,tsx}'], rules: restrict(forbidden.designer) },
  { files: ['packages/server/**/*.ts'], rules: restrict(forbidden.server) },
);
