import { chromiumLaunchOptions } from '../support/chromium';
import { expect, test } from '../support/fixtures';
import { audioPacketRates, expectMediaFlowingFromAll } from '../support/media-stats';
import { silentRecording } from '../support/voice-recording';

// Every microphone in this browser hears a quiet room: what a listener's microphone sends.
test.use({ launchOptions: chromiumLaunchOptions({ fakeMicrophoneFile: silentRecording() }) });

test('a microphone that hears silence sends a few packets a second, and the SFU forwards only those (Opus DTX)', async ({ join }) => {
  const [maya, ravi] = [await join('quiet-room', 'Maya'), await join('quiet-room', 'Ravi')];
  await expectMediaFlowingFromAll(ravi.page, 1);
  const [mayas, ravis] = await Promise.all([audioPacketRates(maya.page), audioPacketRates(ravi.page)]);
  // Without DTX a microphone sends a packet every 20 ms, 50 a second, sound or silence.
  for (const rate of [mayas.sent, ravis.received]) {
    expect(rate).toBeGreaterThan(1);
    expect(rate).toBeLessThan(15);
  }
});
