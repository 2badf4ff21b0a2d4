import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../../e2e/support/chromium';

/**
 * Real Chromium participants for fault tests, driven through Playwright's library API (the server's
 * tests have no DOM types, so what runs in the page is kept as source text).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/** Keeps every RTCPeerConnection the page creates in `window.__peerConnections`. */
const RECORD_PEER_CONNECTIONS = `(() => {
  const Native = window.RTCPeerConnection;
  const created = [];
  window.__peerConnections = created;
  window.RTCPeerConnection = class extends Native {
    constructor(config) { super(config); created.push(this); }
  };
})();`;

/** Opens a fresh context (own identity, fake camera and microphone) on a demo room and joins it. */
export async function joinDemoRoom(browser: Browser, baseUrl: string, room: string, name: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, permissions: ['camera', 'microphone'] });
  const page = await context.newPage();
  await page.addInitScript(RECORD_PEER_CONNECTIONS);
  await page.goto(`/r/${room}?name=${encodeURIComponent(name)}`);
  await page.getByRole('button', { name: 'Join' }).click({ timeout: 30_000 });
  try {
    await page.getByRole('navigation', { name: 'Call controls' }).waitFor({ timeout: 30_000 });
  } catch (error) {
    // Say why: the pre-join form shows the server's refusal or the request that timed out.
    const shown = await page.locator('form [role="alert"]').allTextContents();
    throw new Error(`${name} could not join ${room}: ${shown.join(' ') || 'no error shown'}`, { cause: error });
  }
  return page;
}

/** From now on, media counts only from peer connections created after this call. */
export async function forgetCurrentPeerConnections(page: Page): Promise<void> {
  await page.evaluate('window.__peerConnections.forEach((pc) => { pc.__forgotten = true; })');
}

export interface RemoteMedia {
  videoFramesDecoded: number;
  audioBytesReceived: number;
}

/** Per remote participant tile: frames decoded and audio bytes received, from the page's WebRTC stats. */
const RECEIVED_MEDIA = `(async () => {
  const inbound = new Map();
  for (const pc of window.__peerConnections) {
    if (pc.__forgotten || pc.connectionState === 'closed') continue;
    (await pc.getStats()).forEach((stat) => {
      if (stat.type === 'inbound-rtp' && stat.trackIdentifier) inbound.set(stat.trackIdentifier, stat);
    });
  }
  const result = {};
  document.querySelectorAll('[data-participant-id]:not([data-self])').forEach((tile) => {
    const video = tile.querySelector('video');
    const stream = video && video.srcObject instanceof MediaStream ? video.srcObject : null;
    const media = { videoFramesDecoded: 0, audioBytesReceived: 0 };
    if (stream) stream.getTracks().forEach((track) => {
      const stat = inbound.get(track.id);
      if (track.kind === 'video') media.videoFramesDecoded = (stat && stat.framesDecoded) || 0;
      if (track.kind === 'audio') media.audioBytesReceived = (stat && stat.bytesReceived) || 0;
    });
    result[tile.dataset.participantId || '?'] = media;
  });
  return result;
})()`;

export async function receivedMedia(page: Page): Promise<Record<string, RemoteMedia>> {
  return (await page.evaluate(RECEIVED_MEDIA)) as Record<string, RemoteMedia>;
}

/** Whether, between two samples, video frames and audio bytes grew from every one of `remotes` participants. */
export function mediaGrew(before: Record<string, RemoteMedia>, after: Record<string, RemoteMedia>, remotes: number): boolean {
  const ids = Object.keys(after);
  return (
    ids.length === remotes &&
    ids.every((id) => {
      const earlier = before[id];
      const later = after[id]!;
      return earlier !== undefined && later.videoFramesDecoded > earlier.videoFramesDecoded && later.audioBytesReceived > earlier.audioBytesReceived;
    })
  );
}
