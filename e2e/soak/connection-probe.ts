import type { BrowserContext, Page } from '@playwright/test';

/**
 * Counts, in the page, every peer connection that failed — as a DTLS failure when its DTLS transport
 * failed, otherwise as an ICE failure (no path, or consent lost) — and how often ICE was disconnected
 * for a moment. Installed as source text: it runs in the browser, where tsx's helpers do not exist.
 */
const COUNT_CONNECTION_FAILURES = `(() => {
  const counts = { iceFailures: 0, dtlsFailures: 0, iceDisconnects: 0, connections: 0 };
  window.__connectionCounts = counts;
  const Native = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends Native {
    constructor(config) {
      super(config);
      counts.connections += 1;
      this.addEventListener('iceconnectionstatechange', () => {
        if (this.iceConnectionState === 'disconnected') counts.iceDisconnects += 1;
      });
      this.addEventListener('connectionstatechange', () => {
        if (this.connectionState !== 'failed') return;
        const dtls = [...this.getSenders(), ...this.getReceivers()].map((end) => end.transport && end.transport.state);
        if (dtls.includes('failed')) counts.dtlsFailures += 1;
        else counts.iceFailures += 1;
      });
    }
  };
})();`;

export interface ConnectionCounts {
  iceFailures: number;
  dtlsFailures: number;
  iceDisconnects: number;
  /** Peer connections created since the page opened (2 per join: send and receive). */
  connections: number;
}

export async function countConnectionFailures(context: BrowserContext): Promise<void> {
  await context.addInitScript(COUNT_CONNECTION_FAILURES);
}

export async function connectionCounts(page: Page): Promise<ConnectionCounts> {
  return (await page.evaluate('window.__connectionCounts')) as ConnectionCounts;
}
