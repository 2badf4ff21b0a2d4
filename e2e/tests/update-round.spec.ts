import type { Page } from '@playwright/test';
import { createCohort } from '../../server/test/support/cohort-fixture';
import { callApi } from '../../server/test/support/http-client';
import { expectNoAxeViolations as expectAccessible } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { submitUpdate } from '../support/monthly-update';
import { signedInPage } from '../support/signed-in';

const secretOf = (name: string) => `${name} sleeps badly since the merger`;
const updateOf = (name: string, ratings: [number, number, number], share: boolean) => ({
  ratings,
  lines: [secretOf(name), `${name} on relationships`, `${name} on self`] as [string, string, string],
  topic: `${name} wonders about leaving`,
  share,
});
const cardOf = (page: Page, name: string) => page.getByRole('region', { name: `${name}’s update` });

/** The member whose page says it is their turn, if any. */
async function whoseTurn(pages: Record<'Maya' | 'Ravi' | 'Ines', Page>) {
  for (const name of ['Maya', 'Ravi', 'Ines'] as const) {
    if ((await pages[name].getByTestId('floor-status').textContent())?.includes("It's your turn")) return name;
  }
  return null;
}

async function floorHolder(pages: Record<'Maya' | 'Ravi' | 'Ines', Page>) {
  await expect.poll(() => whoseTurn(pages)).not.toBeNull();
  const holder = await whoseTurn(pages);
  if (holder === null) throw new Error('nobody holds the floor');
  return holder;
}

test("the update round: members submit at home, each card is shown to the circle only during its owner's turn, the facilitator sees who submitted", async ({ browser, server }) => {
  test.setTimeout(240_000);
  const { facilitator, members, cohort, session } = await createCohort(server.url, ['Maya', 'Ravi', 'Ines'], { acceptAgreement: true });
  const fay = await signedInPage(browser, server.url, facilitator.cookie);
  const [maya, ravi, ines] = await Promise.all(members.map((member) => signedInPage(browser, server.url, member.cookie)));
  const pages = { Fay: fay, Maya: maya!, Ravi: ravi!, Ines: ines! };

  // Maya shares her ratings with the facilitator; Ravi does not; Ines submits nothing.
  await submitUpdate(maya!, updateOf('Maya', [7, 5, 6], true));
  await expectAccessible(maya!);
  await submitUpdate(ravi!, updateOf('Ravi', [2, 9, 4], false));

  // A second update of Maya's, for the session after (seeded by API): her chart now has two points.
  const detail = await callApi(server.url, 'getCohort', { cookie: facilitator.cookie, params: { cohortId: cohort.id } });
  const later = detail.body.sessions.find((s) => s.id !== session.id && s.status === 'scheduled' && s.startsAt > session.startsAt)!;
  const seeded = await callApi(server.url, 'submitMonthlyUpdate', {
    cookie: members[0]!.cookie,
    params: { sessionId: later.id },
    body: { areas: [{ rating: 8, line: '' }, { rating: 6, line: '' }, { rating: 3, line: '' }], topics: [], shareWithFacilitator: false },
  });
  expect(seeded.status).toBe(200);
  await maya!.reload();
  const chart = maya!.getByRole('region', { name: 'My ratings over months' });
  await expect(chart.getByRole('img', { name: /^Your ratings over 2 updates/ })).toBeVisible();
  await chart.getByText('My ratings as a table').click();
  await expect(chart.getByRole('table')).toContainText('7');
  await expect(chart.getByRole('row')).toHaveCount(3);
  await expectAccessible(maya!);

  // The facilitator sees who submitted, and only shared ratings.
  await fay.goto(`/cohorts/${cohort.id}`);
  const submissions = fay.getByText('Updates: 2 of 3 submitted').first();
  await submissions.click();
  await expect(fay.getByText('Maya: work 7, relationships 5, self 6')).toBeVisible();
  await expect(fay.getByText('Ravi (ratings not shared)')).toBeVisible();
  await expect(fay.getByText('work 2')).toHaveCount(0);
  await expect(fay.getByText(secretOf('Ravi'))).toHaveCount(0);
  await expectAccessible(fay);

  // The circle.
  await fay.goto(`/s/${session.id}`);
  await fay.getByRole('button', { name: 'Join session' }).click();
  await fay.getByLabel('Let everyone in directly').check();
  for (const page of [maya!, ravi!, ines!]) {
    await page.goto(`/s/${session.id}`);
    await page.getByRole('button', { name: 'Join session' }).click();
    await expect(page.getByRole('complementary', { name: 'Circle panel' })).toBeVisible({ timeout: 30_000 });
  }
  for (const page of Object.values(pages)) await expect(page.getByText('sleeps badly')).toHaveCount(0);
  await fay.getByRole('button', { name: 'Start session' }).click();
  await expect(ines!.getByRole('heading', { name: 'Check-in' })).toBeVisible();

  const spoken: string[] = [];
  for (let turn = 0; turn < 3; turn += 1) {
    const holder = await floorHolder(pages);
    expect(spoken).not.toContain(holder);
    for (const page of Object.values(pages)) {
      if (holder === 'Ines') {
        await expect(page.getByTestId('floor-update-card')).toHaveCount(0);
      } else {
        await expect(cardOf(page, holder)).toContainText(secretOf(holder));
        await expect(cardOf(page, holder)).toContainText(`${holder} wonders about leaving`);
      }
      // Nobody else's card, on anybody's page.
      for (const other of ['Maya', 'Ravi'].filter((name) => name !== holder)) await expect(page.getByText(secretOf(other))).toHaveCount(0);
    }
    if (holder !== 'Ines') {
      await expect(ines!.getByTestId('announcer-polite')).toContainText(`${holder}’s update`);
      await expectAccessible(ines!);
    }
    spoken.push(holder);
    await pages[holder].getByRole('button', { name: "I'm done" }).click();
    // The floor moves when the server's update arrives, not with the click: until then this page
    // still says it is their turn.
    await expect(pages[holder].getByTestId('floor-status')).not.toContainText("It's your turn");
  }
  await expect(ines!.getByTestId('floor-status')).toContainText('The round is complete');
  for (const page of Object.values(pages)) {
    await expect(page.getByTestId('floor-update-card')).toHaveCount(0);
    await expect(page.getByText('sleeps badly')).toHaveCount(0);
  }
});
