import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCohort } from './support/cohort-fixture';
import { callApi } from './support/http-client';
import { openSession } from './support/open-session';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

const preview = (sessionId: string, cookie?: string) => callApi(server.url, 'sessionPreview', { params: { sessionId }, ...(cookie ? { cookie } : {}) });

describe('GET /api/sessions/:sessionId/preview', () => {
  it('tells members and facilitators when it is, who is likely to present by rotation, and when the circle meets after', async () => {
    const { cohort, session, facilitator, members } = await createCohort(server.url, ['Maya', 'Ravi']);
    for (const cookie of [facilitator.cookie, members[1]!.cookie]) {
      const { status, body } = await preview(session.id, cookie);
      expect(status).toBe(200);
      expect(body).toMatchObject({
        sessionId: session.id,
        cohortName: cohort.name,
        startsAt: session.startsAt,
        status: 'scheduled',
        // Nobody has presented yet: the rotation starts with the first member.
        presenter: { id: members[0]!.id, displayName: 'Maya', settled: false },
      });
      expect(body.nextSessionStartsAt).toBe(cohort.sessions[1]!.startsAt);
    }
  });

  it('names the facilitator\'s chosen presenter as settled', async () => {
    const { session, facilitator, members } = await createCohort(server.url, ['Maya', 'Ravi']);
    await callApi(server.url, 'updateSession', { cookie: facilitator.cookie, params: { sessionId: session.id }, body: { presenterOverrideId: members[1]!.id } });
    expect((await preview(session.id, members[0]!.cookie)).body.presenter).toEqual({ id: members[1]!.id, displayName: 'Ravi', settled: true });
  });

  it('follows the circle once the session is open: the presenter the facilitator sets there, settled at the start', async () => {
    const open = await openSession(server, ['Maya', 'Ravi']);
    const ravi = open.members[1]!;
    await open.fay.request('session:command', { type: 'presenter.set', participantId: ravi.id });
    expect((await preview(open.session.id, ravi.cookie)).body).toMatchObject({ status: 'open', presenter: { displayName: 'Ravi', settled: false } });
    await open.fay.request('session:command', { type: 'session.start' });
    expect((await preview(open.session.id, ravi.cookie)).body.presenter).toMatchObject({ id: ravi.id, settled: true });
  });

  it('is not found for anyone outside the cohort, and needs a sign-in', async () => {
    const mine = await createCohort(server.url, ['Maya']);
    const theirs = await createCohort(server.url, ['Omar']);
    for (const cookie of [theirs.facilitator.cookie, theirs.members[0]!.cookie]) {
      const { status, body } = await preview(mine.session.id, cookie);
      expect(status).toBe(404);
      expect(JSON.stringify(body)).not.toContain('Maya');
    }
    expect((await preview(mine.session.id)).status).toBe(401);
  });
});
