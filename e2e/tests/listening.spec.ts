import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { audibleRemotes, expectMediaFlowingFromAll, participantIdsByName } from '../support/media-stats';
import type { Participant } from '../support/participant';
import type { ServerProcess } from '../support/server-process';

const listening = "Listening — your microphone opens when it's your turn";

/** Where this person is told the floor holds their microphone: 'tile and bar' when it does, '' when not. */
async function listeningShown(page: Page): Promise<string> {
  const onTile = (await page.locator('[data-self]').getByText(listening).count()) > 0;
  const inBar = (await page.getByRole('navigation', { name: 'Call controls' }).getByRole('button', { name: listening }).count()) > 0;
  return [onTile ? 'tile' : null, inBar ? 'bar' : null].filter(Boolean).join(' and ');
}

/** Whose microphone the SFU forwards, as heard by `listener` (audio bytes growing), by name. */
async function heardBy(listener: Page): Promise<Record<string, boolean>> {
  const ids = await participantIdsByName(listener);
  const flowing = await audibleRemotes(listener);
  return Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, flowing[id] ?? false]));
}

/**
 * Each person shows "listening" exactly when the SFU pauses their microphone: the server counts that
 * many paused producers, and whoever shows it is not heard by the others while everyone else is.
 */
async function expectListeningMatchesSfu(server: ServerProcess, circle: Participant[], expectedListeners: string[]) {
  for (const { name, page } of circle) {
    await expect.poll(() => listeningShown(page), { message: `${name} listening` }).toBe(expectedListeners.includes(name) ? 'tile and bar' : '');
  }
  await expect.poll(async () => (await server.health()).mediaObjects.pausedProducers).toBe(expectedListeners.length);
  const [first, second] = circle as [Participant, Participant];
  const heard = { ...(await heardBy(first.page)), ...(await heardBy(second.page)) };
  for (const { name } of circle) expect(heard[name], `${name} heard`).toBe(!expectedListeners.includes(name));
}

test('a listener sees "listening" on their tile and control bar exactly while the SFU holds their microphone', async ({ server, join }) => {
  const circle: Participant[] = [];
  for (const name of ['Fay', 'Ravi', 'Ines']) circle.push(await join('listening', name));
  const [fay, ravi, ines] = circle as [Participant, Participant, Participant];
  for (const { page } of circle) await expectMediaFlowingFromAll(page, 2);

  // Before the start everyone may speak: the usual mute toggle, nothing paused.
  await expectListeningMatchesSfu(server, circle, []);
  await expect(ines.page.getByRole('button', { name: 'Mute microphone' })).toBeVisible();

  // Check-in round: Ravi speaks; Ines listens, and the facilitator, who is heard by default, too
  // once she turns her voice off.
  await fay.page.getByRole('button', { name: 'Start session' }).click();
  await expect(ravi.page.getByTestId('floor-status')).toContainText("It's your turn");
  await expectListeningMatchesSfu(server, circle, ['Ines']);
  await fay.page.getByRole('checkbox', { name: 'Facilitators may speak in every phase' }).uncheck();
  await expectListeningMatchesSfu(server, circle, ['Fay', 'Ines']);
  await expect(ines.page.getByRole('button', { name: 'Mute microphone' })).toHaveCount(0);
  await expect(ines.page.getByTestId('announcer-polite')).toContainText(listening);

  // The turn passes to Ines: her microphone opens and Ravi's is held.
  await ravi.page.getByRole('button', { name: "I'm done" }).click();
  await expect(ines.page.getByTestId('floor-status')).toContainText("It's your turn");
  await expectListeningMatchesSfu(server, circle, ['Fay', 'Ravi']);
  await expect(ines.page.getByRole('button', { name: 'Mute microphone' })).toBeVisible();

  // Pressing M while listening changes nothing the SFU does; it only says when the microphone opens.
  await ravi.page.keyboard.press('m');
  await expect(ravi.page.getByTestId('announcer-polite')).toContainText(listening);
  await expectListeningMatchesSfu(server, circle, ['Fay', 'Ravi']);
});
