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

/** Ada and Ben's circle after a session in which Ada committed to something at the closing. */
async function afterASession() {
  const circle = await openSession(server, ['Ada', 'Ben']);
  const [ada, ben] = circle.members as [(typeof circle.members)[0], (typeof circle.members)[0]];
  await circle.fay.request('session:command', { type: 'session.start' });
  const added = await callApi(server.url, 'addCommitment', {
    cookie: ada.cookie,
    params: { sessionId: circle.session.id },
    body: { text: 'Delegate the hiring loop', visibility: 'private' },
  });
  expect(added.status).toBe(201);
  await circle.fay.request('session:command', { type: 'session.end' });
  const edit = (cookie: string, text: string, commitmentId = added.body.id) =>
    callApi(server.url, 'updateCommitment', { cookie, params: { commitmentId }, body: { text, visibility: 'shared' } });
  const mine = (cookie: string) => callApi(server.url, 'sessionCommitments', { cookie, params: { sessionId: circle.session.id } });
  return { ...circle, ada, ben, commitment: added.body, edit, mine };
}

describe("editing one's commitment after the session", () => {
  it('the member who made it changes its text and visibility; their home offers that session', async () => {
    const { ada, edit, mine, commitment, session } = await afterASession();
    const edited = await edit(ada.cookie, 'Delegate the hiring loop to Sam by Friday');
    expect(edited.status).toBe(200);
    expect(edited.body).toEqual({ ...commitment, text: 'Delegate the hiring loop to Sam by Friday', visibility: 'shared' });
    expect((await mine(ada.cookie)).body).toMatchObject({ sessionId: session.id, open: true, commitments: [edited.body] });
    const home = (await callApi(server.url, 'memberHome', { cookie: ada.cookie })).body;
    expect(home.commitmentSession).toEqual({ sessionId: session.id, startsAt: session.startsAt });
    expect(home.commitments).toEqual([edited.body]);
  });

  it("another member cannot edit it, nor see it among theirs: as if it did not exist", async () => {
    const { ben, edit, mine, ada } = await afterASession();
    const attempt = await edit(ben.cookie, 'Written by Ben');
    expect(attempt.status).toBe(404);
    expect(attempt.body.error?.code).toBe('not_found');
    expect((await mine(ben.cookie)).body.commitments).toEqual([]);
    expect((await mine(ada.cookie)).body.commitments.map((c) => c.text)).toEqual(['Delegate the hiring loop']);
  });

  it('the facilitator cannot edit it', async () => {
    const { facilitator, edit, mine, ada } = await afterASession();
    const attempt = await edit(facilitator.cookie, 'Written by the facilitator');
    expect(attempt.status).toBe(403);
    expect(attempt.body.error?.code).toBe('forbidden');
    expect((await mine(ada.cookie)).body.commitments.map((c) => c.text)).toEqual(['Delegate the hiring loop']);
  });

  it('an empty or over-long commitment is refused', async () => {
    const { ada, edit } = await afterASession();
    expect((await edit(ada.cookie, '   ')).status).toBe(400);
    expect((await edit(ada.cookie, 'x'.repeat(501))).status).toBe(400);
  });

  it("stays open while the next session's door is open, and closes when its check-in starts", async () => {
    const { ada, fay, edit, mine, cohort, session } = await afterASession();
    const next = cohort.sessions[1]!;
    await fay.request('room:leave', {});
    await fay.request('room:join', { sessionId: next.id });
    expect((await edit(ada.cookie, 'Still mine to change')).status).toBe(200);

    await fay.request('session:command', { type: 'session.start' });

    const late = await edit(ada.cookie, 'Too late');
    expect(late.status).toBe(409);
    expect(late.body.error?.code).toBe('session_closed');
    const added = await callApi(server.url, 'addCommitment', { cookie: ada.cookie, params: { sessionId: session.id }, body: { text: 'Another', visibility: 'private' } });
    expect(added.status).toBe(409);
    expect((await mine(ada.cookie)).body).toMatchObject({ open: false, commitments: [{ text: 'Still mine to change' }] });
    const home = (await callApi(server.url, 'memberHome', { cookie: ada.cookie })).body;
    expect(home.commitmentSession).toEqual({ sessionId: next.id, startsAt: next.startsAt });
  });
});
