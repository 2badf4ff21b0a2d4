import { createCohort, type SignedIn } from '../../server/test/support/cohort-fixture';
import { callApi } from '../../server/test/support/http-client';
import { expectNoAxeViolations } from '../support/accessibility';
import { setSectionOpen, startSession } from '../support/console';
import { expect, test } from '../support/fixtures';
import { joinSessionBySocket } from '../support/peer-socket';
import { signedInPage } from '../support/signed-in';

test('members rate the meeting anonymously; the facilitator sees the average only from four answers', async ({ browser, server }) => {
  test.setTimeout(180_000);
  const { session, facilitator, members, cohort } = await createCohort(server.url, ['Maya', 'Ana', 'Ben', 'Cy', 'Di'], { acceptAgreement: true });
  const [mayaMember, ...others] = members as [SignedIn, ...SignedIn[]];
  const fay = await signedInPage(browser, server.url, facilitator.cookie);
  const maya = await signedInPage(browser, server.url, mayaMember.cookie);
  await fay.goto(`/s/${session.id}`);
  await fay.getByRole('button', { name: 'Join session' }).click();
  await fay.getByLabel('Let everyone in directly').check();
  await maya.goto(`/s/${session.id}`);
  await maya.getByRole('button', { name: 'Join session' }).click();
  await expect(maya.getByRole('complementary', { name: 'Circle panel' })).toBeVisible({ timeout: 30_000 });
  const sockets = await Promise.all(others.map((member) => joinSessionBySocket(server.url, member.cookie, session.id)));

  // At the closing the form appears in Maya's panel.
  await startSession(fay);
  await setSectionOpen(fay, /^Agenda/, true);
  await fay.getByRole('button', { name: /^Go to phase \d+: Closing round$/ }).click();
  await expect(maya.getByRole('complementary', { name: 'Circle panel' }).getByRole('region', { name: 'Rate this meeting' })).toBeVisible();
  await expect(fay.getByRole('region', { name: 'Rate this meeting' })).toHaveCount(0);

  await fay.getByRole('button', { name: 'End session' }).click();
  await fay.getByRole('button', { name: 'Yes, end the session' }).click();
  await expect(maya.getByRole('heading', { name: 'The session has ended' })).toBeVisible();

  // Three answer through the API: still too few to show anything but the count.
  const answer = (member: SignedIn, rating: number, comment?: string) =>
    callApi(server.url, 'answerMeetingReview', { cookie: member.cookie, params: { sessionId: session.id }, body: { rating, comment } });
  for (const [i, member] of others.slice(0, 3).entries()) expect((await answer(member, 6 + i, `Comment ${i + 1}`)).status).toBe(200);
  const summary = () => callApi(server.url, 'meetingReviewSummary', { cookie: facilitator.cookie, params: { sessionId: session.id } });
  expect((await summary()).body).toMatchObject({ answered: 3, hidden: true });

  // Maya answers on the ended screen, by keyboard: the radio group moves with the arrow keys.
  const form = maya.locator('.session-ended').getByRole('region', { name: 'Rate this meeting' });
  await expect(form).toBeVisible();
  await expectNoAxeViolations(maya, '.session-ended');
  const five = form.getByRole('radio', { name: '5', exact: true });
  await five.focus();
  await maya.keyboard.press('Space');
  await maya.keyboard.press('ArrowRight');
  await expect(form.getByRole('radio', { name: '6', exact: true })).toBeChecked();
  await form.getByLabel('What would have made it a 10? (optional)').fill('A longer silence before responding');
  await form.getByRole('button', { name: 'Send your rating' }).click();
  await expect(form).toContainText('you rated this meeting 6 out of 10');
  await expect(maya.getByTestId('announcer-polite')).toContainText('your rating of 6 is saved');
  await expectNoAxeViolations(maya, '.session-ended');

  // The fourth answer reached the facilitator's aggregate; the last API answer makes five.
  expect((await summary()).body).toMatchObject({ answered: 4, hidden: false, average: 6.8, lowest: 6, highest: 8 });
  expect((await answer(others[3]!, 9)).status).toBe(200);

  // The health view: chart with its text alternative, the table and the comments, accessible.
  await fay.goto(`/cohorts/${cohort.id}`);
  const block = fay.getByRole('group', { name: 'Meeting review' });
  await expect(block.getByRole('img', { name: /Average meeting rating out of 10, oldest first — .*: 7\.2/ })).toBeVisible();
  await block.getByText('Meeting review as a table').click();
  await expect(block.getByRole('table')).toContainText('5 of 5 present');
  await block.getByText(/What would have made it a 10/).click();
  await expect(block.getByRole('listitem')).toHaveCount(4);
  await expect(block).toContainText('A longer silence before responding');
  await expect(block).not.toContainText('Maya');
  await expectNoAxeViolations(fay, '#health');

  sockets.forEach((socket) => socket.disconnect());
  await Promise.all([fay, maya].map((page) => page.context().close()));
});
