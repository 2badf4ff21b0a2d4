import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCohort } from '../../server/test/support/cohort-fixture';
import { circlePanel, consoleStrip, facilitatorConsole, setSectionOpen } from '../support/console';
import { expect, test } from '../support/fixtures';
import type { Participant } from '../support/participant';
import { startServer } from '../support/server-process';
import { signedInPage } from '../support/signed-in';

const onScreen = (page: Participant['page']) => page.getByRole('region', { name: 'Question being asked' });
const nextPhase = (fay: Participant) => consoleStrip(fay.page).getByRole('button', { name: 'Next phase' }).click();

async function phaseIs(people: Participant[], title: string) {
  for (const { page } of people) await expect(page.locator('.phase-header h2')).toHaveText(title);
}

test('a question on screen leaves with its phase, unless the facilitator keeps it there', async ({ join }) => {
  const people: Participant[] = [];
  for (const name of ['Fay', 'Ravi', 'Ines']) people.push(await join('stale-question', name));
  const [fay, ravi, ines] = people as [Participant, Participant, Participant];
  const console = facilitatorConsole(fay.page);
  await console.getByLabel('Format').selectOption('consultancy');
  await console.getByRole('button', { name: 'Make Ines presenter' }).click();
  await consoleStrip(fay.page).getByRole('button', { name: 'Start session' }).click();
  await nextPhase(fay);
  await nextPhase(fay);
  await phaseIs(people, 'Clarifying questions');

  for (const question of ['Who decides in the end?', 'What has changed since last year?']) {
    await circlePanel(ravi.page).getByLabel('Your question').fill(question);
    await circlePanel(ravi.page).getByRole('button', { name: 'Submit question' }).click();
    await expect(console.locator('[data-question-id]').filter({ hasText: question })).toBeVisible();
  }
  await consoleStrip(fay.page).getByRole('button', { name: 'Release next question' }).click();
  for (const { page } of [ravi, ines]) await expect(onScreen(page)).toContainText('Who decides in the end?');

  // A new phase: the question asked in the last one is answered and gone, for everyone.
  await nextPhase(fay);
  await phaseIs(people, 'Curious questions');
  for (const { page } of people) await expect(onScreen(page)).toHaveCount(0);

  await consoleStrip(fay.page).getByRole('button', { name: 'Release next question' }).click();
  const keep = console.getByRole('button', { name: /^Keep on screen/ });
  await keep.click();
  await expect(keep).toHaveAttribute('aria-pressed', 'true');
  await nextPhase(fay);
  await nextPhase(fay);
  await phaseIs(people, 'Reflections');
  for (const { page } of people) await expect(onScreen(page)).toContainText('What has changed since last year?');
  await expect(onScreen(ines.page)).toContainText('kept on screen by the facilitator');

  await keep.click();
  await expect(keep).toHaveAttribute('aria-pressed', 'false');
  await nextPhase(fay);
  await phaseIs(people, 'Presenter responds');
  for (const { page } of people) await expect(onScreen(page)).toHaveCount(0);
});

test("the speaker is told gently that their time is up, with the overrun; it does not outlive the round", async ({ join }) => {
  const people: Participant[] = [];
  for (const name of ['Fay', 'Ravi', 'Ines']) people.push(await join('time-up', name));
  const [fay, ravi, ines] = people as [Participant, Participant, Participant];
  // Half a minute per check-in turn, the shortest the agenda editor offers.
  await facilitatorConsole(fay.page).getByRole('button', { name: 'Edit agenda' }).click();
  const dialog = fay.page.getByRole('dialog');
  await dialog.getByRole('group', { name: /^Phase 1: Check-in/ }).getByLabel('Minutes per turn (optional)').fill('0.5');
  await dialog.getByRole('button', { name: 'Save agenda' }).click();
  await expect(dialog).toBeHidden();
  await consoleStrip(fay.page).getByRole('button', { name: 'Start session' }).click();
  await expect(ravi.page.getByTestId('floor-status')).toContainText("It's your turn");

  const ownTimer = ravi.page.getByRole('timer', { name: 'Your turn' });
  await expect(ownTimer).toHaveText(/^\+0:0\d over$/, { timeout: 60_000 });
  await expect(ravi.page.locator('.phase-header')).toContainText("Time's up — finish your thought");
  await expect(ravi.page.getByTestId('announcer-polite')).toContainText('Your time is up');
  // Listeners are not watching someone else's clock; the facilitator sees the alert.
  await expect(ines.page.getByRole('timer', { name: "Ravi's turn" })).toHaveText('00:00');
  await expect(ines.page.locator('.phase-header')).not.toContainText(/Time('s| is) up/);
  await expect(consoleStrip(fay.page)).toContainText('Time is up');

  await circlePanel(ravi.page).getByRole('button', { name: "I'm done" }).click();
  await expect(ines.page.getByTestId('floor-status')).toContainText("It's your turn");
  await circlePanel(ines.page).getByRole('button', { name: "I'm done" }).click();
  await expect(fay.page.getByTestId('floor-status')).toContainText('The round is complete');

  await setSectionOpen(fay.page, 'Timers', true);
  const speakerTimer = facilitatorConsole(fay.page).getByRole('group', { name: 'Speaker timer' });
  await expect(speakerTimer.getByRole('timer')).toHaveText('00:30');
  await expect(facilitatorConsole(fay.page)).not.toContainText('Time is up');
});

test('members see only the controls the phase invites; the closing round puts the commitment first', async ({ browser }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'peercircle-phase-controls-'));
  const server = await startServer({ env: { DATA_DIR: dataDir, DEMO_ROOMS: '0' } });
  try {
    const { session, facilitator, members } = await createCohort(server.url, ['Ravi', 'Ines'], { acceptAgreement: true });
    const [fay, ravi, ines] = await Promise.all([facilitator, ...members].map((person) => signedInPage(browser, server.url, person.cookie)));
    await fay!.goto(`/s/${session.id}`);
    await fay!.getByRole('button', { name: 'Join session' }).click();
    await fay!.getByLabel('Let everyone in directly').check();
    for (const page of [ravi!, ines!]) {
      await page.goto(`/s/${session.id}`);
      await page.getByRole('button', { name: 'Join session' }).click();
      await expect(circlePanel(page)).toBeVisible();
    }
    const console = facilitatorConsole(fay!);
    await console.getByLabel('Format').selectOption('consultancy');
    await console.getByRole('button', { name: 'Make Ines presenter' }).click();
    await consoleStrip(fay!).getByRole('button', { name: 'Start session' }).click();

    const panel = circlePanel(ravi!);
    const raiseHand = panel.getByRole('button', { name: 'Raise hand' });
    const questionBox = panel.getByLabel('Your question');
    const expectControls = async (title: string, expected: { hand: boolean; questions: boolean }) => {
      await expect(ravi!.locator('.phase-header h2')).toHaveText(title);
      await expect(raiseHand, title).toHaveCount(expected.hand ? 1 : 0);
      await expect(questionBox, title).toHaveCount(expected.questions ? 1 : 0);
    };
    const next = () => consoleStrip(fay!).getByRole('button', { name: 'Next phase' }).click();

    await expectControls('Check-in', { hand: false, questions: false });
    await next();
    await expectControls('The dilemma', { hand: false, questions: false });
    await next();
    await expectControls('Clarifying questions', { hand: true, questions: true });
    await next();
    await expectControls('Curious questions', { hand: true, questions: true });
    for (let step = 0; step < 4; step += 1) await next();
    await expectControls('Closing round', { hand: false, questions: false });
    await expect(panel.getByRole('heading', { level: 2 }).first()).toHaveText('Your commitment for next time');
    // The facilitator never has a hand to raise.
    await expect(console.getByRole('button', { name: 'Raise hand' })).toHaveCount(0);
    await Promise.all([fay!, ravi!, ines!].map((page) => page.context().close()));
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
