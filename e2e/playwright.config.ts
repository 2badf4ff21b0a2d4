import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './support/chromium';

/**
 * Browser journeys against the real server and real mediasoup media, in Debian's Chromium with fake
 * camera and microphone. Each spec starts its own server; one worker keeps the two cores for media.
 */
export default defineConfig({
  testDir: './tests',
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  // Real media on two shared cores: one retry absorbs a starved browser; a real regression fails twice.
  retries: 1,
  reporter: [['list']],
  use: {
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
    video: 'off',
    screenshot: 'only-on-failure',
  },
});
