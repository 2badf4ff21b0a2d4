import { createCohort } from '../../server/test/support/cohort-fixture';
import { callApi } from '../../server/test/support/http-client';
import { expectNoAxeViolations as expectAccessible } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { signedInPage } from '../support/signed-in';

const TITLE = 'Whether to take the Lisbon role';

test('the parking lot: a might-present topic waits on member home; the facilitator sees it without its text until shared', async ({ browser, server }) => {
  test.setTimeout(120_000);
  const { session, facilitator, members, cohort } = await createCohort(server.url, ['Maya', 'Ravi'], { acceptAgreement: true });
  const [maya] = members as [(typeof members)[0]];
  const update = {
    areas: [
      { rating: 6, line: '' },
      { rating: 7, line: '' },
      { rating: 5, line: '' },
    ],
    topics: [
      { title: TITLE, rank: 1, mightPresent: true, urgency: 'high' },
      { title: 'Just news', rank: 2, mightPresent: false },
    ],
    shareWithFacilitator: false,
  };
  expect((await callApi(server.url, 'submitMonthlyUpdate', { cookie: maya.cookie, params: { sessionId: session.id }, body: update })).status).toBe(200);

  const mayaPage = await signedInPage(browser, server.url, maya.cookie);
  const fay = await signedInPage(browser, server.url, facilitator.cookie);

  await mayaPage.goto('/home');
  const mine = mayaPage.getByRole('region', { name: 'My parked topics' });
  await expect(mine).toContainText(TITLE);
  await expect(mine).toContainText('High urgency · importance 1');
  await expect(mine).not.toContainText('Just news');
  await expectAccessible(mayaPage);

  await fay.goto(`/cohorts/${cohort.id}`);
  const lot = fay.getByRole('region', { name: 'Parking lot' });
  await expect(lot.getByRole('row', { name: /Maya/ })).toContainText('(not shared)');
  await expect(lot).toContainText('High urgency');
  await expect(fay.getByText(TITLE)).toHaveCount(0);
  // Nobody presented yet and Maya sits first anyway: the rotation, not the topic, proposes her.
  await expect(lot.getByTestId('proposed-presenter')).toContainText('Maya');
  await expectAccessible(fay);

  // By keyboard: Maya shares the topic with the facilitator.
  const share = mine.getByRole('checkbox', { name: `Share “${TITLE}” with facilitator` });
  await share.focus();
  await mayaPage.keyboard.press('Space');
  await expect(mayaPage.getByTestId('announcer-polite')).toContainText('is shared with your facilitator');
  await expect(share).toBeChecked();
  await fay.reload();
  await expect(lot.getByRole('row', { name: /Maya/ })).toContainText(TITLE);
  await expect(lot).not.toContainText('(not shared)');

  // Ravi parks an unshared topic: once Maya's is gone, the proposal names him because of it.
  const ravi = members[1]!;
  await callApi(server.url, 'submitMonthlyUpdate', { cookie: ravi.cookie, params: { sessionId: session.id }, body: { ...update, topics: [{ title: 'Ravi private', rank: 1, mightPresent: true, urgency: 'high' }] } });
  // Maya removes hers, by keyboard.
  await mine.getByRole('button', { name: `Remove “${TITLE}”` }).focus();
  await mayaPage.keyboard.press('Enter');
  await expect(mayaPage.getByTestId('announcer-polite')).toContainText('removed from the parking lot');
  await expect(mine).toContainText('Nothing parked.');
  await fay.reload();
  await expect(lot.getByTestId('proposed-presenter')).toContainText('Ravi — has an urgent parked topic');
  await expect(lot).toContainText('(not shared)');
  await expect(fay.getByText('Ravi private')).toHaveCount(0);
  await expectAccessible(fay);
  await expectAccessible(mayaPage);
});
