import type { Browser, Page } from '@playwright/test';
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
