import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { circlePanel, consoleStrip, facilitatorConsole, setSectionOpen } from '../support/console';
import { expect, test } from '../support/fixtures';
import type { Participant } from '../support/participant';
import { joinBySocket } from '../support/socket-participant';

const silenceSeconds = 20;
const question = 'What feels most alive for you in this choice?';
const onScreen = (page: Page) => page.getByRole('region', { name: /^Question (being asked|passed on)$/ });
const countdown = (page: Page) => page.getByTestId('silence-countdown');
const nextPhase = (fay: Participant) => consoleStrip(fay.page).getByRole('button', { name: 'Next phase' }).click();

async function phaseIs(people: Participant[], title: string) {
  for (const { page } of people) await expect(page.locator('.phase-header h2')).toHaveText(title);
}

// Three browsers with real media, and a silence waited out in full.
test.describe.configure({ timeout: 240_000 });

test('a clearness committee: paced questions with a silence the facilitator cannot skip, a pass, mirroring, a confidential close', async ({ server, join }) => {
  const people: Participant[] = [];
  for (const name of ['Fay', 'Ravi', 'Ines']) people.push(await join('clearness', name));
  const [fay, ravi, ines] = people as [Participant, Participant, Participant];
  // A browser-less member, to try what the page no longer offers.
  const omar = await joinBySocket(server.url, 'clearness', 'Omar');
  try {
    const console = facilitatorConsole(fay.page);
    await console.getByLabel('Format').selectOption('clearness-committee');
    await expect(console).toContainText('silence after each answer');
    await console.getByRole('button', { name: 'Make Ines presenter' }).click();

    // The questions phase keeps 30 seconds of silence by default; this circle takes a shorter one.
    await console.getByRole('button', { name: 'Edit agenda' }).click();
    const dialog = fay.page.getByRole('dialog');
    const questionsPhase = dialog.getByRole('group', { name: /^Phase 3: Honest, open questions/ });
    const silenceField = questionsPhase.getByLabel('Seconds of silence after each answer (optional)');
    await expect(silenceField).toHaveValue('30');
    await silenceField.fill(String(silenceSeconds));
    await dialog.getByRole('button', { name: 'Save agenda' }).click();
    await expect(dialog).toBeHidden();

    // The focus person states the matter with the floor; then the questions begin.
    await consoleStrip(fay.page).getByRole('button', { name: 'Start session' }).click();
    await phaseIs(people, 'Check-in (optional)');
    await nextPhase(fay);
    await phaseIs(people, "The focus person's statement");
    await expect(ravi.page.getByTestId('floor-status')).toContainText('Ines holds the floor');
    await nextPhase(fay);
    await phaseIs(people, 'Honest, open questions');

    await circlePanel(ravi.page).getByLabel('Your question').fill(question);
    await circlePanel(ravi.page).getByRole('button', { name: 'Submit question' }).click();
    await expect(console.locator('[data-question-id]').filter({ hasText: question })).toBeVisible();
    await consoleStrip(fay.page).getByRole('button', { name: 'Release next question' }).click();
    for (const { page } of people) await expect(onScreen(page)).toContainText(question);

    // The facilitator gives the focus person the floor to answer; she passes instead.
    await setSectionOpen(fay.page, /^Floor/, true);
    await console.getByLabel('Give the floor to').selectOption({ label: 'Ines' });
    const giveFloor = console.getByRole('button', { name: 'Give floor', exact: true });
    await giveFloor.click();
    await expect(ines.page.getByTestId('floor-status')).toContainText("It's your turn to speak");
    await onScreen(ines.page).getByRole('button', { name: 'Pass on this question' }).click();

    // Everyone sees the pass and the silence counting down; it is announced once.
    for (const { page } of [ravi, ines]) await expect(onScreen(page)).toContainText('passed on this question');
    await expect(onScreen(ravi.page)).toContainText('Ines passed on this question');
    for (const { page } of people) await expect(countdown(page)).toContainText('Silence before the next question');
    await expect(countdown(ravi.page).getByRole('timer')).toHaveText(/^00:(1\d|0\d|20)$/);
    await expect(ravi.page.getByTestId('announcer-polite')).toContainText('Silence before the next question');
    await expect(ravi.page.getByTestId('floor-status')).toHaveText('Silence — the floor is given again once it has passed');

    // The facilitator cannot give the floor or release a question yet: the controls say why and stay reachable.
    await console.getByLabel('Give the floor to').selectOption({ label: 'Ravi' });
    await expect(giveFloor).toHaveAttribute('aria-disabled', 'true');
    const reason = console.locator('.silence-reason').first();
    await expect(reason).toContainText(/Silence before the next question: 00:\d\d to go/);
    await expect(giveFloor).toHaveAccessibleDescription(/Silence before the next question/);
    await giveFloor.focus();
    await expect(giveFloor).toBeFocused();
    await fay.page.keyboard.press('Enter');
    await expect(consoleStrip(fay.page).getByTestId('floor-status')).toContainText('The floor is free');
    await expect(consoleStrip(fay.page).getByRole('button', { name: /^Release next question/ })).toHaveAttribute('aria-disabled', 'true');
    // The strip, with the reason under its moves, still fits the window.
    for (const control of [consoleStrip(fay.page).getByRole('button', { name: 'Next phase' }), consoleStrip(fay.page).locator('.silence-reason')]) {
      await expect(control).toBeInViewport({ ratio: 1 });
    }
    await expectNoAxeViolations(ravi.page);
    await expectNoAxeViolations(fay.page);

    // When the silence has passed, the floor can be given again.
    await expect(countdown(ravi.page)).toBeHidden({ timeout: (silenceSeconds + 10) * 1_000 });
    await expect(giveFloor).not.toHaveAttribute('aria-disabled');
    await giveFloor.click();
    await expect(ravi.page.getByTestId('floor-status')).toContainText("It's your turn to speak");

    // Mirroring gives back what was noticed: no question box, and the server refuses a question.
    await nextPhase(fay);
    await phaseIs(people, 'Mirroring');
    await expect(circlePanel(ravi.page).getByLabel('Your question')).toHaveCount(0);
    await expect(omar.command({ type: 'question.submit', text: 'Can I still ask one?', anonymous: false })).rejects.toThrow(
      /wrong_phase Mirroring reflects back what you noticed: no questions now/,
    );

    // The close reminds everyone of double confidentiality.
    await nextPhase(fay);
    await phaseIs(people, 'Closing');
    for (const { page } of people) {
      await expect(page.locator('.phase-header').getByRole('note')).toHaveText(
        'Double confidentiality: nothing said here is repeated outside, and nobody raises it with the focus person afterwards unless they invite it.',
      );
    }
    await expectNoAxeViolations(ines.page);
  } finally {
    omar.close();
  }
});
