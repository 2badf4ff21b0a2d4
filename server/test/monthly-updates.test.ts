import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/http-client';
import { createCohort } from './support/cohort-fixture';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' });
});
afterAll(async () => server.close());

const areas = (r: number) => [
  { rating: r, line: `work line ${r}` },
  { rating: 5, line: 'relationships line' },
  { rating: 6, line: '' },
];
const update = (r: number, share = false) => ({ areas: areas(r), topics: [{ title: `topic ${r}`, rank: 1, mightPresent: true }], shareWithFacilitator: share });

async function circle() {
  const fixture = await createCohort(server.url, ['Ada', 'Ben', 'Cy']);
  const [ada, ben, cy] = fixture.members as [(typeof fixture.members)[0], (typeof fixture.members)[0], (typeof fixture.members)[0]];
  const submit = (cookie: string, body: unknown, sessionId = fixture.session.id) => callApi(server.url, 'submitMonthlyUpdate', { cookie, params: { sessionId }, body });
  const submissions = (cookie = fixture.facilitator.cookie) => callApi(server.url, 'monthlyUpdateSubmissions', { cookie, params: { sessionId: fixture.session.id } });
  return { ...fixture, ada, ben, cy, submit, submissions };
}

describe('monthly updates: the member', () => {
  it('submits, replaces and reads back their own update, and sees their ratings over months', async () => {
    const c = await circle();
    expect((await c.submit(c.ada.cookie, update(3))).status).toBe(200);
    const replaced = await c.submit(c.ada.cookie, update(8, true));
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ sessionId: c.session.id, areas: areas(8), shareWithFacilitator: true });
    const mine = await callApi(server.url, 'myMonthlyUpdate', { cookie: c.ada.cookie, params: { sessionId: c.session.id } });
    expect(mine.body.update?.topics).toEqual([{ title: 'topic 8', rank: 1, mightPresent: true, urgency: 'medium' }]);
    expect((await callApi(server.url, 'myMonthlyUpdate', { cookie: c.ben.cookie, params: { sessionId: c.session.id } })).body).toEqual({ update: null });
    const ratings = await callApi(server.url, 'myUpdateRatings', { cookie: c.ada.cookie });
    expect(ratings.body).toEqual({ areaNames: ['work', 'relationships', 'self'], points: [{ sessionId: c.session.id, sessionStartsAt: c.session.startsAt, ratings: [8, 5, 6] }] });
    expect((await callApi(server.url, 'myUpdateRatings', { cookie: c.ben.cookie })).body.points).toEqual([]);
  });

  it('is refused once the session has started', async () => {
    const c = await circle();
    const { db } = server.app.services.repositories;
    await db.updateTable('sessions').set({ starts_at: Date.now() - 60_000 }).where('id', '=', c.session.id).execute();
    const late = await c.submit(c.ada.cookie, update(4));
    expect(late.status).toBe(409);
    expect(late.body.error?.code).toBe('session_closed');
  });
});

describe('monthly updates: who sees what', () => {
  it('the facilitator sees who submitted, never unshared ratings, lines or topics', async () => {
    const c = await circle();
    await c.submit(c.ada.cookie, update(2));
    await c.submit(c.ben.cookie, update(9, true));
    const seen = await c.submissions();
    expect(seen.status).toBe(200);
    expect(seen.body.submitted).toEqual(
      expect.arrayContaining([
        { memberId: c.ada.id, displayName: 'Ada', shared: null },
        { memberId: c.ben.id, displayName: 'Ben', shared: { areas: areas(9) } },
      ]),
    );
    expect(seen.body.submitted).toHaveLength(2);
    const text = JSON.stringify(seen.body);
    expect(text).not.toContain('work line 2');
    expect(text).not.toContain('topic');
    // Nor do the facilitator's other reads of the cohort carry them.
    const detail = await callApi(server.url, 'getCohort', { cookie: c.facilitator.cookie, params: { cohortId: c.cohort.id } });
    expect(JSON.stringify(detail.body)).not.toContain('work line');
  });

  it('refuses another member, another cohort, the facilitator as submitter, another cohort\'s facilitator and a removed member', async () => {
    const c = await circle();
    const other = await circle();
    await c.submit(c.ada.cookie, update(2));
    // Another member reads only their own: there is no route to someone else's update, and their own read is empty.
    expect((await callApi(server.url, 'myMonthlyUpdate', { cookie: c.ben.cookie, params: { sessionId: c.session.id } })).body).toEqual({ update: null });
    // Another cohort's member cannot submit to this session nor read its submissions.
    const intruder = await c.submit(other.ada.cookie, update(1));
    expect(intruder.status).toBe(404);
    expect((await c.submissions(other.ada.cookie)).status).toBe(403);
    // Another cohort's facilitator gets nothing.
    expect((await c.submissions(other.facilitator.cookie)).status).toBe(404);
    // The facilitator is not a member and cannot submit.
    expect((await c.submit(c.facilitator.cookie, update(1))).status).toBe(403);
    // A removed member: signed out, and their update leaves the facilitator's list.
    await callApi(server.url, 'removeMember', { cookie: c.facilitator.cookie, params: { cohortId: c.cohort.id, memberId: c.ada.id } });
    expect((await c.submit(c.ada.cookie, update(5))).status).toBe(401);
    expect((await c.submissions()).body.submitted).toEqual([]);
  });
});

describe('monthly updates: the reminder on the member home', () => {
  it('shows "update due" from five days before the next session until the member submits', async () => {
    const c = await circle();
    const { db } = server.app.services.repositories;
    const home = async () => (await callApi(server.url, 'memberHome', { cookie: c.ada.cookie })).body;
    await db.updateTable('sessions').set({ starts_at: Date.now() + 6 * 86_400_000 }).where('id', '=', c.session.id).execute();
    expect((await home()).updateDue).toBe(false);
    await db.updateTable('sessions').set({ starts_at: Date.now() + 4 * 86_400_000 }).where('id', '=', c.session.id).execute();
    expect((await home()).updateDue).toBe(true);
    await c.submit(c.ada.cookie, update(7));
    expect((await home()).updateDue).toBe(false);
  });
});
