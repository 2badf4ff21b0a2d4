import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/src/**/*.test.ts', 'e2e/support/**/*.test.ts', 'e2e/cluster/**/*.test.ts', 'server/src/**/*.test.ts', 'server/test/**/*.test.ts', 'client/src/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Integration tests start mediasoup workers; keep them from competing for the two cores.
    fileParallelism: false,
    reporters: ['default', './server/test/adversarial/summary-reporter.ts'],
  },
});
