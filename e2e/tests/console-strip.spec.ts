import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { circlePanel, consoleStrip, facilitatorConsole, setSectionOpen } from '../support/console';
import { expect, test } from '../support/fixtures';
import type { Participant } from '../support/participant';

const consoleSelector = '[aria-label="Facilitator console"]';
const sectionTitles = [/^Floor/, /^Raised hands/, /^Questions/, /^Speaking order/, /^Timers/, /^Agenda/, /^People in the circle/];

/**
 * Every control of the strip lies wholly inside the 1280×800 window and the page itself does not
 * scroll: the facilitator reaches them during a turn without scrolling anything.
 */
async function expectStripInView(page: Page, phase: string): Promise<void> {
  const strip = consoleStrip(page);
  await expect(strip.getByRole('button', { name: 'Next phase' }), phase).toBeVisible();
  const controls = [...(await strip.getByRole('button').all()), ...(await strip.getByRole('checkbox').all()), ...(await strip.getByRole('timer').all())];
  expect(controls.length, phase).toBeGreaterThanOrEqual(3);
  for (const control of controls) await expect(control, `${phase}: ${await control.textContent()}`).toBeInViewport({ ratio: 1 });
  const pageScroll = await page.evaluate(() => ({ top: window.scrollY, overflow: document.documentElement.scrollHeight - window.innerHeight }));
  expect(pageScroll, phase).toEqual({ top: 0, overflow: 0 });
}

async function setAllSections(page: Page, open: boolean): Promise<void> {
  for (const title of sectionTitles) {
    if ((await facilitatorConsole(page).getByRole('button', { name: title }).count()) > 0) await setSectionOpen(page, title, open);
  }
}

async function circleOfThree(join: (room: string, name: string) => Promise<Participant>, room: string) {
  const people: Participant[] = [];
  for (const name of ['Fay', 'Ravi', 'Ines']) people.push(await join(room, name));
  const [fay] = people as [Participant];
  await fay.page.setViewportSize({ width: 1280, height: 800 });
  return people as [Participant, Participant, Participant];
}

async function prepare(fay: Page, format: string): Promise<void> {
  const console = facilitatorConsole(fay);
  await console.getByLabel('Format').selectOption(format);
  await console.getByRole('button', { name: 'Make Ines presenter' }).click();
}

async function walkEveryPhase(fay: Page, atPhase?: (title: string) => Promise<void>): Promise<string[]> {
  const visited: string[] = [];
  await consoleStrip(fay).getByRole('button', { name: 'Start session' }).click();
  await expect(consoleStrip(fay).getByRole('button', { name: 'Next phase' })).toBeVisible();
  for (;;) {
    const title = (await fay.locator('.phase-header h2').textContent()) ?? '';
    visited.push(title);
    await atPhase?.(title);
    await expectStripInView(fay, title);
    const next = consoleStrip(fay).getByRole('button', { name: 'Next phase' });
    if (await next.isDisabled()) return visited;
    await next.click();
    await expect(fay.locator('.phase-header h2')).not.toHaveText(title);
  }
}

// Walking every phase with three browsers and axe takes a while on a shared two-core machine.
test.describe.configure({ timeout: 300_000 });

test('consultancy: the strip stays in view at 1280×800 in every phase, with a question kept on screen, and axe finds nothing', async ({ join }) => {
  const [fay, ravi] = await circleOfThree(join, 'strip-consultancy');
  await prepare(fay.page, 'consultancy');
  // A custom phase, so the walk covers the "other" kind too.
  await facilitatorConsole(fay.page).getByRole('button', { name: 'Edit agenda' }).click();
  const dialog = fay.page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Add phase' }).click();
  await dialog.getByRole('button', { name: 'Save agenda' }).click();
  await expect(dialog).toBeHidden();
  await expectNoAxeViolations(fay.page, consoleSelector);

  const visited = await walkEveryPhase(fay.page, async (title) => {
    if (title !== 'Clarifying questions') return;
    const question = 'When you imagine the conversation with your board a year from now, what would you most want to be able to say about how you handled this, and what is stopping you today?';
    await circlePanel(ravi.page).getByLabel('Your question').fill(question);
    await circlePanel(ravi.page).getByRole('button', { name: 'Submit question' }).click();
    await consoleStrip(fay.page).getByRole('button', { name: 'Release next question' }).click();
    await facilitatorConsole(fay.page).getByRole('button', { name: /^Keep on screen/ }).click();
    await expect(ravi.page.getByRole('region', { name: 'Question being asked' })).toContainText('kept on screen');

    await setAllSections(fay.page, true);
    await expectNoAxeViolations(fay.page, consoleSelector);
    await expectStripInView(fay.page, `${title}, every section open`);
    await setAllSections(fay.page, false);
    await expectNoAxeViolations(fay.page, consoleSelector);
    await expectStripInView(fay.page, `${title}, every section closed`);
  });
  expect(visited).toEqual([
    'Check-in', 'The dilemma', 'Clarifying questions', 'Curious questions', 'Break', 'Reflections', 'Presenter responds', 'Closing round', 'New phase',
  ]);
  // Kept on screen to the end: the worst case for the room's height.
  await expect(fay.page.getByRole('region', { name: 'Question being asked' })).toBeVisible();
});

for (const [format, phases] of [
  ['council', ['Check-in', 'Council round', 'Second council round', 'Silence', 'Closing round']],
  ['structured-inquiry', ['Situation and current thinking', 'Curious questions', 'Open dialogue', 'Closing round']],
  ['clearness-committee', ['Check-in (optional)', "The focus person's statement", 'Honest, open questions', 'Mirroring', 'Closing']],
] as const) {
  test(`${format}: the strip stays in view at 1280×800 in every phase, and axe finds nothing`, async ({ join }) => {
    const [fay] = await circleOfThree(join, `strip-${format}`);
    await prepare(fay.page, format);
    const visited = await walkEveryPhase(fay.page, (title) => (title === phases[0] ? expectNoAxeViolations(fay.page, consoleSelector) : Promise.resolve()));
    expect(visited).toEqual(phases);
  });
}
