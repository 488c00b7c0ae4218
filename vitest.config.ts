import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Browser tests (test/e2e) drive Debian's Chromium against the real server serving the built designer.
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts', 'examples/**/*.test.ts'],
    // One file at a time: on two cores, browser tests running beside the database suites starve
    // Chromium and the server they drive (drags and waits then fail for no fault of the code).
    fileParallelism: false,
    // Generous: the browser tests share two cores with the database suites (a limit, not a target).
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // expect.poll gives up after 1 s by default: too short for browser tests on a loaded 2-core machine.
    expect: { poll: { timeout: 15_000 } },
    // One real PostgreSQL cluster per run, shared by every suite that needs it.
    globalSetup: ['packages/server/src/test-support/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
