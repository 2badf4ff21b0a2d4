import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expireAllInvites } from './support/age-invites';
import { createCohort } from './support/cohort-fixture';
import { callApi } from './support/http-client';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ RECONNECT_GRACE_MS: '3000', DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

const tokenOf = (inviteUrl: string) => inviteUrl.split('/invite/')[1]!;

describe('invite links', () => {
  it('work once, then never again', async () => {
    const { cohort, facilitator } = await createCohort(server.url, []);
    const invite = await callApi(server.url, 'addMember', { cookie: facilitator.cookie, params: { cohortId: cohort.id }, body: { displayName: 'Maya' } });
    expect(invite.status).toBe(201);
    expect(tokenOf(invite.body.inviteUrl)).toMatch(/^[A-Za-z0-9_-]{22}$/);

    const first = await callApi(server.url, 'redeemInvite', { body: { token: tokenOf(invite.body.inviteUrl) } });
    expect(first.status).toBe(200);
    expect(first.loginCookie).toBeDefined();
    const again = await callApi(server.url, 'redeemInvite', { body: { token: tokenOf(invite.body.inviteUrl) } });
    expect(again.status).toBe(409);
    expect(again.loginCookie).toBeUndefined();
  });

  it('expire', async () => {
    const { cohort, facilitator } = await createCohort(server.url, []);
    const invite = await callApi(server.url, 'addMember', { cookie: facilitator.cookie, params: { cohortId: cohort.id }, body: { displayName: 'Ines' } });
    await expireAllInvites(server);
    const late = await callApi(server.url, 'redeemInvite', { body: { token: tokenOf(invite.body.inviteUrl) } });
    expect(late.status).toBe(410);
    expect(late.body.error?.code).toBe('link_expired');
  });

  it('cannot be guessed: wrong tokens are refused, then the guesser is rate limited', async () => {
    const strict = await startTestServer({ DEMO_ROOMS: '0' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i += 1) {
        const guess = `guess${String(i).padStart(17, '0')}`;
        statuses.push((await callApi(strict.url, 'redeemInvite', { body: { token: guess } })).status);
      }
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(404));
      expect(statuses.slice(10)).toEqual([429, 429]);
      const limited = await callApi(strict.url, 'redeemInvite', { body: { token: 'x'.repeat(22) } });
      expect(limited.body.error).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/Try again/) });
    } finally {
      await strict.close();
    }
  });
});

describe('the door of a cohort session', () => {
  it('asks for the agreement, then keeps a member in the lobby until the facilitator admits them', async () => {
    const { session, facilitator, members, cohort } = await createCohort(server.url, ['Maya']);
    const [maya] = members;
    const fay = await server.connect(undefined, facilitator.cookie);
    await fay.request('room:join', { sessionId: session.id });

    const mayaSocket = await server.connect(undefined, maya!.cookie);
    expect(await mayaSocket.send('room:join', { sessionId: session.id })).toMatchObject({ ok: false, error: { code: 'agreement_required' } });

    await callApi(server.url, 'acceptAgreement', { cookie: maya!.cookie, body: { version: cohort.agreementVersion } });
    const lobbyNews = fay.next('lobby:update');
    expect(await mayaSocket.send('room:join', { sessionId: session.id })).toMatchObject({ ok: false, error: { code: 'waiting_in_lobby' } });
    expect((await lobbyNews).waiting.map((w) => w.displayName)).toEqual(['Maya']);

    const letIn = mayaSocket.next('lobby:admitted');
    await fay.request('lobby:admit', { memberId: maya!.id });
    await letIn;
    const joined = await mayaSocket.request('room:join', { sessionId: session.id });
    expect(joined.session.view.viewerRole).toBe('member');
    expect(joined.self.displayName).toBe('Maya');
  });

  it('lets members straight in when the door is open, and refuses people from other cohorts', async () => {
    const circle = await createCohort(server.url, ['Ravi'], { acceptAgreement: true });
    const other = await createCohort(server.url, ['Omar'], { acceptAgreement: true });
    const fay = await server.connect(undefined, circle.facilitator.cookie);
    await fay.request('room:join', { sessionId: circle.session.id });
    await fay.request('lobby:setDoor', { open: true });

    const ravi = await server.connect(undefined, circle.members[0]!.cookie);
    expect((await ravi.request('room:join', { sessionId: circle.session.id })).self.participantId).toBe(circle.members[0]!.id);

    const omar = await server.connect(undefined, other.members[0]!.cookie);
    expect(await omar.send('room:join', { sessionId: circle.session.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await ravi.send('lobby:setDoor', { open: false })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses sockets without a login when demo rooms are off', async () => {
    await expect(server.connect()).rejects.toThrow(/unauthenticated/);
  });
});

describe('removing a member', () => {
  it('disconnects them at once and keeps them out, even within the recovery window', async () => {
    const { session, facilitator, members, cohort } = await createCohort(server.url, ['Sofia'], { acceptAgreement: true });
    const fay = await server.connect(undefined, facilitator.cookie);
    await fay.request('room:join', { sessionId: session.id });
    await fay.request('lobby:setDoor', { open: true });
    const sofia = await server.connect(undefined, members[0]!.cookie);
    await sofia.request('room:join', { sessionId: session.id });

    const dropped = new Promise<string>((resolve) => sofia.socket.once('disconnect', resolve));
    const removal = await callApi(server.url, 'removeMember', {
      cookie: facilitator.cookie,
      params: { cohortId: cohort.id, memberId: members[0]!.id },
    });
    expect(removal.status).toBe(200);
    expect(await dropped).toBe('io server disconnect');

    // Reconnecting the same socket (socket.io would try to recover its session) is refused.
    const refused = new Promise<Error>((resolve) => sofia.socket.once('connect_error', resolve));
    sofia.socket.connect();
    expect((await refused).message).toMatch(/unauthenticated/);
    await expect(server.connect(undefined, members[0]!.cookie)).rejects.toThrow(/unauthenticated/);
    expect((await callApi(server.url, 'memberHome', { cookie: members[0]!.cookie })).status).toBe(401);
  });
});
