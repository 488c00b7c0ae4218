import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 30_000,
    // One real PostgreSQL cluster per run, shared by every suite that needs it.
    globalSetup: ['packages/server/src/test-support/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
