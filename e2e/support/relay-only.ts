import type { BrowserContext } from '@playwright/test';

/**
 * Makes every RTCPeerConnection in the context use relay candidates only (`iceTransportPolicy:
 * 'relay'`), as on a corporate network where nothing but TURN gets through: media must then go via
 * the TURN server the app hands out, or not at all.
 */
export async function allowOnlyRelayedMedia(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const Native = window.RTCPeerConnection;
    window.RTCPeerConnection = class extends Native {
      constructor(config?: RTCConfiguration) {
        super({ ...config, iceTransportPolicy: 'relay' });
      }
      override setConfiguration(config?: RTCConfiguration): void {
        super.setConfiguration({ ...config, iceTransportPolicy: 'relay' });
      }
    };
  });
}
