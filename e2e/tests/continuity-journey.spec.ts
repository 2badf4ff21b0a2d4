import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createCohort, type SignedIn } from '../../server/test/support/cohort-fixture';
import { callApi } from '../../server/test/support/http-client';
import { expectNoAxeViolations as expectAccessible } from '../support/accessibility';
import { setSectionOpen } from '../support/console';
import { expect, test } from '../support/fixtures';
import { submitUpdate } from '../support/monthly-update';
import { joinSessionBySocket, request, type PeerSocket } from '../support/peer-socket';
import { startServer } from '../support/server-process';
import { signedInPage } from '../support/signed-in';

/** Every text typed in the journey, to search the server's output for afterwards. */
const entered: string[] = [];
const typed = <T extends string>(text: T): T => (entered.push(text), text);

const lineOf = (name: string) => typed(`${name} carries the Quarrymoor reorg home every night`);
const ISSUE = typed('Whether to hand the Quarrymoor platform team to Ana.');
const NOTE = typed('You smiled when you said "let go" — notice that.');
const COMMITMENT = typed('Ask Ana what she would need to lead Quarrymoor');
const REVIEW_COMMENT = typed('More silence after the hard question');

const circlePanel = (page: Page) => page.getByRole('complementary', { name: 'Circle panel' });
const cardOf = (page: Page, name: string) => page.getByRole('region', { name: `${name}’s update` });

/** Opens the facilitator's session with the door open, and the members' browsers walk in. */
async function openWithBrowsers(fay: Page, members: Page[], sessionId: string) {
  await fay.goto(`/s/${sessionId}`);
  await fay.getByRole('button', { name: 'Join session' }).click();
  await fay.getByLabel('Let everyone in directly').check();
  for (const page of members) {
    await page.goto(`/s/${sessionId}`);
    await page.getByRole('button', { name: 'Join session' }).click();
    await expect(circlePanel(page)).toBeVisible({ timeout: 30_000 });
  }
}

async function filesUnder(dir: string): Promise<Buffer[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return Promise.all(entries.filter((entry) => entry.isFile()).map((entry) => readFile(path.join(entry.parentPath, entry.name))));
}

/**
 * Issue 10's journey across two sessions: updates before the first, each card shown only in its
 * owner's check-in turn, the brief from the presentation on, a note handed over to the presenter, the
 * meeting review; the second session's check-in brings back the commitment and the health view the
 * review's trend. The server logs at debug level throughout, and none of the texts typed reaches it.
 */
test('continuity between two sessions: update round, brief, notes for the presenter, meeting review, commitment and trend', async ({ browser }) => {
  test.setTimeout(300_000);
  const server = await startServer({ captureOutput: true, env: { DEMO_ROOMS: '0', LOG_LEVEL: 'debug' } });
  const sockets: PeerSocket[] = [];
  try {
    const { session, facilitator, members, cohort } = await createCohort(server.url, ['Maya', 'Ravi', 'Ana', 'Ben'], { acceptAgreement: true });
    const [mayaMember, raviMember, ...socketMembers] = members as [SignedIn, SignedIn, SignedIn, SignedIn];
    await callApi(server.url, 'updateSession', { cookie: facilitator.cookie, params: { sessionId: session.id }, body: { presenterOverrideId: mayaMember.id } });
    const fay = await signedInPage(browser, server.url, facilitator.cookie);
    const maya = await signedInPage(browser, server.url, mayaMember.cookie);
    const ravi = await signedInPage(browser, server.url, raviMember.cookie);

    // Before the session: Maya and Ravi send their updates at home, Ana and Ben through the API; Maya's brief is ready.
    for (const [page, name] of [[maya, 'Maya'], [ravi, 'Ravi']] as const) {
      await submitUpdate(page, { ratings: [6, 7, 8], lines: [lineOf(name), typed(`${name} and family`), typed(`${name} sleeps`)], topic: typed(`${name} weighs a sabbatical`), share: false });
    }
    for (const member of socketMembers) {
      const body = { areas: [lineOf(member.name), typed(`${member.name} at home`), typed(`${member.name} alone`)].map((line) => ({ rating: 5, line })), topics: [], shareWithFacilitator: false };
      expect((await callApi(server.url, 'submitMonthlyUpdate', { cookie: member.cookie, params: { sessionId: session.id }, body })).status).toBe(200);
    }
    await maya.goto('/home');
    const briefForm = maya.getByRole('region', { name: /^Your brief for/ });
    await briefForm.getByLabel('The issue in one sentence').fill(ISSUE);
    await briefForm.getByRole('button', { name: 'Mark ready' }).click();
    await expect(briefForm).toContainText('Ready: the circle will see it when the presentation starts');

    // Session one: the check-in is the update round; each card is shown only during its owner's turn.
    await openWithBrowsers(fay, [maya, ravi], session.id);
    for (const member of socketMembers) sockets.push(await joinSessionBySocket(server.url, member.cookie, session.id));
    for (const page of [fay, maya, ravi]) await expect(page.getByText('Quarrymoor reorg')).toHaveCount(0);
    await fay.getByRole('button', { name: 'Start session' }).click();
    await expect(ravi.getByRole('heading', { name: 'Check-in' })).toBeVisible();
    const spoke: string[] = [];
    for (let turn = 0; turn < members.length; turn += 1) {
      const status = fay.getByTestId('floor-status');
      await expect(status).toContainText(/(\w+) is speaking/);
      const holder = /(\w+) is speaking/.exec(await status.innerText())![1]!;
      expect(spoke).not.toContain(holder);
      for (const page of [fay, maya, ravi]) {
        await expect(cardOf(page, holder)).toContainText(lineOf(holder));
        await expect(page.getByText('Quarrymoor reorg')).toHaveCount(1);
      }
      if (turn === 0) await expectAccessible(ravi);
      spoke.push(holder);
      const socketMember = socketMembers.findIndex((member) => member.name === holder);
      if (socketMember >= 0) await request(sockets[socketMember]!, 'session:command', { type: 'turn.done' });
      else await (holder === 'Maya' ? maya : ravi).getByRole('button', { name: "I'm done" }).click();
      await expect(status).not.toContainText(`${holder} is speaking`);
    }
    for (const page of [fay, maya, ravi]) await expect(page.getByText('Quarrymoor reorg')).toHaveCount(0);

    // The presentation: Maya's brief is pinned for the circle; Ravi writes her a note.
    await setSectionOpen(fay, /^Agenda/, true);
    await fay.getByRole('button', { name: /^Go to phase \d+: The dilemma$/ }).click();
    await expect(ravi.getByRole('region', { name: 'Maya’s brief' })).toContainText(ISSUE);
    const noteForm = circlePanel(ravi).getByRole('region', { name: 'Note for Maya' });
    await noteForm.getByLabel('Your note').fill(NOTE);
    await noteForm.getByRole('button', { name: 'Send note' }).click();
    await expect(ravi.getByTestId('announcer-polite')).toContainText('Note sent to Maya');

    // The closing: Maya's commitment, the meeting review (Ravi in the room, the others through the API).
    await fay.getByRole('button', { name: /^Go to phase \d+: Closing round$/ }).click();
    await expect(ravi.getByRole('region', { name: 'Maya’s brief' })).toHaveCount(0);
    const commitment = maya.getByRole('region', { name: 'Your commitment for next time' });
    await commitment.getByLabel('What will you do before the next session?').fill(COMMITMENT);
    await commitment.getByRole('button', { name: 'Save commitment' }).click();
    await expect(commitment.getByRole('listitem')).toContainText(COMMITMENT);
    const review = circlePanel(ravi).getByRole('region', { name: 'Rate this meeting' });
    await review.getByRole('radio', { name: '8', exact: true }).check();
    await review.getByLabel('What would have made it a 10? (optional)').fill(REVIEW_COMMENT);
    await review.getByRole('button', { name: 'Send your rating' }).click();
    await expect(review).toContainText('you rated this meeting 8 out of 10');
    for (const [member, rating] of [[mayaMember, 7], ...socketMembers.map((m, i) => [m, 6 + 3 * i] as const)] as const) {
      expect((await callApi(server.url, 'answerMeetingReview', { cookie: member.cookie, params: { sessionId: session.id }, body: { rating } })).status).toBe(200);
    }
    await fay.getByRole('button', { name: 'End session' }).click();
    await fay.getByRole('button', { name: 'Yes, end the session' }).click();
    await expect(ravi.getByRole('heading', { name: 'The session has ended' })).toBeVisible();
    sockets.splice(0).forEach((socket) => socket.disconnect());

    // The note is handed over: Maya reads it at home; Ravi, who wrote it, does not.
    await maya.goto('/home');
    await expect(maya.getByRole('region', { name: 'Notes for you' })).toContainText(NOTE);
    await expectAccessible(maya);
    await ravi.goto('/home');
    await expect(ravi.getByText(NOTE)).toHaveCount(0);

    // Session two: its check-in brings back Maya's commitment.
    const next = cohort.sessions[1]!;
    await openWithBrowsers(fay, [maya], next.id);
    await fay.getByRole('button', { name: 'Start session' }).click();
    await expect(maya.getByRole('heading', { name: 'Check-in' })).toBeVisible();
    await expect(maya.getByRole('region', { name: 'Your commitment from last time' })).toContainText(COMMITMENT);

    // The health view: the review's trend, with its text alternative; the anonymous comment, nobody's name.
    await fay.goto(`/cohorts/${cohort.id}`);
    const trend = fay.getByRole('group', { name: 'Meeting review' });
    await expect(trend.getByRole('img', { name: /Average meeting rating out of 10, oldest first — .*: 7\.5/ })).toBeVisible();
    await trend.getByText('Meeting review as a table').click();
    await expect(trend.getByRole('table')).toContainText('4 of 4 present');
    await trend.getByText(/What would have made it a 10/).click();
    await expect(trend).toContainText(REVIEW_COMMENT);
    await expectAccessible(fay, '#health');

    // None of it in the server's output; the note unreadable in its database files.
    const output = server.output();
    expect(output.length).toBeGreaterThan(0);
    expect(entered.filter((text) => output.includes(text))).toEqual([]);
    expect((await filesUnder(server.dataDir)).filter((file) => file.includes(NOTE))).toEqual([]);
    await Promise.all([fay, maya, ravi].map((page) => page.context().close()));
  } finally {
    sockets.forEach((socket) => socket.disconnect());
    await server.stop();
  }
});
