import { expect, test } from '../support/fixtures';
import type { Page } from '@playwright/test';
import { expectMediaFlowingFromAll, receivedMediaByParticipant } from '../support/media-stats';
import { tiles, type Participant } from '../support/participant';
import { startServer } from '../support/server-process';

async function joinThree(join: (room: string, name: string) => Promise<Participant>, room: string) {
  const participants: Participant[] = [];
  for (const name of ['Maya', 'Ravi', 'Ines']) participants.push(await join(room, name));
  for (const { page } of participants) await expect(tiles(page)).toHaveCount(3);
  return participants;
}

test('three people see and hear each other; a leaver is dropped and released', async ({ server, join }) => {
  const [maya, ravi, ines] = await joinThree(join, 'walking-skeleton');

  for (const participant of [maya, ravi, ines]) await expectMediaFlowingFromAll(participant!.page, 2);
  expect(await server.health()).toMatchObject({
    rooms: 1,
    participants: 3,
    mediaObjects: { transports: 6, producers: 6, pausedProducers: 0, consumers: 12, pausedConsumers: 0 },
  });

  await ines!.page.getByRole('button', { name: 'Leave' }).click();
  await expect(ines!.page.getByRole('heading', { name: 'You left the circle' })).toBeVisible();
  for (const { page } of [maya!, ravi!]) {
    await expect(tiles(page)).toHaveCount(2);
    await expect(page.getByRole('group', { name: 'Ines' })).toHaveCount(0);
  }
  await expect
    .poll(() => server.health())
    .toMatchObject({ participants: 2, mediaObjects: { transports: 4, producers: 4, consumers: 4 } });
  await expectMediaFlowingFromAll(maya!.page, 1);
});

/** What the browser tells a page when its tab goes to the background, or comes back. */
async function setTabHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((isHidden) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => isHidden });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (isHidden ? 'hidden' : 'visible') });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

test('a hidden tab gets no video from the SFU, only the voices, until it is shown again', async ({ server, join }) => {
  await join('hidden-tab', 'Maya');
  const ravi = await join('hidden-tab', 'Ravi');
  await expectMediaFlowingFromAll(ravi.page, 1);

  await setTabHidden(ravi.page, true);
  await expect.poll(async () => (await server.health()).mediaObjects.pausedConsumers).toBe(1);
  const [before] = Object.values(await receivedMediaByParticipant(ravi.page));
  await ravi.page.waitForTimeout(1500);
  const [after] = Object.values(await receivedMediaByParticipant(ravi.page));
  // At most a frame still in the jitter buffer; 1.5 s of video would be ~45.
  expect(after!.videoFramesDecoded - before!.videoFramesDecoded).toBeLessThanOrEqual(2);
  expect(after!.audioBytesReceived).toBeGreaterThan(before!.audioBytesReceived);

  await setTabHidden(ravi.page, false);
  await expect.poll(async () => (await server.health()).mediaObjects.pausedConsumers).toBe(0);
  await expectMediaFlowingFromAll(ravi.page, 1);
});

test('media comes back for everyone after the mediasoup worker is killed', async ({ server, join }) => {
  const everyone = await joinThree(join, 'worker-crash');
  for (const { page } of everyone) await expectMediaFlowingFromAll(page, 2);

  const [workerPid] = server.workerPids();
  expect(workerPid).toBeGreaterThan(0);
  process.kill(workerPid!, 'SIGKILL');

  await expect.poll(() => server.workerPids().filter((pid) => pid !== workerPid).length).toBe(1);
  for (const { page } of everyone) {
    await expect(tiles(page)).toHaveCount(3);
    await expectMediaFlowingFromAll(page, 2);
  }
  expect(await server.health()).toMatchObject({ status: 'ok', workers: 1, participants: 3 });
});

test('shows "Reconnecting…" while signalling is down and recovers media afterwards', async ({ server, join }) => {
  const everyone = await joinThree(join, 'signalling-drop');
  await server.kill();
  for (const { page } of everyone) await expect(page.getByTestId('connection-banner')).toHaveText('Reconnecting…');

  const restarted = await startServer({ port: server.port });
  try {
    for (const { page } of everyone) {
      await expect(page.getByTestId('connection-banner')).toHaveCount(0);
      await expect(tiles(page)).toHaveCount(3);
      await expectMediaFlowingFromAll(page, 2);
    }
  } finally {
    await restarted.stop();
  }
});
