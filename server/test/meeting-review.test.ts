import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/http-client';
import { openSession } from './support/open-session';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

const names = ['Ada', 'Ben', 'Cy', 'Di', 'Eve'];

/** A five-member circle whose session started; `toClosing` and `end` move it on. */
async function runningSession(attending = names) {
  const circle = await openSession(server, names, attending);
  await circle.fay.request('session:command', { type: 'session.start' });
  const member = (name: string) => circle.members.find((m) => m.name === name)!;
  const answer = (name: string, body: unknown, sessionId = circle.session.id) =>
    callApi(server.url, 'answerMeetingReview', { cookie: member(name).cookie, params: { sessionId }, body });
  const summary = (cookie = circle.facilitator.cookie) => callApi(server.url, 'meetingReviewSummary', { cookie, params: { sessionId: circle.session.id } });
  const toClosing = async () => {
    const phaseIndex = circle.live().state.agenda.phases.findIndex((phase) => phase.kind === 'closing');
    expect(phaseIndex).toBeGreaterThanOrEqual(0);
    await circle.fay.request('session:command', { type: 'phase.goTo', phaseIndex });
  };
  const end = () => circle.fay.request('session:command', { type: 'session.end' });
  return { ...circle, member, answer, summary, toClosing, end };
}

describe('meeting review: when members may answer', () => {
  it('is refused before the closing phase, taken in it and after the end', async () => {
    const circle = await runningSession();
    const early = await circle.answer('Ada', { rating: 8 });
    expect(early.status).toBe(409);
    expect(early.body.error?.code).toBe('wrong_phase');

    await circle.toClosing();
    const inClosing = await circle.answer('Ada', { rating: 8, comment: 'More time for the presenter' });
    expect(inClosing.status).toBe(200);
    expect(inClosing.body).toEqual({ sessionId: circle.session.id, rating: 8, comment: 'More time for the presenter' });

    await circle.end();
    expect((await circle.answer('Ben', { rating: 6, comment: '   ' })).body).toEqual({ sessionId: circle.session.id, rating: 6, comment: null });
  });

  it('is refused a week after the end', async () => {
    const circle = await runningSession();
    await circle.end();
    const { db } = server.app.services.repositories;
    await db.updateTable('sessions').set({ ended_at: Date.now() - 7 * 86_400_000 - 60_000 }).where('id', '=', circle.session.id).execute();
    const late = await circle.answer('Ada', { rating: 8 });
    expect(late.status).toBe(409);
    expect(late.body.error?.code).toBe('session_closed');
    expect((await circle.summary()).body.answered).toBe(0);
  });
});

describe('meeting review: who may answer', () => {
  it('refuses a member who was not there, a removed member, another cohort and the facilitator', async () => {
    const circle = await runningSession(['Ada', 'Ben', 'Cy', 'Di']);
    const other = await runningSession();
    await circle.end();

    const absent = await circle.answer('Eve', { rating: 9 });
    expect(absent.status).toBe(403);

    await callApi(server.url, 'removeMember', { cookie: circle.facilitator.cookie, params: { cohortId: circle.cohort.id, memberId: circle.member('Ada').id } });
    // Removal ends the member's sign-ins, so the answer is refused before it reaches the review.
    expect((await circle.answer('Ada', { rating: 9 })).status).toBe(401);

    const intruder = await other.answer('Ada', { rating: 1 }, circle.session.id);
    expect(intruder.status).toBe(404);
    expect(intruder.body.error?.code).toBe('not_found');

    const facilitator = await callApi(server.url, 'answerMeetingReview', { cookie: circle.facilitator.cookie, params: { sessionId: circle.session.id }, body: { rating: 10 } });
    expect(facilitator.status).toBe(403);

    expect((await circle.summary()).body).toMatchObject({ answered: 0, hidden: true });
  });
});

describe('meeting review: what the facilitator sees', () => {
  it('with 3 answers only their count; from 4 the average, spread and comments — never who said what', async () => {
    const circle = await runningSession();
    await circle.end();
    await circle.answer('Ada', { rating: 9, comment: 'Nothing, it was great' });
    await circle.answer('Ben', { rating: 5, comment: 'Less advice, more questions' });
    await circle.answer('Cy', { rating: 7 });

    const three = await circle.summary();
    expect(three.status).toBe(200);
    expect(three.body).toEqual({ sessionId: circle.session.id, startsAt: circle.session.startsAt, answered: 3, hidden: true });

    await circle.answer('Di', { rating: 8, comment: 'Start on time' });
    const four = await circle.summary();
    expect(four.body).toMatchObject({ answered: 4, hidden: false, average: 7.3, lowest: 5, highest: 9 });
    const comments = four.body.hidden === false ? four.body.comments : [];
    expect([...comments].sort()).toEqual(['Less advice, more questions', 'Nothing, it was great', 'Start on time']);
    const text = JSON.stringify(four.body);
    for (const member of circle.members) {
      expect(text).not.toContain(member.id);
      expect(text).not.toContain(member.name);
    }
  });

  it('answering again replaces the answer: no double counting', async () => {
    const circle = await runningSession();
    await circle.end();
    for (const name of ['Ada', 'Ben', 'Cy', 'Di']) await circle.answer(name, { rating: 4, comment: `${name} first` });
    expect((await circle.answer('Ada', { rating: 8, comment: 'Second thoughts' })).status).toBe(200);
    const summary = await circle.summary();
    expect(summary.body).toMatchObject({ answered: 4, average: 5, lowest: 4, highest: 8 });
    expect(summary.body.hidden === false && summary.body.comments).not.toContain('Ada first');
  });

  it('is for the facilitator of the cohort only', async () => {
    const circle = await runningSession();
    const other = await runningSession();
    await circle.end();
    expect((await circle.summary(circle.member('Ada').cookie)).status).toBe(403);
    const stranger = await circle.summary(other.facilitator.cookie);
    expect(stranger.status).toBe(404);
  });

  it('appears in the health report, and a deleted member takes their answer along', async () => {
    const circle = await runningSession();
    await circle.end();
    for (const name of ['Ada', 'Ben', 'Cy', 'Di']) await circle.answer(name, { rating: 7 });
    const health = async () => (await callApi(server.url, 'cohortHealth', { cookie: circle.facilitator.cookie, params: { cohortId: circle.cohort.id } })).body;
    expect((await health()).meetingReviews).toEqual([
      expect.objectContaining({ sessionId: circle.session.id, answered: 4, hidden: false, average: 7, present: 5, stillOpen: true }),
    ]);

    const exported = await callApi(server.url, 'exportMyData', { cookie: circle.member('Ada').cookie });
    expect(exported.body.meetingReviews).toEqual([{ sessionId: circle.session.id, rating: 7, comment: null, answeredAt: expect.any(Number) }]);
    expect((await callApi(server.url, 'deleteMyData', { cookie: circle.member('Ada').cookie })).status).toBe(200);

    expect((await circle.summary()).body).toEqual({ sessionId: circle.session.id, startsAt: circle.session.startsAt, answered: 3, hidden: true });
    expect((await health()).meetingReviews[0]).toMatchObject({ answered: 3, hidden: true });
  });
});
