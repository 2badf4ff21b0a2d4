import type { BrowserContext, Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { audibleRemotes, expectMediaFlowingFromAll, participantIdsByName } from '../support/media-stats';
import { joinRoom, type Participant } from '../support/participant';
import { joinBySocket } from '../support/socket-participant';

/** Records the frequency of every tone a page starts, so the test can tell the pause's bell was played. */
async function recordTones(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const tones: number[] = [];
    (window as unknown as { __tones: number[] }).__tones = tones;
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (this: OscillatorNode, ...args: Parameters<OscillatorNode['start']>) {
      tones.push(this.frequency.value);
      return start.apply(this, args);
    };
  });
}

const tonesPlayed = (page: Page) => page.evaluate(() => (window as unknown as { __tones: number[] }).__tones);
/** The pause's bell starts on 392 Hz; the timer warning's chime on 659 Hz. */
const pauseBell = 392;

/** Whose audio this page hears growing (bytes received from the SFU, sampled over two seconds), by name. */
async function hearing(page: Page): Promise<Record<string, boolean>> {
  const ids = await participantIdsByName(page);
  const flowing = await audibleRemotes(page);
  return Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, flowing[id] ?? false]));
}

/** A countdown's "mm:ss" in seconds. */
async function secondsShown(page: Page, timerName: string): Promise<number> {
  const text = await page.getByRole('timer', { name: timerName }).innerText();
  const [minutes, seconds] = text.split(':').map(Number) as [number, number];
  return minutes * 60 + seconds;
}

test('a guardian’s pause during a turn silences every microphone at the SFU and resumes with the same speaker and time left', async ({ server, browser }) => {
  // Sam opens the room (the first in facilitates), makes Ines the guardian, passes the chair to Fay and leaves:
  // the console has no control for roles yet, and the rest is all browsers with real media.
  const sam = await joinBySocket(server.url, 'guardian-pause', 'Sam');
  const circle: Participant[] = [];
  for (const name of ['Fay', 'Ravi', 'Ines', 'Omar']) {
    circle.push(await joinRoom(browser, server.url, 'guardian-pause', name, { prepareContext: recordTones }));
  }
  const [fay, ravi, ines, omar] = circle as [Participant, Participant, Participant, Participant];
  const ids = await participantIdsByName(omar.page);
  await sam.command({ type: 'roles.assign', role: 'guardian', participantId: ids['Ines']! });
  await sam.command({ type: 'role.handOver', participantId: ids['Fay']! });
  await sam.leave();
  for (const { page } of circle) await expectMediaFlowingFromAll(page, 3);

  // The check-in round: Ravi speaks first, with his two minutes running; Ines and Omar listen.
  await fay.page.getByRole('button', { name: 'Start session' }).click();
  await expect(ravi.page.getByTestId('floor-status')).toContainText("It's your turn");
  await expect.poll(async () => (await server.health()).mediaObjects.pausedProducers).toBe(2);
  expect(await hearing(omar.page)).toEqual({ Fay: true, Ravi: true, Ines: false });
  await expect(omar.page.getByRole('button', { name: 'Call a pause' })).toHaveCount(0);
  const leftBeforePause = await secondsShown(omar.page, "Ravi's turn");
  expect(leftBeforePause).toBeGreaterThan(60);

  // Ines calls the pause from the keyboard.
  const pauseButton = ines.page.getByRole('button', { name: 'Call a pause' });
  await pauseButton.focus();
  await ines.page.keyboard.press('Enter');
  for (const { name, page } of circle) {
    await expect(page.getByTestId('pause-banner'), name).toContainText('Paused — silence');
    await expect(page.getByTestId('announcer-assertive'), name).toContainText('Pause called — silence');
    await expect.poll(() => tonesPlayed(page), { message: `${name} heard the bell` }).toContain(pauseBell);
  }
  await expect(ravi.page.getByTestId('floor-status')).toHaveText('Paused — silence');
  await expect(ravi.page.getByRole('button', { name: "I'm done" })).toHaveCount(0);

  // Every microphone, the facilitator's too, is paused in the SFU, and nothing arrives at Omar.
  await expect.poll(async () => (await server.health()).mediaObjects.pausedProducers).toBe(4);
  expect(await hearing(omar.page)).toEqual({ Fay: false, Ravi: false, Ines: false });

  // The timers wait: Ravi's time left stands still through the pause; the pause's own length runs.
  const frozen = await secondsShown(omar.page, "Ravi's turn");
  expect(leftBeforePause - frozen).toBeLessThanOrEqual(5);
  const pausedFor = omar.page.getByRole('timer', { name: 'Paused for' });
  await expect(pausedFor).not.toHaveText('0:00');
  await omar.page.waitForTimeout(2_000);
  expect(await secondsShown(omar.page, "Ravi's turn")).toBe(frozen);
  await expectNoAxeViolations(omar.page);
  await expectNoAxeViolations(ines.page);

  // Focus stayed on the button, which now resumes.
  await expect(ines.page.getByRole('button', { name: 'Resume', exact: true })).toBeFocused();
  await ines.page.keyboard.press('Enter');
  await expect(omar.page.getByTestId('announcer-polite')).toContainText('Resumed: Ravi has the floor');
  await expect(ravi.page.getByTestId('announcer-assertive')).toContainText('Resumed: you have the floor');
  for (const { page } of circle) await expect(page.getByTestId('pause-banner')).toHaveCount(0);
  await expect(omar.page.getByTestId('floor-status')).toContainText('Ravi holds the floor');
  expect(Math.abs((await secondsShown(omar.page, "Ravi's turn")) - frozen)).toBeLessThanOrEqual(1);
  await expect(ravi.page.getByRole('button', { name: "I'm done" })).toBeVisible();

  await expect.poll(async () => (await server.health()).mediaObjects.pausedProducers).toBe(2);
  expect(await hearing(omar.page)).toEqual({ Fay: true, Ravi: true, Ines: false });
});
