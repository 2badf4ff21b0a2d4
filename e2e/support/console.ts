import { expect, type Locator, type Page } from '@playwright/test';

export const facilitatorConsole = (page: Page) => page.getByRole('complementary', { name: 'Facilitator console' });
export const consoleStrip = (page: Page) => facilitatorConsole(page).getByRole('region', { name: 'Now' });
export const circlePanel = (page: Page) => page.getByRole('complementary', { name: 'Circle panel' });

/**
 * Clicks "Start session" and waits until the console shows the session running: the sections'
 * defaults change with it, so a section opened before the update arrives may close again.
 */
export async function startSession(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(consoleStrip(page).getByRole('button', { name: 'Next phase' })).toBeVisible();
}

/**
 * Opens or closes a console section by its disclosure button, if it is not that way already. Tried
 * until it holds: a section's default can change under the click (the session starting, say).
 */
export async function setSectionOpen(page: Page, title: string | RegExp, open: boolean): Promise<void> {
  await expect(async () => {
    const toggle = facilitatorConsole(page).getByRole('button', { name: title, expanded: !open });
    if ((await toggle.count()) > 0) await toggle.click();
    await expect(facilitatorConsole(page).getByRole('button', { name: title, expanded: open })).toBeVisible({ timeout: 1_000 });
  }).toPass();
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never comes. */
export async function tabTo(page: Page, target: Locator, { backwards = false, maxPresses = 80 } = {}): Promise<void> {
  const element = await target.elementHandle();
  for (let press = 0; press < maxPresses; press += 1) {
    if (await element?.evaluate((node) => node === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/**
 * The names of the console's controls in the order Tab reaches them, from its first control until
 * focus leaves the console (a rough accessible name: aria-label, label or text).
 */
export async function consoleTabSequence(page: Page, maxPresses = 120): Promise<string[]> {
  const names: string[] = [];
  await facilitatorConsole(page).locator('button, input, select, textarea, a[href]').first().focus();
  for (let press = 0; press < maxPresses; press += 1) {
    const name = await page.evaluate((selector) => {
      const active = document.activeElement as HTMLElement | null;
      if (!active || !document.querySelector(selector)?.contains(active)) return null;
      const labelledBy = active.getAttribute('aria-labelledby');
      const label =
        active.getAttribute('aria-label') ??
        (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
        (active.id ? document.querySelector(`label[for="${CSS.escape(active.id)}"]`)?.textContent : null) ??
        active.closest('label')?.textContent ??
        active.textContent;
      return (label ?? '').trim();
    }, '[aria-label="Facilitator console"]');
    if (name === null) break;
    names.push(name);
    await page.keyboard.press('Tab');
  }
  return names;
}
