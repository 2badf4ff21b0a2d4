import type { Page } from '@playwright/test';
import { createCohort } from '../../server/test/support/cohort-fixture';
import { callApi } from '../../server/test/support/http-client';
import { expectNoAxeViolations } from '../support/accessibility';
import { facilitatorConsole } from '../support/console';
import { expect, test } from '../support/fixtures';
import { signedInPage } from '../support/signed-in';

const checklist = (page: Page) => page.getByRole('group', { name: 'Before you join' });
const privacyCount = (page: Page) => facilitatorConsole(page).getByText(/present confirmed/);

test('members confirm a private space and headphones at the door; the facilitator sees how many, not who', async ({ browser, server }) => {
  test.setTimeout(180_000);
  const { session, cohort, facilitator, members } = await createCohort(server.url, ['Maya', 'Ravi', 'Lena']);
  // Maya and Ravi accepted the agreement earlier; Lena meets it at the door.
  for (const member of members.slice(0, 2)) await callApi(server.url, 'acceptAgreement', { cookie: member.cookie, body: { version: cohort.agreementVersion } });
  const fay = await signedInPage(browser, server.url, facilitator.cookie);

  // The cohort asks both by default; the facilitator can change that by keyboard (and here puts it back).
  await fay.goto(`/cohorts/${cohort.id}`);
  const settings = fay.getByRole('group', { name: 'Privacy checklist at the door' });
  const headphonesSetting = settings.getByRole('checkbox', { name: 'I am using headphones' });
  await expect(settings.getByRole('checkbox', { name: 'I am in a private space' })).toBeChecked();
  await expect(headphonesSetting).toBeChecked();
  await headphonesSetting.focus();
  await fay.keyboard.press('Space');
  await expect(headphonesSetting).not.toBeChecked();
  await fay.getByRole('button', { name: 'Save settings' }).click();
  await expect(fay.getByTestId('announcer-polite')).toContainText('Cohort settings saved');
  await headphonesSetting.check();
  await fay.getByRole('button', { name: 'Save settings' }).click();
  await expect.poll(async () => (await fay.request.get(`/api/cohorts/${cohort.id}`)).json()).toMatchObject({ privacyChecklist: ['privateSpace', 'headphones'] });

  // The facilitator is not asked; the door is opened for everyone.
  await fay.goto(`/s/${session.id}`);
  await expect(fay.getByRole('heading', { name: /^Join Circle/ })).toBeVisible();
  await expect(checklist(fay)).toHaveCount(0);
  await fay.getByRole('button', { name: 'Join session' }).click();
  await fay.getByLabel('Let everyone in directly').check();

  // Maya confirms both, by keyboard; the screen with the checklist passes axe.
  const maya = await signedInPage(browser, server.url, members[0]!.cookie);
  await maya.goto(`/s/${session.id}`);
  await expect(checklist(maya)).toHaveAccessibleDescription(/You can join either way/);
  await checklist(maya).getByRole('checkbox', { name: 'I am in a private space' }).focus();
  await maya.keyboard.press('Space');
  await maya.keyboard.press('Tab');
  await expect(checklist(maya).getByRole('checkbox', { name: 'I am using headphones' })).toBeFocused();
  await maya.keyboard.press('Space');
  await expect(checklist(maya).getByRole('checkbox', { checked: true })).toHaveCount(2);
  await expectNoAxeViolations(maya);
  await maya.getByRole('button', { name: 'Join session' }).click();
  await expect(maya.getByRole('complementary', { name: 'Circle panel' })).toBeVisible({ timeout: 30_000 });
  await expect(privacyCount(fay)).toHaveText('1 of 1 present confirmed private space and headphones');

  // Ravi has no headphones: he confirms only the private space, and still gets in.
  const ravi = await signedInPage(browser, server.url, members[1]!.cookie);
  await ravi.goto(`/s/${session.id}`);
  await checklist(ravi).getByRole('checkbox', { name: 'I am in a private space' }).check();
  await ravi.getByRole('button', { name: 'Join session' }).click();
  await expect(ravi.getByRole('complementary', { name: 'Circle panel' })).toBeVisible({ timeout: 30_000 });

  await expect(privacyCount(fay)).toHaveText('1 of 2 present confirmed private space and headphones');
  await expectNoAxeViolations(fay, '[aria-label="Facilitator console"]');
  // Members see nothing of anyone's answers, nor the count.
  for (const member of [maya, ravi]) await expect(member.getByText(/present confirmed|confirmed private space/)).toHaveCount(0);

  // Ticks are not remembered: after leaving, Ravi's checklist starts empty; his new answer replaces the old one.
  await ravi.getByRole('button', { name: 'Leave' }).click();
  await expect(privacyCount(fay)).toHaveText('1 of 1 present confirmed private space and headphones');
  await ravi.getByRole('button', { name: 'Rejoin' }).click();
  await expect(checklist(ravi).getByRole('checkbox', { checked: true })).toHaveCount(0);
  expect(await ravi.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toMatch(/privateSpace|headphones/);
  await checklist(ravi).getByRole('checkbox', { name: 'I am in a private space' }).check();
  await checklist(ravi).getByRole('checkbox', { name: 'I am using headphones' }).check();
  await ravi.getByRole('button', { name: 'Join session' }).click();
  await expect(privacyCount(fay)).toHaveText('2 of 2 present confirmed private space and headphones');

  // Lena's ticks go with her through the agreement and the lobby, and count once she is let in.
  await fay.getByLabel('Let everyone in directly').uncheck();
  const lena = await signedInPage(browser, server.url, members[2]!.cookie);
  await lena.goto(`/s/${session.id}`);
  await checklist(lena).getByRole('checkbox', { name: 'I am in a private space' }).check();
  await checklist(lena).getByRole('checkbox', { name: 'I am using headphones' }).check();
  await lena.getByRole('button', { name: 'Join session' }).click();
  await lena.getByLabel(/^I agree/).check();
  await lena.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(lena.getByRole('heading', { name: 'Waiting to be let in' })).toBeVisible();
  await expect(privacyCount(fay)).toHaveText('2 of 2 present confirmed private space and headphones');
  await fay.getByRole('button', { name: 'Admit Lena' }).click();
  await expect(lena.getByRole('complementary', { name: 'Circle panel' })).toBeVisible({ timeout: 30_000 });
  await expect(privacyCount(fay)).toHaveText('3 of 3 present confirmed private space and headphones');

  await Promise.all([fay, maya, ravi, lena].map((page) => page.context().close()));
});
