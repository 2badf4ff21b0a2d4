import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { circlePanel } from '../support/console';
import { expect, test } from '../support/fixtures';
import { audibleRemotes, participantIdsByName } from '../support/media-stats';
import { tiles, type Participant } from '../support/participant';
import { joinBySocket, type SocketParticipant } from '../support/socket-participant';

const selfId = async (page: Page) => (await page.locator('[data-self]').getAttribute('data-participant-id'))!;
const polite = (page: Page) => page.getByTestId('announcer-polite');

/** Whether this page receives Ravi's voice: audio bytes from the SFU growing over two seconds. */
async function hearsRavi(page: Page): Promise<boolean> {
  const ids = await participantIdsByName(page);
  return (await audibleRemotes(page))[ids['Ravi']!] ?? false;
}

/** A countdown's "mm:ss" in seconds. */
async function secondsShown(page: Page, timerName: string): Promise<number> {
  const [minutes, seconds] = (await page.getByRole('timer', { name: timerName }).innerText()).split(':').map(Number) as [number, number];
  return minutes * 60 + seconds;
}

/**
 * Issue 9's journey: one consultancy session run on the forum protocols, with three browsers and real
 * media (Ravi speaks, Ines keeps time and observes the process, Omar guards and listens) and three
 * participants without a browser (Fay facilitates, Sofia presents, Leo asks).
 */
test('a consultancy on the forum protocols: typed queue, private time signal, guardian’s pause, Gestalt flag for the observer', async ({ server, join }) => {
  test.setTimeout(240_000);
  const fay = await joinBySocket(server.url, 'forum', 'Fay');
  const browsers: Participant[] = [];
  for (const name of ['Ravi', 'Ines', 'Omar']) browsers.push(await join('forum', name));
  const [ravi, ines, omar] = browsers as [Participant, Participant, Participant];
  const sockets: SocketParticipant[] = [fay, await joinBySocket(server.url, 'forum', 'Sofia'), await joinBySocket(server.url, 'forum', 'Leo')];
  const [, sofia, leo] = sockets as [SocketParticipant, SocketParticipant, SocketParticipant];
  try {
    for (const { page } of browsers) await expect(tiles(page)).toHaveCount(6);
    const [raviId, inesId, omarId] = [await selfId(ravi.page), await selfId(ines.page), await selfId(omar.page)];

    await fay.command({ type: 'agenda.applyTemplate', templateId: 'consultancy' });
    await fay.command({ type: 'presenter.set', participantId: sofia.participantId });
    await fay.command({ type: 'roles.assign', role: 'timekeeper', participantId: inesId });
    await fay.command({ type: 'roles.assign', role: 'process-observer', participantId: inesId });
    await fay.command({ type: 'roles.assign', role: 'guardian', participantId: omarId });
    await fay.command({ type: 'session.start' });
    await fay.command({ type: 'phase.goTo', phaseIndex: 2 });
    await expect(polite(ravi.page)).toContainText('Now: Clarifying questions');

    // The clarifying phase holds Ravi's experience share; Leo's clarifying question is called first.
    const raviPanel = circlePanel(ravi.page);
    await raviPanel.getByRole('radio', { name: /experience share \(waiting for reflections\)/ }).check();
    await raviPanel.getByRole('button', { name: 'Raise hand' }).click();
    await expect(raviPanel).toContainText('Your experience share is waiting for reflections');
    await leo.command({ type: 'hand.raise', handType: 'clarifying' });
    await fay.command({ type: 'floor.giveNextInQueue' });
    await expect(omar.page.getByTestId('floor-status')).toContainText('Leo holds the floor');
    await expect(raviPanel).toContainText('Your experience share is waiting for reflections');

    // Ravi is given a turn; Ines, the timekeeper, gives it a minute and signals him privately.
    await fay.command({ type: 'floor.give', participantId: raviId });
    const timekeeping = circlePanel(ines.page).getByRole('region', { name: 'Timekeeper' });
    await expect(timekeeping).toContainText('Ravi has the floor.');
    await timekeeping.getByRole('button', { name: 'Add 1 minute to the speaker timer' }).click();
    await timekeeping.getByRole('button', { name: 'Start the speaker timer' }).click();
    await timekeeping.getByRole('button', { name: '1 minute', exact: true }).click();
    await expect(ravi.page.getByTestId('time-signal')).toContainText('1 minute left');
    await expect(omar.page.getByTestId('floor-status')).toContainText('Ravi holds the floor');
    await expect(omar.page.getByTestId('time-signal')).toHaveCount(0);
    expect(omar.frames.join('\n')).not.toContain('one-minute');
    await expect.poll(() => hearsRavi(omar.page), { timeout: 15_000 }).toBe(true);

    // Omar, the guardian, calls the pause by keyboard during Ravi's turn: silence at the SFU.
    const leftBeforePause = await secondsShown(omar.page, "Ravi's turn");
    await omar.page.getByRole('button', { name: 'Call a pause' }).focus();
    await omar.page.keyboard.press('Enter');
    await expect(omar.page.getByTestId('pause-banner')).toContainText('Paused — silence');
    await expect(ravi.page.getByTestId('announcer-assertive')).toContainText('Pause called — silence');
    await expect.poll(() => hearsRavi(omar.page), { timeout: 15_000 }).toBe(false);
    expect(await hearsRavi(ines.page)).toBe(false);
    const frozen = await secondsShown(omar.page, "Ravi's turn");
    expect(leftBeforePause - frozen).toBeLessThanOrEqual(3);
    await omar.page.waitForTimeout(2_000);
    expect(await secondsShown(omar.page, "Ravi's turn")).toBe(frozen);
    expect(await hearsRavi(omar.page)).toBe(false);
    await expectNoAxeViolations(omar.page);

    // Resuming gives Ravi back the same turn with the same time left, and his voice again.
    await expect(omar.page.getByRole('button', { name: 'Resume', exact: true })).toBeFocused();
    await omar.page.keyboard.press('Enter');
    await expect(ravi.page.getByTestId('announcer-assertive')).toContainText('Resumed: you have the floor');
    await expect(omar.page.getByTestId('floor-status')).toContainText('Ravi holds the floor');
    expect(Math.abs((await secondsShown(omar.page, "Ravi's turn")) - frozen)).toBeLessThanOrEqual(1);
    await expect.poll(() => hearsRavi(omar.page), { timeout: 15_000 }).toBe(true);

    // Curious questions: Leo's advice in disguise is flagged to Ines, the process observer, and nobody else.
    await fay.command({ type: 'phase.next' });
    await expect(polite(ravi.page)).toContainText('Now: Curious questions');
    await leo.command({ type: 'question.submit', text: "Wouldn't it be simpler to just let him go?", anonymous: false });
    const flags = circlePanel(ines.page).getByRole('region', { name: 'Process observer' }).getByRole('list', { name: 'Questions that may read as advice' });
    await expect(flags).toContainText('let him go');
    await expectNoAxeViolations(ines.page);
    for (const { page } of [ravi, omar]) await expect(page.getByText('Reads like advice')).toHaveCount(0);

    // Through the break into reflections, which admit Ravi's experience share at last.
    await fay.command({ type: 'phase.next' });
    await expect(polite(ravi.page)).toContainText('Now: Break');
    await expect(raviPanel).toContainText('Your experience share is waiting for reflections');
    await fay.command({ type: 'phase.next' });
    // Reflections are a round: Ravi's turn comes, and it answers his experience share.
    await expect(ravi.page.getByTestId('floor-status')).toContainText("It's your turn");
    await expect(raviPanel.getByRole('button', { name: 'Lower hand' })).toHaveCount(0);
  } finally {
    sockets.forEach((person) => person.close());
  }
});
