import type { Page } from '@playwright/test';

export interface ReceivedMedia {
  videoFramesDecoded: number;
  audioBytesReceived: number;
}

/**
 * Keeps a reference to every RTCPeerConnection the page creates, so tests can read its stats; each
 * carries `createdAt` (epoch ms, the same clock as the test's `Date.now()` on this machine).
 */
export async function recordPeerConnections(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Native = window.RTCPeerConnection;
    const created: RTCPeerConnection[] = [];
    (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections = created;
    window.RTCPeerConnection = class extends Native {
      readonly createdAt = Date.now();
      /** The media kinds (`m=` lines) of each offer set on this connection: the SFU's, on a receiving one. */
      readonly remoteOffers: string[][] = [];
      constructor(config?: RTCConfiguration) {
        super(config);
        created.push(this);
      }
      override setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void> {
        if (description.type === 'offer') this.remoteOffers.push([...(description.sdp ?? '').matchAll(/^m=(\w+)/gm)].map((m) => m[1]!));
        return super.setRemoteDescription(description);
      }
    };
  });
}

/** The media sections of every offer the SFU made to this page's receiving transports, in order. */
export async function receivingOffers(page: Page): Promise<string[][]> {
  return page.evaluate(() =>
    (window as unknown as { __peerConnections: { remoteOffers: string[][] }[] }).__peerConnections.flatMap((pc) => pc.remoteOffers),
  );
}

/**
 * What this page is receiving from each remote participant, read from WebRTC stats: the tracks shown
 * in a participant's tile are matched to `inbound-rtp` stats by track identifier. With `createdSince`
 * (epoch ms), only peer connections created at or after it count: media that came back after a crash.
 */
export async function receivedMediaByParticipant(page: Page, createdSince = 0): Promise<Record<string, ReceivedMedia>> {
  return page.evaluate(async (since) => {
    const connections = (window as unknown as { __peerConnections: (RTCPeerConnection & { createdAt: number })[] }).__peerConnections;
    const inbound = new Map<string, { framesDecoded?: number; bytesReceived?: number }>();
    for (const pc of connections) {
      if (pc.connectionState === 'closed' || pc.createdAt < since) continue;
      const report = await pc.getStats();
      report.forEach((stat: { type: string; trackIdentifier?: string; framesDecoded?: number; bytesReceived?: number }) => {
        if (stat.type === 'inbound-rtp' && stat.trackIdentifier) inbound.set(stat.trackIdentifier, stat);
      });
    }
    const result: Record<string, { videoFramesDecoded: number; audioBytesReceived: number }> = {};
    document.querySelectorAll<HTMLElement>('[data-participant-id]:not([data-self])').forEach((tile) => {
      const video = tile.querySelector('video');
      const stream = video?.srcObject instanceof MediaStream ? video.srcObject : null;
      const media = { videoFramesDecoded: 0, audioBytesReceived: 0 };
      stream?.getTracks().forEach((track) => {
        const stat = inbound.get(track.id);
        if (track.kind === 'video') media.videoFramesDecoded = stat?.framesDecoded ?? 0;
        if (track.kind === 'audio') media.audioBytesReceived = stat?.bytesReceived ?? 0;
      });
      result[tile.dataset['participantId'] ?? '?'] = media;
    });
    return result;
  }, createdSince);
}

/**
 * Waits until, from every remote participant, video frames are being decoded and audio bytes keep
 * arriving: two samples, the second strictly above the first and above the floor.
 */
export async function expectMediaFlowingFromAll(page: Page, expectedRemotes: number, timeoutMs = 30_000): Promise<Record<string, ReceivedMedia>> {
  const deadline = Date.now() + timeoutMs;
  let last: Record<string, ReceivedMedia> = {};
  while (Date.now() < deadline) {
    const first = await receivedMediaByParticipant(page);
    await page.waitForTimeout(1000);
    const second = await receivedMediaByParticipant(page);
    last = second;
    const ids = Object.keys(second);
    const flowing = ids.filter((id) => {
      const before = first[id];
      const after = second[id];
      return (
        before !== undefined &&
        after !== undefined &&
        after.videoFramesDecoded > Math.max(5, before.videoFramesDecoded) &&
        after.audioBytesReceived > Math.max(500, before.audioBytesReceived)
      );
    });
    if (ids.length === expectedRemotes && flowing.length === expectedRemotes) return second;
  }
  const self = await page.locator('[data-self]').getAttribute('aria-label').catch(() => null);
  throw new Error(`media not flowing to ${self ?? page.url()} from all ${expectedRemotes} remotes: ${JSON.stringify(last)}`);
}

/** Remote participants' ids by the name on their tile, as this page shows them. */
export async function participantIdsByName(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const ids: Record<string, string> = {};
    document.querySelectorAll<HTMLElement>('[data-participant-id]:not([data-self])').forEach((tile) => {
      const name = tile.getAttribute('aria-label');
      if (name && tile.dataset['participantId']) ids[name] = tile.dataset['participantId'];
    });
    return ids;
  });
}

/**
 * Samples audio bytes received from each remote participant over `windowMs` (after letting in-flight
 * packets settle) and reports whose audio grew.
 */
export async function audibleRemotes(page: Page, windowMs = 2000): Promise<Record<string, boolean>> {
  await page.waitForTimeout(700);
  const before = await receivedMediaByParticipant(page);
  await page.waitForTimeout(windowMs);
  const after = await receivedMediaByParticipant(page);
  return Object.fromEntries(
    Object.entries(after).map(([id, media]) => [id, media.audioBytesReceived > (before[id]?.audioBytesReceived ?? 0)]),
  );
}

/** Audio RTP packets per second this page sends (its microphone) and receives (all remote voices), over `windowMs`. */
export async function audioPacketRates(page: Page, windowMs = 4000): Promise<{ sent: number; received: number }> {
  const count = () =>
    page.evaluate(async () => {
      const connections = (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections;
      const totals = { sent: 0, received: 0 };
      for (const connection of connections) {
        (await connection.getStats()).forEach((report: { type: string; kind?: string; packetsSent?: number; packetsReceived?: number }) => {
          if (report.kind !== 'audio') return;
          if (report.type === 'outbound-rtp') totals.sent += report.packetsSent ?? 0;
          if (report.type === 'inbound-rtp') totals.received += report.packetsReceived ?? 0;
        });
      }
      return totals;
    });
  const before = await count();
  await page.waitForTimeout(windowMs);
  const after = await count();
  return { sent: ((after.sent - before.sent) * 1000) / windowMs, received: ((after.received - before.received) * 1000) / windowMs };
}

/** The network path ICE selected for one peer connection, from its stats. */
export interface SelectedIcePath {
  localCandidateType: string;
  /** For relay candidates: how the browser reaches the TURN server (udp, tcp, tls). */
  relayProtocol: string | null;
  localAddress: string;
  remoteAddress: string;
  remotePort: number;
}

/** The selected candidate pair of every open peer connection in the page (send and receive). */
export async function selectedIcePaths(page: Page): Promise<SelectedIcePath[]> {
  return page.evaluate(async () => {
    const connections = (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections;
    const paths: SelectedIcePath[] = [];
    for (const pc of connections) {
      if (pc.connectionState === 'closed') continue;
      const stats = new Map<string, Record<string, unknown>>();
      (await pc.getStats()).forEach((stat: Record<string, unknown>) => stats.set(stat['id'] as string, stat));
      const transport = [...stats.values()].find((stat) => stat['type'] === 'transport');
      const pair = stats.get(transport?.['selectedCandidatePairId'] as string);
      if (!pair) continue;
      const local = stats.get(pair['localCandidateId'] as string) ?? {};
      const remote = stats.get(pair['remoteCandidateId'] as string) ?? {};
      paths.push({
        localCandidateType: String(local['candidateType']),
        relayProtocol: (local['relayProtocol'] as string | undefined) ?? null,
        localAddress: `${String(local['address'])}:${String(local['port'])}`,
        remoteAddress: String(remote['address']),
        remotePort: Number(remote['port']),
      });
    }
    return paths;
  });
}

/** Width×height of the latest decoded frame of every video this page receives, e.g. "320x180". */
export async function decodedVideoSizes(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const connections = (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections;
    const sizes: string[] = [];
    for (const pc of connections) {
      if (pc.connectionState === 'closed') continue;
      (await pc.getStats()).forEach((stat: { type: string; kind?: string; frameWidth?: number; frameHeight?: number }) => {
        if (stat.type === 'inbound-rtp' && stat.kind === 'video' && stat.frameWidth) sizes.push(`${stat.frameWidth}x${stat.frameHeight}`);
      });
    }
    return sizes;
  });
}
