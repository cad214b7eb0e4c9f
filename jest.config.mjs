// One jest run over every package: tests import each other's source (not dist)
// through the moduleNameMapper, and one embedded Neo4j serves the whole run.
const packages = ['extract', 'graph', 'gateway', 'widget', 'cli'];

/** swc turns TypeScript into native ES modules, so tests run the same module system as production. */
const swc = {
  jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};

/** @type {import('jest').Config} */
export default {
  projects: packages.map((name) => ({
    displayName: name,
    rootDir: `<rootDir>/packages/${name}`,
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts'],
    transform: { '^.+\\.ts$': ['@swc/jest', swc] },
    moduleNameMapper: {
      '^@dealgraph/([a-z-]+)$': '<rootDir>/../$1/src/index.ts',
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  })).concat({
    // The analysts' notebooks, executed headless against a real gateway.
    displayName: 'notebooks',
    rootDir: '<rootDir>/notebooks',
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts'],
    transform: { '^.+\\.ts$': ['@swc/jest', swc] },
    moduleNameMapper: {
      '^@dealgraph/([a-z-]+)$': '<rootDir>/../packages/$1/src/index.ts',
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    testMatch: ['<rootDir>/test/**/*.test.ts'],
  }),
  globalSetup: '<rootDir>/scripts/jest/global-setup.mjs',
  globalTeardown: '<rootDir>/scripts/jest/global-teardown.mjs',
  testTimeout: 60_000,
};
