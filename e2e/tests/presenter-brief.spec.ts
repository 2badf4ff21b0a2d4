import type { Page } from '@playwright/test';
import { createCohort } from '../../server/test/support/cohort-fixture';
import { callApi } from '../../server/test/support/http-client';
import { expectNoAxeViolations as expectAccessible } from '../support/accessibility';
import { setSectionOpen } from '../support/console';
import { expect, test } from '../support/fixtures';
import { signedInPage } from '../support/signed-in';

const ISSUE = 'Whether to close the Quillfeather office I opened myself.';
const briefRegion = (page: Page) => page.getByRole('region', { name: 'Maya’s brief' });

test("the presenter's brief: written at home, ready for the facilitator, shown to the circle from the presentation on, and 'Were we helpful?' at the close", async ({ browser, server }) => {
  test.setTimeout(180_000);
  const { session, facilitator, members, cohort } = await createCohort(server.url, ['Maya', 'Ravi'], { acceptAgreement: true });
  await callApi(server.url, 'updateSession', { cookie: facilitator.cookie, params: { sessionId: session.id }, body: { presenterOverrideId: members[0]!.id } });
  const fay = await signedInPage(browser, server.url, facilitator.cookie);
  const maya = await signedInPage(browser, server.url, members[0]!.cookie);
  const ravi = await signedInPage(browser, server.url, members[1]!.cookie);

  // At home, Maya writes her brief and marks it ready; Ravi has no brief to write.
  await maya.goto('/home');
  const form = maya.getByRole('region', { name: /^Your brief for/ });
  await form.getByLabel('The issue in one sentence').fill(ISSUE);
  await form.getByLabel('How I feel about it').fill('Ashamed, and a bit relieved.');
  await form.getByRole('button', { name: 'Save draft' }).click();
  await expect(maya.getByTestId('announcer-polite')).toContainText('Your brief is saved as a draft');
  await expectAccessible(maya);
  await fay.goto(`/cohorts/${cohort.id}`);
  await expect(fay.getByText('Brief not ready yet').first()).toBeVisible();
  await form.getByRole('button', { name: 'Mark ready' }).click();
  await expect(form).toContainText('Ready: the circle will see it when the presentation starts');
  await fay.reload();
  await expect(fay.getByText('Brief ready', { exact: true })).toBeVisible();
  await expect(fay.getByText('Quillfeather')).toHaveCount(0);
  await ravi.goto('/home');
  await expect(ravi.getByRole('heading', { name: 'Next session' })).toBeVisible();
  await expect(ravi.getByRole('region', { name: /^Your brief for/ })).toHaveCount(0);

  // In the circle: nothing of it at the check-in; pinned for everyone once the dilemma is presented.
  await fay.goto(`/s/${session.id}`);
  await fay.getByRole('button', { name: 'Join session' }).click();
  await fay.getByLabel('Let everyone in directly').check();
  for (const page of [maya, ravi]) {
    await page.goto(`/s/${session.id}`);
    await page.getByRole('button', { name: 'Join session' }).click();
    await expect(page.getByRole('complementary', { name: 'Circle panel' })).toBeVisible({ timeout: 30_000 });
  }
  await fay.getByRole('button', { name: 'Start session' }).click();
  await expect(ravi.getByRole('heading', { name: 'Check-in' })).toBeVisible();
  await expect(ravi.getByText('Quillfeather')).toHaveCount(0);
  await setSectionOpen(fay, /^Agenda/, true);
  await fay.getByRole('button', { name: /^Go to phase \d+: The dilemma$/ }).click();
  await expect(briefRegion(ravi)).toContainText(ISSUE);
  await expect(briefRegion(ravi)).toContainText('How I feel about it');
  await expect(ravi.getByTestId('announcer-polite')).toContainText('The presenter’s brief is now shown');
  await expectAccessible(ravi);
  // Collapsible by keyboard.
  await briefRegion(ravi).locator('summary').focus();
  await ravi.keyboard.press('Enter');
  await expect(briefRegion(ravi).getByText('How I feel about it')).toBeHidden();

  // The closing round: the brief is gone; Maya answers "Were we helpful?".
  await fay.getByRole('button', { name: /^Go to phase \d+: Closing round$/ }).click();
  await expect(briefRegion(ravi)).toHaveCount(0);
  const helpful = maya.getByRole('region', { name: 'Were we helpful?' });
  await helpful.getByLabel('Partly').check();
  await helpful.getByLabel('In your own words (optional)').fill('The curious questions landed.');
  await helpful.getByRole('button', { name: 'Save my answer' }).click();
  await expect(helpful.getByRole('button', { name: 'Change my answer' })).toBeVisible();
  await expect(ravi.getByRole('region', { name: 'Were we helpful?' })).toHaveCount(0);
  await expectAccessible(maya);
});
