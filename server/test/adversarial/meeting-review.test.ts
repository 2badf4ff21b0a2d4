import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/http-client';
import { openSession } from '../support/open-session';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' }, { captureLogs: true });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

/** An ended session of Ada, Ben, Cy and Di, all of whom were there. */
async function endedSession() {
  const circle = await openSession(server, ['Ada', 'Ben', 'Cy', 'Di']);
  await circle.fay.request('session:command', { type: 'session.start' });
  await circle.fay.request('session:command', { type: 'session.end' });
  const [ada] = circle.members;
  const answer = (body: unknown, cookie = ada!.cookie) => callApi(server.url, 'answerMeetingReview', { cookie, params: { sessionId: circle.session.id }, body });
  const summary = async () => (await callApi(server.url, 'meetingReviewSummary', { cookie: circle.facilitator.cookie, params: { sessionId: circle.session.id } })).body;
  const raw = (body: string) =>
    fetch(`${server.url}/api/sessions/${circle.session.id}/review`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: ada!.cookie }, body });
  return { ...circle, answer, summary, raw };
}

describe('meeting review: input an attacker sends', () => {
  it.each<[string, unknown]>([
    ['a comment of 501 characters', { rating: 7, comment: 'x'.repeat(501) }],
    ['a comment with a control character', { rating: 7, comment: 'fine\u0007' }],
    ['a comment with a line separator', { rating: 7, comment: 'one\u2028two' }],
    ['a rating of 0', { rating: 0 }],
    ['a rating of 11', { rating: 11 }],
    ['a rating of 7.5', { rating: 7.5 }],
    ['a rating as text', { rating: '7' }],
    ['no rating', { comment: 'Only words' }],
    ['a comment that is not text', { rating: 7, comment: { $gt: '' } }],
    ['a forged member id', { rating: 1, memberId: '00000000-0000-4000-8000-000000000001' }],
    ['a forged session id', { rating: 1, sessionId: '00000000-0000-4000-8000-000000000002' }],
  ])('%s → 400 invalid_payload, nothing stored', async (_name, body) => {
    const circle = await endedSession();
    const reply = await circle.answer(body);
    expect(reply.status).toBe(400);
    expect(reply.body.error?.code).toBe('invalid_payload');
    expect((await circle.summary()).answered).toBe(0);
  });

  it('a 2 MB body → 413, nothing stored', async () => {
    const circle = await endedSession();
    const reply = await circle.raw(JSON.stringify({ rating: 7, comment: 'x'.repeat(2_000_000) }));
    expect(reply.status).toBe(413);
    expect((await circle.summary()).answered).toBe(0);
  });

  it("a member cannot answer in another member's name: the forged id is refused, the answer is their own", async () => {
    const circle = await endedSession();
    const [ada, ben] = circle.members;
    expect((await circle.answer({ rating: 1, memberId: ben!.id })).status).toBe(400);
    await circle.answer({ rating: 1 });
    const exportedBen = await callApi(server.url, 'exportMyData', { cookie: ben!.cookie });
    expect(exportedBen.body.meetingReviews).toEqual([]);
    const exportedAda = await callApi(server.url, 'exportMyData', { cookie: ada!.cookie });
    expect(exportedAda.body.meetingReviews).toEqual([expect.objectContaining({ rating: 1 })]);
  });

  it('replaying one answer 20 times, and flooding 60 at once, still counts one answer', async () => {
    const circle = await endedSession();
    for (let i = 0; i < 20; i += 1) expect((await circle.answer({ rating: 2, comment: 'replayed' })).status).toBe(200);
    const flood = await Promise.all(Array.from({ length: 60 }, (_, i) => circle.answer({ rating: (i % 10) + 1 })));
    expect(flood.every((reply) => reply.status === 200 || reply.status === 429)).toBe(true);
    expect((await circle.summary()).answered).toBe(1);
    // The other members can still answer afterwards: the flood broke nothing.
    for (const member of circle.members.slice(1)) expect((await circle.answer({ rating: 8 }, member.cookie)).status).toBe(200);
    expect(await circle.summary()).toMatchObject({ answered: 4, hidden: false });
  });

  it('an answer to a session id that does not exist → 404', async () => {
    const circle = await endedSession();
    const reply = await callApi(server.url, 'answerMeetingReview', {
      cookie: circle.members[0]!.cookie,
      params: { sessionId: '00000000-0000-4000-8000-00000000dead' },
      body: { rating: 5 },
    });
    expect(reply.status).toBe(404);
  });
});

describe('meeting review: nothing of it in the logs', () => {
  it('ratings travel and are summarised without any comment text reaching a log line', async () => {
    const circle = await endedSession();
    const from = server.logLines.length;
    const secrets = ['I felt unheard 7f3a9c', 'The facilitator talked too much 2b8e1d', 'Nothing, it was perfect 91c4aa', 'Less advice please 5d0e77'];
    await Promise.all(circle.members.map((member, i) => circle.answer({ rating: i + 5, comment: secrets[i] }, member.cookie)));
    // Refused ones too: an over-long or malformed comment must not be echoed into a log.
    await circle.answer({ rating: 5, comment: `${secrets[0]} ${'x'.repeat(600)}` });
    await circle.answer({ rating: 5, comment: `${secrets[1]}\u0007` });
    await circle.raw(`{"rating":5,"comment":"${secrets[2]}`);
    expect((await circle.summary()).answered).toBe(4);
    await callApi(server.url, 'cohortHealth', { cookie: circle.facilitator.cookie, params: { cohortId: circle.cohort.id } });
    await callApi(server.url, 'exportMyData', { cookie: circle.members[0]!.cookie });
    await new Promise((resolve) => setTimeout(resolve, 100));

    const logs = server.logLines.slice(from).join('');
    expect(logs.length).toBeGreaterThan(0);
    expect(secrets.filter((secret) => logs.includes(secret.split(' ').at(-1)!))).toEqual([]);
  });
});
