import type { Browser, Page } from '@playwright/test';
import { afterEach, expect, it } from 'vitest';
import { forgetCurrentPeerConnections, joinDemoRoom, launchChromium, mediaGrew, receivedMedia, type RemoteMedia } from '../support/browser-room';
import { startServerProcess, type ServerProcess } from '../support/server-process';

const MEDIA_BACK_LIMIT_MS = 10_000;
const SAMPLE_MS = 250;

let server: ServerProcess | undefined;
let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  await server?.stop();
});

const sampleAll = (pages: Page[]) => Promise.all(pages.map((page) => receivedMedia(page)));

/** Samples every page until each receives growing video and audio from all others; returns when that was seen. */
async function waitForMediaEverywhere(pages: Page[], timeoutMs: number): Promise<number | null> {
  const deadline = performance.now() + timeoutMs;
  let previous: Record<string, RemoteMedia>[] = await sampleAll(pages);
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    const current = await sampleAll(pages);
    const seenAt = performance.now();
    if (current.every((media, index) => mediaGrew(previous[index]!, media, pages.length - 1))) return seenAt;
    previous = current;
  }
  return null;
}

// Three real browsers on two shared cores: one retry absorbs a starved start, as in the e2e journeys.
it('mediasoup worker SIGKILL with three browsers in a room: a new worker takes over, everyone rejoins, and video and audio flow again within 10 s', { retry: 1, timeout: 120_000 }, async () => {
  server = await startServerProcess({ DEMO_ROOMS: '1', MEDIASOUP_WORKERS: '1' });
  browser = await launchChromium();
  const pages: Page[] = [];
  for (const name of ['Maya', 'Ravi', 'Ines']) pages.push(await joinDemoRoom(browser, server.url, 'worker-kill', name));
  expect(await waitForMediaEverywhere(pages, 30_000)).not.toBeNull();

  const [workerPid] = server.workerPids();
  expect(workerPid).toBeGreaterThan(0);
  // Only media over connections made after the crash counts as "back".
  for (const page of pages) await forgetCurrentPeerConnections(page);
  const killedAt = performance.now();
  process.kill(workerPid!, 'SIGKILL');

  const backAt = await waitForMediaEverywhere(pages, 30_000);
  const backMs = backAt === null ? Number.POSITIVE_INFINITY : Math.round(backAt - killedAt);
  const workers = server.workerPids();
  console.log(`worker SIGKILL → video and audio flowing again for all 3 participants after ${backMs} ms (new worker ${workers.join(',')}, killed ${workerPid})`);
  expect(workers).toHaveLength(1);
  expect(workers).not.toContain(workerPid);
  expect(backMs).toBeLessThan(MEDIA_BACK_LIMIT_MS);
  expect(await server.health()).toMatchObject({ status: 'ok', workers: 1, participants: 3 });
});
