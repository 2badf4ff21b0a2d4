import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium (never a downloaded browser) with fake media devices and no background traffic.
 * `fakeMicrophoneFile` (a WAV) replaces the fake microphone's beeps, looped.
 */
export function chromiumLaunchOptions({ fakeMicrophoneFile }: { fakeMicrophoneFile?: string } = {}): LaunchOptions {
  return {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--use-fake-ui-for-media-stream',
      ...(fakeMicrophoneFile ? [`--use-file-for-fake-audio-capture=${fakeMicrophoneFile}`] : []),
      process.env['FAKE_MEDIA_FPS'] ? `--use-fake-device-for-media-stream=fps=${process.env['FAKE_MEDIA_FPS']}` : '--use-fake-device-for-media-stream',
      '--autoplay-policy=no-user-gesture-required',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Background tabs must keep decoding: every participant is a tab in one browser.
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
    ],
  };
}
