import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createCohort } from '../../server/test/support/cohort-fixture';
import { expect, test } from '../support/fixtures';
import { signedInPage } from '../support/signed-in';
import { setSectionOpen, startSession } from '../support/console';

async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const commitmentSection = (page: Page) => page.getByRole('region', { name: 'Your commitment for next time' });

test("a commitment outlives the closing round: on the ended screen, after leaving and at home, until the next check-in", async ({ browser, server }) => {
  test.setTimeout(180_000);
  const { session, facilitator, members, cohort } = await createCohort(server.url, ['Maya', 'Ravi'], { acceptAgreement: true });
  const fay = await signedInPage(browser, server.url, facilitator.cookie);
  const maya = await signedInPage(browser, server.url, members[0]!.cookie);
  await fay.goto(`/s/${session.id}`);
  await fay.getByRole('button', { name: 'Join session' }).click();
  await fay.getByLabel('Let everyone in directly').check();
  await maya.goto(`/s/${session.id}`);
  await maya.getByRole('button', { name: 'Join session' }).click();
  await expect(maya.getByRole('complementary', { name: 'Circle panel' })).toBeVisible({ timeout: 30_000 });

  // The closing round: Maya writes what she will do.
  await startSession(fay);
  await setSectionOpen(fay, /^Agenda/, true);
  await fay.getByRole('button', { name: /^Go to phase \d+: Closing round$/ }).click();
  await commitmentSection(maya).getByLabel('What will you do before the next session?').fill('Talk to Sam about the reorg');
  await commitmentSection(maya).getByRole('button', { name: 'Save commitment' }).click();
  await expect(commitmentSection(maya).getByRole('listitem')).toContainText('Talk to Sam about the reorg');

  // The session ends: the form stays, and the commitment can be changed, by keyboard too.
  await fay.getByRole('button', { name: 'End session' }).click();
  await fay.getByRole('button', { name: 'Yes, end the session' }).click();
  await expect(maya.getByRole('heading', { name: 'The session has ended' })).toBeVisible();
  const edit = commitmentSection(maya).getByRole('button', { name: 'Edit commitment' });
  await edit.focus();
  await maya.keyboard.press('Enter');
  const text = commitmentSection(maya).getByLabel('Your commitment', { exact: true });
  await expect(text).toBeFocused();
  await text.fill('Talk to Sam about the reorg before Friday');
  await commitmentSection(maya).getByLabel(/^Shared/).check();
  await commitmentSection(maya).getByRole('button', { name: 'Save changes' }).click();
  await expect(commitmentSection(maya).getByRole('listitem')).toContainText('Talk to Sam about the reorg before Friday');
  await expect(commitmentSection(maya).getByRole('listitem')).toContainText('Shared with the circle');
  await expect(edit).toBeFocused();
  await expect(maya.getByTestId('announcer-polite')).toContainText('Commitment updated');
  await expectAccessible(maya);

  // After leaving, the ended session's page still offers it.
  await maya.getByRole('button', { name: 'Leave' }).click();
  await expect(maya.getByRole('heading', { name: 'You left the circle' })).toBeVisible();
  await expect(commitmentSection(maya).getByRole('listitem')).toContainText('Talk to Sam about the reorg before Friday');
  await expectAccessible(maya);

  // At home: the latest session's commitment, editable.
  await maya.goto('/home');
  await expect(commitmentSection(maya)).toContainText('From the session of');
  await commitmentSection(maya).getByRole('button', { name: 'Edit commitment' }).click();
  await commitmentSection(maya).getByLabel('Your commitment', { exact: true }).fill('Talk to Sam on Thursday');
  await commitmentSection(maya).getByRole('button', { name: 'Save changes' }).click();
  await expect(commitmentSection(maya).getByRole('listitem')).toContainText('Talk to Sam on Thursday');
  await expectAccessible(maya);
  await maya.reload();
  await expect(commitmentSection(maya).getByRole('listitem')).toContainText('Talk to Sam on Thursday');

  // The next session's check-in starts: that commitment is kept, no longer editable, and home offers the new session's.
  const next = cohort.sessions[1]!;
  await fay.goto(`/s/${next.id}`);
  await fay.getByRole('button', { name: 'Join session' }).click();
  await fay.getByRole('button', { name: 'Start session' }).click();
  await expect(fay.getByRole('heading', { name: 'Check-in' })).toBeVisible();
  await maya.reload();
  const earlier = maya.getByRole('region', { name: 'Earlier commitments' });
  await expect(earlier).toContainText('Talk to Sam on Thursday');
  await expect(earlier.getByRole('button', { name: 'Edit commitment' })).toHaveCount(0);
  await expect(commitmentSection(maya).getByLabel('What will you do before the next session?')).toBeVisible();
  await expectAccessible(maya);
  await Promise.all([fay, maya].map((page) => page.context().close()));
});
