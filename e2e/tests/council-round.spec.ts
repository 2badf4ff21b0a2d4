import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { consoleStrip } from '../support/console';
import { audibleRemotes, expectMediaFlowingFromAll, participantIdsByName } from '../support/media-stats';
import type { Participant } from '../support/participant';

/** Whose audio this page hears growing, by participant name. */
async function hearing(page: Page): Promise<Record<string, boolean>> {
  const ids = await participantIdsByName(page);
  const flowing = await audibleRemotes(page);
  return Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, flowing[id] ?? false]));
}

test('a council round gives one person the floor at a time, enforced in the SFU', async ({ server, join }) => {
  const circle: Participant[] = [];
  for (const name of ['Fay', 'Ravi', 'Ines', 'Omar']) circle.push(await join('council', name));
  const [fay, ravi, ines, omar] = circle as [Participant, Participant, Participant, Participant];
  for (const { page } of circle) await expectMediaFlowingFromAll(page, 3);

  await fay.page.getByRole('button', { name: 'Start session' }).click();

  // Check-in round in seating order: Ravi, Ines, Omar (the facilitator holds the space, and is heard).
  await expect(ravi.page.getByTestId('floor-status')).toContainText("It's your turn");
  await expect(ines.page.getByTestId('floor-status')).toContainText('Ravi holds the floor');
  await expect.poll(async () => (await server.health()).mediaObjects.pausedProducers).toBe(2);
  expect(await hearing(ines.page)).toEqual({ Fay: true, Ravi: true, Omar: false });

  await ravi.page.getByRole('button', { name: 'Pass' }).click();
  await expect(ines.page.getByTestId('floor-status')).toContainText("It's your turn");
  await expect(ines.page.getByTestId('announcer-assertive')).toContainText("It's your turn");
  expect(await hearing(omar.page)).toEqual({ Fay: true, Ravi: false, Ines: true });

  await ines.page.getByRole('button', { name: "I'm done" }).click();
  await expect(omar.page.getByTestId('floor-status')).toContainText("It's your turn");
  await omar.page.getByRole('button', { name: "I'm done" }).click();

  // Ravi passed, so the round comes back to him before it completes.
  await expect(ravi.page.getByTestId('floor-status')).toContainText("It's your turn");
  expect(await hearing(fay.page)).toEqual({ Ravi: true, Ines: false, Omar: false });
  await ravi.page.getByRole('button', { name: "I'm done" }).click();

  await expect(fay.page.getByTestId('floor-status')).toContainText('The round is complete');
  await expect.poll(async () => (await server.health()).mediaObjects.pausedProducers).toBe(3);

  // The next phase is the council round proper, again from the top of the circle.
  await fay.page.getByRole('button', { name: 'Next phase' }).click();
  await expect(ines.page.getByTestId('floor-status')).toContainText('Ravi holds the floor');
});

test("the facilitator is heard in a round by default; the switch in the console's strip pauses her microphone in the SFU", async ({ server, join }) => {
  const circle: Participant[] = [];
  for (const name of ['Fay', 'Ravi', 'Ines']) circle.push(await join('facilitator-voice', name));
  const [fay, , ines] = circle as [Participant, Participant, Participant];
  for (const { page } of circle) await expectMediaFlowingFromAll(page, 2);

  await consoleStrip(fay.page).getByRole('button', { name: 'Start session' }).click();
  await expect(ines.page.getByTestId('floor-status')).toContainText('Ravi holds the floor');
  // Only Ines waits her turn; Fay, holding the space, is forwarded.
  await expect.poll(async () => (await server.health()).mediaObjects.pausedProducers).toBe(1);
  expect(await hearing(ines.page)).toEqual({ Fay: true, Ravi: true });

  const voice = consoleStrip(fay.page).getByRole('checkbox', { name: 'Facilitators may speak in every phase' });
  await expect(voice).toBeChecked();
  await voice.uncheck();
  await expect.poll(async () => (await server.health()).mediaObjects.pausedProducers).toBe(2);
  expect(await hearing(ines.page)).toEqual({ Fay: false, Ravi: true });

  await voice.check();
  await expect.poll(async () => (await server.health()).mediaObjects.pausedProducers).toBe(1);
  expect(await hearing(ines.page)).toEqual({ Fay: true, Ravi: true });
});
