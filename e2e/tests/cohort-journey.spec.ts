import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { expectMediaFlowingFromAll, recordPeerConnections } from '../support/media-stats';
import type { ServerProcess } from '../support/server-process';

/** No serious or critical accessibility violations on the page as it is now. */
async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function newPerson(browser: Browser, server: ServerProcess): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, permissions: ['camera', 'microphone'] });
  const page = await context.newPage();
  await recordPeerConnections(page);
  return page;
}

test('a facilitator creates a cohort, invites a member, and lets them in from the lobby', async ({ browser, server }) => {
  const fay = await newPerson(browser, server);
  await fay.goto('/signup');
  await fay.getByLabel('Your name').fill('Fay Okafor');
  await fay.getByLabel('Email').fill('fay@example.org');
  await fay.getByLabel('Password').fill('a long enough password');
  await fay.getByRole('button', { name: 'Create account' }).click();
  await expect(fay).toHaveURL(/\/dashboard$/);
  await expectAccessible(fay);

  await fay.getByRole('link', { name: 'New cohort' }).click();
  await fay.getByLabel('Cohort name').fill('Platform leads');
  await fay.getByLabel('Purpose').fill('A safe place for platform leaders to think out loud.');
  await fay.getByRole('button', { name: 'Create cohort' }).click();
  await expect(fay.getByRole('heading', { name: 'Platform leads', level: 1 })).toBeVisible();

  await fay.getByLabel('Member name').fill('Ravi Patel');
  await fay.getByRole('button', { name: 'Add member' }).click();
  const inviteUrl = await fay.getByLabel('Invite link', { exact: true }).inputValue();
  expect(inviteUrl).toMatch(/\/invite\/[A-Za-z0-9_-]{22}$/);
  await expectAccessible(fay);

  // The facilitator enters the next session first; that opens it.
  await fay.getByRole('link', { name: 'Join session' }).first().click();
  await fay.getByRole('button', { name: 'Join session' }).click();
  await expect(fay.getByRole('complementary', { name: 'Facilitator console' })).toBeVisible();

  // The session is open, so the invite leads straight to it; the member's home is one click away.
  const ravi = await newPerson(browser, server);
  await ravi.goto(new URL(inviteUrl).pathname);
  await expect(ravi).toHaveURL(/\/s\/[0-9a-f-]{36}$/);
  await ravi.goto('/home');
  await expect(ravi.getByRole('heading', { level: 1 })).toContainText('Platform leads');
  await expectAccessible(ravi);
  await ravi.getByRole('link', { name: 'Join session' }).click();
  await ravi.getByRole('button', { name: 'Join session' }).click();

  await expect(ravi.getByRole('heading', { name: 'Confidentiality agreement' })).toBeVisible();
  await ravi.getByLabel(/^I agree/).check();
  await ravi.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(ravi.getByRole('heading', { name: 'Waiting to be let in' })).toBeVisible();
  await expectAccessible(ravi);

  await fay.getByRole('button', { name: 'Admit Ravi Patel' }).click();
  await expect(ravi.getByRole('complementary', { name: 'Circle panel' })).toBeVisible();
  await expectMediaFlowingFromAll(ravi, 1);
  await expectMediaFlowingFromAll(fay, 1);

  // A second invite use is refused: the link was single-use.
  const stranger = await newPerson(browser, server);
  await stranger.goto(new URL(inviteUrl).pathname);
  await expect(stranger.getByRole('main').getByRole('alert')).toContainText(/already used/i);
});
