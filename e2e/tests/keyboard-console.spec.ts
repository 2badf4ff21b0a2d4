import { circlePanel, consoleStrip, consoleTabSequence, facilitatorConsole, tabTo } from '../support/console';
import { expect, test } from '../support/fixtures';
import type { Participant } from '../support/participant';

/**
 * Everything here is done with the keyboard: Tab to reach a control, Enter or arrows to use it, and
 * the circle's single-key shortcuts. No click, no mouse.
 */
test('a facilitator runs a check-in round, a timer and a question release with the keyboard alone', async ({ join }) => {
  const people: Participant[] = [];
  for (const name of ['Fay', 'Ravi', 'Ines']) people.push(await join('keyboard-only', name));
  const [fay, ravi, ines] = people as [Participant, Participant, Participant];
  const console = facilitatorConsole(fay.page);
  const strip = consoleStrip(fay.page);

  // Preparing: the consultancy format (one up from Council in the list), Ines presenting.
  const format = console.getByLabel('Format');
  await tabTo(fay.page, format);
  await fay.page.keyboard.press('ArrowUp');
  await expect(format).toHaveValue('consultancy');
  await tabTo(fay.page, console.getByRole('button', { name: 'Make Ines presenter' }));
  await fay.page.keyboard.press('Enter');
  await expect(console.getByRole('button', { name: 'Stop Ines presenting' })).toBeVisible();
  await tabTo(fay.page, strip.getByRole('button', { name: 'Start session' }), { backwards: true });
  await fay.page.keyboard.press('Enter');

  // The check-in round, and its timers: T pauses and resumes the turn, Shift+E adds a minute to the phase.
  await expect(ravi.page.getByTestId('floor-status')).toContainText("It's your turn");
  const turnTimer = strip.locator('.timer-readout').filter({ has: fay.page.getByRole('timer', { name: "Ravi's turn" }) });
  await fay.page.keyboard.press('t');
  await expect(turnTimer).toContainText('Paused');
  await expect(fay.page.getByTestId('announcer-polite')).toContainText('The speaker timer is paused');
  await fay.page.keyboard.press('t');
  await expect(turnTimer).not.toContainText('Paused');
  await fay.page.keyboard.press('Shift+E');
  await expect(strip.getByRole('timer', { name: 'Phase' })).toHaveText(/^15:\d\d$/);

  await ravi.page.keyboard.press('d');
  await expect(ines.page.getByTestId('floor-status')).toContainText("It's your turn");
  await fay.page.keyboard.press('n');
  await expect(fay.page.getByTestId('floor-status')).toContainText('The round is complete');

  // On to the clarifying questions; Ravi writes one, the facilitator releases it with R.
  await fay.page.keyboard.press('Shift+N');
  await expect(fay.page.locator('.phase-header h2')).toHaveText('The dilemma');
  await fay.page.keyboard.press('Shift+N');
  await expect(ravi.page.locator('.phase-header h2')).toHaveText('Clarifying questions');
  await tabTo(ravi.page, circlePanel(ravi.page).getByLabel('Your question'));
  await ravi.page.keyboard.type('Who has to agree before you can decide?');
  await tabTo(ravi.page, circlePanel(ravi.page).getByRole('button', { name: 'Submit question' }));
  await ravi.page.keyboard.press('Enter');
  await expect(strip.getByRole('button', { name: 'Release next question' })).toBeEnabled();
  await fay.page.keyboard.press('r');
  await expect(ines.page.getByRole('region', { name: 'Question being asked' })).toContainText(
    'Question for you: Who has to agree before you can decide?',
  );

  // G lands on the floor chooser: pick Ravi, give him the floor.
  await fay.page.keyboard.press('g');
  const chooser = console.getByLabel('Give the floor to');
  await expect(chooser).toBeFocused();
  for (let press = 0; press < 4 && (await chooser.inputValue()) !== (await chooser.locator('option', { hasText: 'Ravi' }).getAttribute('value')); press += 1) {
    await fay.page.keyboard.press('ArrowDown');
  }
  await fay.page.keyboard.press('Tab');
  await expect(console.getByRole('button', { name: 'Give floor', exact: true })).toBeFocused();
  await fay.page.keyboard.press('Enter');
  await expect(ines.page.getByTestId('floor-status')).toContainText('Ravi holds the floor');
});

test("the floor controls come before the agenda in the facilitator's tab order, and members' controls are not in it", async ({ join }) => {
  const people: Participant[] = [];
  for (const name of ['Fay', 'Ravi', 'Ines']) people.push(await join('console-tab-order', name));
  const [fay, ravi] = people as [Participant, Participant, Participant];
  const console = facilitatorConsole(fay.page);
  await console.getByLabel('Format').selectOption('consultancy');
  await console.getByRole('button', { name: 'Make Ines presenter' }).click();
  await consoleStrip(fay.page).getByRole('button', { name: 'Start session' }).click();
  await consoleStrip(fay.page).getByRole('button', { name: 'Next phase' }).click();
  await consoleStrip(fay.page).getByRole('button', { name: 'Next phase' }).click();
  await expect(ravi.page.locator('.phase-header h2')).toHaveText('Clarifying questions');
  await circlePanel(ravi.page).getByRole('button', { name: 'Raise hand' }).click();
  await circlePanel(ravi.page).getByLabel('Your question').fill('What would you regret not trying?');
  await circlePanel(ravi.page).getByRole('button', { name: 'Submit question' }).click();
  await expect(consoleStrip(fay.page).getByRole('button', { name: 'Release next question' })).toBeEnabled();
  // With the agenda open its seven "go to phase" buttons are in the tab order too.
  await console.getByRole('button', { name: 'Agenda', expanded: false }).click();

  const sequence = await consoleTabSequence(fay.page);
  const firstGoTo = sequence.findIndex((name) => name.startsWith('Go to phase'));
  expect(sequence.filter((name) => name.startsWith('Go to phase'))).toHaveLength(7);
  for (const floorControl of [/^Give floor to next hand/, /^Release next question/, /^Next phase/, /Give the floor to/, /^Give floor to Ravi/]) {
    const index = sequence.findIndex((name) => floorControl.test(name));
    expect(index, `${floorControl} in ${JSON.stringify(sequence)}`).toBeGreaterThanOrEqual(0);
    expect(index, `${floorControl} before the agenda in ${JSON.stringify(sequence)}`).toBeLessThan(firstGoTo);
  }
  expect(sequence.filter((name) => /raise hand|lower hand/i.test(name))).toEqual([]);
});
