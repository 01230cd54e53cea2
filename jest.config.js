/**
 * Two projects: `unit` needs nothing; `integration` shares one real Neo4j started (or reused) in its
 * globalSetup. `npx jest --selectProjects unit` runs the fast half alone.
 */
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };

module.exports = {
  testTimeout: 60000,
  projects: [
    { displayName: 'unit', testEnvironment: 'node', roots: ['<rootDir>/tests/unit'], testMatch: ['**/*.test.ts'], transform },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/integration'],
      testMatch: ['**/*.test.ts'],
      transform,
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
};
