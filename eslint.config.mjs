import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/target/**', 'notebooks/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['packages/*/src/**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', {
        paths: [{ name: 'neo4j-driver', message: 'Talk to Neo4j through @dealgraph/graph: it is the only package that imports neo4j-driver.' }],
        patterns: [{ group: ['@dealgraph/*/src/*', '@dealgraph/*/dist/*'], message: "Import a package through its public API ('@dealgraph/name'), never its files." }],
      }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Only config.ts and main.ts read process.env: pass settings in as options.' }],
    },
  },
  {
    files: ['packages/graph/src/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['packages/*/src/**/config.ts', 'packages/*/src/**/main.ts', 'packages/*/src/**/*.test.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
