import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCohort } from '../../server/test/support/cohort-fixture';
import { expect, test } from '../support/fixtures';
import { audibleRemotes, participantIdsByName, receivedMediaByParticipant } from '../support/media-stats';
import { startServer } from '../support/server-process';
import { enterWithDoorOpen, signedInPage } from '../support/signed-in';

/** Minutes and seconds shown by a countdown, as seconds. */
const seconds = (text: string) => {
  const [minutes = 0, secs = 0] = text.match(/(\d+):(\d\d)/)!.slice(1).map(Number);
  return minutes * 60 + secs;
};

test('a server restart during a live session restores phase, floor and timers, and everyone comes back', async ({ browser }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'peercircle-restart-'));
  const env = { DATA_DIR: dataDir, DEMO_ROOMS: '0', SESSION_SECRET: 'e2e-restart-secret-0123456789abcdef' };
  let server = await startServer({ env });
  try {
    const { session, facilitator, members } = await createCohort(server.url, ['Ravi', 'Ines'], { acceptAgreement: true });
    const people = [facilitator, ...members];
    const pages = await Promise.all(people.map((person) => signedInPage(browser, server.url, person.cookie)));
    const [fay, ravi, ines] = pages as [typeof pages[0], typeof pages[0], typeof pages[0]];

    await enterWithDoorOpen(session.id, fay, [ravi, ines]);
    await fay.getByRole('button', { name: 'Start session' }).click();
    await expect(ravi.getByTestId('floor-status')).toContainText("It's your turn");
    await fay.getByRole('button', { name: 'Next speaker' }).click();
    await expect(ravi.getByTestId('floor-status')).toContainText('Ines holds the floor');
    const timerBefore = seconds((await fay.getByRole('timer').first().textContent()) ?? '');

    await server.kill();
    for (const page of pages) await expect(page.getByTestId('connection-banner')).toHaveText('Reconnecting…');
    server = await startServer({ port: server.port, env });

    for (const page of pages) await expect(page.getByTestId('connection-banner')).toHaveCount(0, { timeout: 30_000 });
    await expect(ravi.getByTestId('floor-status')).toContainText('Ines holds the floor');
    await expect(ines.getByTestId('floor-status')).toContainText("It's your turn");
    await expect(fay.getByRole('heading', { name: 'Check-in' })).toBeVisible();
    const timerAfter = seconds((await fay.getByRole('timer').first().textContent()) ?? '');
    expect(timerAfter).toBeLessThan(timerBefore);
    expect(timerAfter).toBeGreaterThan(timerBefore - 60);
    // Media is back, with the floor still enforced: everyone is seen, only Ines is heard.
    const ids = await participantIdsByName(fay);
    await expect.poll(async () => audibleRemotes(fay), { timeout: 30_000 }).toEqual({ [ids['Ravi']!]: false, [ids['Ines']!]: true });
    const framesBefore = await receivedMediaByParticipant(fay);
    await fay.waitForTimeout(1000);
    const framesAfter = await receivedMediaByParticipant(fay);
    for (const id of Object.values(ids)) expect(framesAfter[id]!.videoFramesDecoded).toBeGreaterThan(framesBefore[id]!.videoFramesDecoded);
    await Promise.all(pages.map((page) => page.context().close()));
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
