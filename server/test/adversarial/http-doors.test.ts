import { apiRoutes, type ApiRouteName } from '@peercircle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../src/auth/secrets';
import { createCohort, type CohortFixture } from '../support/cohort-fixture';
import { callApi } from '../support/http-client';
import { cohortState, paramsInto, routeNames, routesFor, validBodies } from '../support/route-fixtures';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let circle: CohortFixture;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' });
  circle = await createCohort(server.url, ['Maya', 'Ravi'], { acceptAgreement: true });
});
afterAll(async () => server.close());

const tokenOf = (inviteUrl: string) => inviteUrl.split('/invite/')[1]!;
const cookieValue = (cookie: string) => cookie.split('=')[1]!;

/** Calls each route as `cookie` and lists those not answered with `status` and `code`. */
async function unexpectedAnswers(names: ApiRouteName[], cookie: string | undefined, status: number, code: string, headers?: Record<string, string>) {
  const wrong: string[] = [];
  for (const name of names) {
    const reply = await callApi(server.url, name, { cookie, params: paramsInto(circle), body: validBodies[name], headers });
    if (reply.status !== status || reply.body.error?.code !== code) wrong.push(`${name} → ${reply.status} ${JSON.stringify(reply.body).slice(0, 80)}`);
  }
  return wrong;
}

describe('who may call what', () => {
  it('every signed-in route without a cookie → 401 unauthenticated, nothing changed', async () => {
    const before = await cohortState(server.url, circle);
    // Signing out needs no login: it only clears the cookie.
    const signedIn = routeNames.filter((name) => apiRoutes[name].auth !== 'none' && name !== 'logout');
    expect(await unexpectedAnswers(signedIn, undefined, 401, 'unauthenticated')).toEqual([]);
    expect(await cohortState(server.url, circle)).toEqual(before);
  });

  it("every facilitator-only route with a member's cookie → 403 forbidden, nothing changed", async () => {
    const before = await cohortState(server.url, circle);
    expect(await unexpectedAnswers(routesFor('facilitator'), circle.members[1]!.cookie, 403, 'forbidden')).toEqual([]);
    expect(await cohortState(server.url, circle)).toEqual(before);
  });

  it("every member-only route with the facilitator's cookie → 403 forbidden", async () => {
    expect(await unexpectedAnswers(routesFor('member'), circle.facilitator.cookie, 403, 'forbidden')).toEqual([]);
  });

  it('state-changing requests from a foreign or opaque Origin → 403, nothing changed, the login survives', async () => {
    const before = await cohortState(server.url, circle);
    const unsafe = routeNames.filter((name) => apiRoutes[name].method !== 'GET');
    for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1.evil.example']) {
      expect(await unexpectedAnswers(unsafe, circle.facilitator.cookie, 403, 'forbidden', { origin })).toEqual([]);
    }
    expect(await cohortState(server.url, circle)).toEqual(before);
    expect((await callApi(server.url, 'me', { cookie: circle.facilitator.cookie })).status).toBe(200);
  });
});

describe('login cookies', () => {
  it('missing, tampered, oversized, expired or logged-out login cookies → 401', async () => {
    const fresh = await callApi(server.url, 'signup', { body: { email: 'cookies@example.org', displayName: 'Cy', password: 'a long enough password' } });
    const expiring = await callApi(server.url, 'login', { body: { email: 'cookies@example.org', password: 'a long enough password' } });
    const loggedOut = await callApi(server.url, 'login', { body: { email: 'cookies@example.org', password: 'a long enough password' } });
    const { db } = server.app.services.repositories;
    await db.updateTable('logins').set({ expires_at: Date.now() - 1 }).where('id', '=', hashSecret(cookieValue(expiring.loginCookie!))).execute();
    await callApi(server.url, 'logout', { cookie: loggedOut.loginCookie });

    const value = cookieValue(fresh.loginCookie!);
    const tampered = `${value.slice(0, -1)}${value.endsWith('A') ? 'B' : 'A'}`;
    const cookies: Record<string, string | undefined> = {
      missing: undefined,
      empty: 'peercircle_login=',
      tampered: `peercircle_login=${tampered}`,
      oversized: `peercircle_login=${value.repeat(40)}`,
      'its hash instead of itself': `peercircle_login=${hashSecret(value)}`,
      expired: expiring.loginCookie,
      'logged out': loggedOut.loginCookie,
    };
    const answers = await Promise.all(
      Object.entries(cookies).map(async ([label, cookie]) => [label, (await callApi(server.url, 'me', { cookie })).status] as const),
    );
    expect(answers.filter(([, status]) => status !== 401)).toEqual([]);
    expect((await callApi(server.url, 'me', { cookie: fresh.loginCookie })).status).toBe(200);
  });

  it("a removed member's old cookie → 401, their calendar feed → 404, their unused invite → refused", async () => {
    const { cohort, facilitator, members } = await createCohort(server.url, ['Lee']);
    const lee = members[0]!;
    const calendarPath = new URL((await callApi(server.url, 'memberHome', { cookie: lee.cookie })).body.calendarUrl).pathname;
    const reinvite = await callApi(server.url, 'reinviteMember', { cookie: facilitator.cookie, params: { cohortId: cohort.id, memberId: lee.id } });
    await callApi(server.url, 'removeMember', { cookie: facilitator.cookie, params: { cohortId: cohort.id, memberId: lee.id } });

    expect((await callApi(server.url, 'memberHome', { cookie: lee.cookie })).status).toBe(401);
    expect((await fetch(`${server.url}${calendarPath}`)).status).toBe(404);
    const redeem = await callApi(server.url, 'redeemInvite', { body: { token: tokenOf(reinvite.body.inviteUrl) } });
    expect(redeem.status).toBeGreaterThanOrEqual(400);
    expect(redeem.loginCookie).toBeUndefined();
  });
});

describe('invite links', () => {
  async function freshInvite(displayName: string) {
    const invite = await callApi(server.url, 'addMember', { cookie: circle.facilitator.cookie, params: { cohortId: circle.cohort.id }, body: { displayName } });
    return { memberId: invite.body.memberId, token: tokenOf(invite.body.inviteUrl) };
  }

  it('a used invite link → 409 conflict and no cookie', async () => {
    const { token } = await freshInvite('Uma');
    expect((await callApi(server.url, 'redeemInvite', { body: { token } })).status).toBe(200);
    const again = await callApi(server.url, 'redeemInvite', { body: { token } });
    expect(again).toMatchObject({ status: 409, loginCookie: undefined, body: { error: { code: 'conflict' } } });
  });

  it('two concurrent redemptions of one invite: exactly one wins', async () => {
    const { token } = await freshInvite('Ola');
    const replies = await Promise.all([1, 2, 3, 4].map(() => callApi(server.url, 'redeemInvite', { body: { token } })));
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409, 409, 409]);
    expect(replies.filter((reply) => reply.loginCookie)).toHaveLength(1);
  });

  it("a reinvite revokes the member's older unused link: old → 404, new → signed in", async () => {
    const { memberId, token: oldToken } = await freshInvite('Ada');
    const reinvite = await callApi(server.url, 'reinviteMember', { cookie: circle.facilitator.cookie, params: { cohortId: circle.cohort.id, memberId } });
    expect((await callApi(server.url, 'redeemInvite', { body: { token: oldToken } })).status).toBe(404);
    const fresh = await callApi(server.url, 'redeemInvite', { body: { token: tokenOf(reinvite.body.inviteUrl) } });
    expect(fresh.status).toBe(200);
    expect(fresh.body.identity).toMatchObject({ kind: 'member', id: memberId });
  });
});
