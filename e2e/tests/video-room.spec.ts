import { expect, test } from '@playwright/test';
import { expectMediaFlowingFromAll } from '../support/media-stats';
import { joinRoom, tiles, type Participant } from '../support/participant';
import { startServer, type ServerProcess } from '../support/server-process';

let server: ServerProcess;
let participants: Participant[] = [];

test.beforeEach(async () => {
  server = await startServer();
});

test.afterEach(async () => {
  await Promise.all(participants.map((p) => p.close()));
  participants = [];
  await server.stop();
});

async function joinThree(browser: Parameters<typeof joinRoom>[0], room: string) {
  participants = [];
  for (const name of ['Maya', 'Ravi', 'Ines']) participants.push(await joinRoom(browser, server.url, room, name));
  for (const { page } of participants) await expect(tiles(page)).toHaveCount(3);
  return participants;
}

test('three people see and hear each other; a leaver is dropped and released', async ({ browser }) => {
  const [maya, ravi, ines] = await joinThree(browser, 'walking-skeleton');

  for (const participant of [maya, ravi, ines]) await expectMediaFlowingFromAll(participant!.page, 2);
  expect(await server.health()).toMatchObject({
    rooms: 1,
    participants: 3,
    mediaObjects: { transports: 6, producers: 6, pausedProducers: 0, consumers: 12 },
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

test('media comes back for everyone after the mediasoup worker is killed', async ({ browser }) => {
  const everyone = await joinThree(browser, 'worker-crash');
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

test('shows "Reconnecting…" while signalling is down and recovers media afterwards', async ({ browser }) => {
  const everyone = await joinThree(browser, 'signalling-drop');
  const port = server.port;
  await server.kill();
  for (const { page } of everyone) await expect(page.getByTestId('connection-banner')).toHaveText('Reconnecting…');

  server = await startServer({ port });
  for (const { page } of everyone) {
    await expect(page.getByTestId('connection-banner')).toHaveCount(0);
    await expect(tiles(page)).toHaveCount(3);
    await expectMediaFlowingFromAll(page, 2);
  }
});
