import { expect, type Browser, type Page } from '@playwright/test';
import { recordPeerConnections } from './media-stats';

/** A browser context already signed in with a login cookie (`peercircle_login=…`, `__Host-`-prefixed on https) from the API. */
export async function signedInPage(browser: Browser, baseUrl: string, loginCookie: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, permissions: ['camera', 'microphone'] });
  const [name, value] = loginCookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: baseUrl }]);
  const page = await context.newPage();
  await recordPeerConnections(page);
  return page;
}

/**
 * The facilitator opens a cohort session and lets everyone in directly; each member then joins and
 * sees the circle panel. Pages are signed in (`signedInPage`) and on the session's server.
 */
export async function enterWithDoorOpen(sessionId: string, facilitator: Page, members: readonly Page[]): Promise<void> {
  await facilitator.goto(`/s/${sessionId}`);
  await facilitator.getByRole('button', { name: 'Join session' }).click();
  await facilitator.getByLabel('Let everyone in directly').check();
  for (const page of members) {
    await page.goto(`/s/${sessionId}`);
    await page.getByRole('button', { name: 'Join session' }).click();
    await expect(page.getByRole('complementary', { name: 'Circle panel' })).toBeVisible();
  }
}
