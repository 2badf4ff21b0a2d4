import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { circlePanel, consoleStrip, facilitatorConsole, tabTo } from '../support/console';
import { expect, test } from '../support/fixtures';
import type { Participant } from '../support/participant';

const tile = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

/** Counts the oscillators Web Audio starts on the page from now on: the chime is made of them. */
async function countChimes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const counted = window as unknown as { oscillators: number };
    counted.oscillators = 0;
    const create = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      counted.oscillators += 1;
      return create.call(this);
    };
  });
}
const chimesOn = (page: Page) => page.evaluate(() => (window as unknown as { oscillators: number }).oscillators);

test('a timekeeper assigned by keyboard signals the speaker privately: only the speaker and the facilitator see it', async ({ join }) => {
  // Four browsers with real media.
  test.setTimeout(240_000);
  const people: Participant[] = [];
  for (const name of ['Fay', 'Ravi', 'Ines', 'Omar']) people.push(await join('forum-roles', name));
  const [fay, ravi, ines, omar] = people as [Participant, Participant, Participant, Participant];
  const console = facilitatorConsole(fay.page);
  for (const { page } of people) await countChimes(page);

  // Preparing: a consultancy with Omar presenting; Ines becomes the timekeeper, by keyboard alone.
  await console.getByLabel('Format').selectOption('consultancy');
  await console.getByRole('button', { name: 'Make Omar presenter' }).click();
  const timekeeperChoice = console.getByRole('combobox', { name: 'Timekeeper' });
  // From the Roles heading on, as someone tabbing through the console would.
  await console.getByRole('button', { name: 'Roles', expanded: true }).focus();
  await tabTo(fay.page, timekeeperChoice);
  const inesValue = await timekeeperChoice.locator('option', { hasText: 'Ines' }).getAttribute('value');
  for (let press = 0; press < 4 && (await timekeeperChoice.inputValue()) !== inesValue; press += 1) await fay.page.keyboard.press('ArrowDown');
  await expect(timekeeperChoice).toHaveValue(inesValue!);
  // Choosing alone hands out nothing.
  await expect(tile(fay.page, 'Ines').getByText('Timekeeper')).toHaveCount(0);
  await fay.page.keyboard.press('Tab');
  await expect(console.getByRole('button', { name: 'Assign timekeeper' })).toBeFocused();
  await fay.page.keyboard.press('Enter');

  // A badge in words on Ines's tile, everywhere, and in the facilitator's list of people.
  await expect(tile(fay.page, 'Ines').getByText('Timekeeper', { exact: true })).toBeVisible();
  await expect(tile(ines.page, 'Ines (you)').getByText('Timekeeper', { exact: true })).toBeVisible();
  await expect(tile(omar.page, 'Ines').getByText('Timekeeper', { exact: true })).toBeVisible();
  await expect(console.locator('.participant', { hasText: 'Ines' }).getByText('Timekeeper', { exact: true })).toBeVisible();
  await expect(tile(ravi.page, 'Ravi (you)').getByText('Timekeeper', { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(fay.page, '[aria-label="Facilitator console"]');

  // Into the clarifying questions: nobody holds the floor yet, and the timekeeper is told why she cannot act.
  await consoleStrip(fay.page).getByRole('button', { name: 'Start session' }).click();
  await consoleStrip(fay.page).getByRole('button', { name: 'Next phase' }).click();
  await consoleStrip(fay.page).getByRole('button', { name: 'Next phase' }).click();
  await expect(ines.page.locator('.phase-header h2')).toHaveText('Clarifying questions');
  const timekeeping = circlePanel(ines.page).getByRole('region', { name: 'Timekeeper' });
  await expect(timekeeping).toContainText('Nobody has the floor right now');
  await expect(timekeeping.getByRole('button', { name: '1 minute', exact: true })).toBeDisabled();
  await expect(circlePanel(ravi.page).getByRole('region', { name: 'Timekeeper' })).toHaveCount(0);

  // Fay gives Ravi the floor; Ines gives his turn a minute and starts it.
  await console.getByLabel('Give the floor to').selectOption({ label: 'Ravi' });
  await console.getByRole('button', { name: 'Give floor', exact: true }).click();
  await expect(timekeeping).toContainText('Ravi has the floor.');
  await timekeeping.getByRole('button', { name: 'Add 1 minute to the speaker timer' }).click();
  await timekeeping.getByRole('button', { name: 'Start the speaker timer' }).click();
  await expect(timekeeping.getByRole('button', { name: 'Pause the speaker timer' })).toBeEnabled();
  await expectNoAxeViolations(ines.page);

  await timekeeping.getByRole('button', { name: '1 minute', exact: true }).click();

  // Ravi sees it large, hears it (assertively) and gets the chime; Fay reads it in her console.
  await expect(ravi.page.getByTestId('time-signal')).toContainText('1 minute left');
  await expect(ravi.page.getByTestId('announcer-assertive')).toContainText('From your timekeeper: 1 minute left');
  await expect.poll(() => chimesOn(ravi.page)).toBeGreaterThan(0);
  await expect(console.getByTestId('latest-time-signal')).toContainText('Ines signalled Ravi: 1 minute');
  await expect(timekeeping).toContainText('You signalled Ravi: 1 minute');
  await expectNoAxeViolations(fay.page, '[aria-label="Facilitator console"]');
  await expectNoAxeViolations(ines.page);

  // Omar sees nothing of it, hears nothing, and his browser never received it.
  await expect(omar.page.getByTestId('floor-status')).toContainText('Ravi holds the floor');
  await expect(omar.page.getByTestId('time-signal')).toHaveCount(0);
  await expect(omar.page.getByTestId('latest-time-signal')).toHaveCount(0);
  expect(omar.frames.join('\n')).not.toContain('one-minute');
  expect(await chimesOn(omar.page)).toBe(0);
  expect(await chimesOn(ines.page)).toBe(0);
  await expect(ines.page.getByTestId('time-signal')).toHaveCount(0);

  // The floor moving on takes the signal away.
  await console.getByRole('button', { name: 'Clear floor' }).click();
  await expect(ravi.page.getByTestId('time-signal')).toHaveCount(0);
  await expect(console.getByTestId('latest-time-signal')).toHaveCount(0);
});
