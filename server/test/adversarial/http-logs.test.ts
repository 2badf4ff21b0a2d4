import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCohort } from '../support/cohort-fixture';
import { callApi } from '../support/http-client';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let clientDist: string;

beforeAll(async () => {
  // A stand-in SPA build, so /invite/<token> and /signin/<token> are served as pages, as in production.
  clientDist = await mkdtemp(path.join(os.tmpdir(), 'peercircle-dist-'));
  await writeFile(path.join(clientDist, 'index.html'), '<!doctype html><title>PeerCircle</title><div id="root"></div>');
  server = await startTestServer({ DEMO_ROOMS: '0', CLIENT_DIST_DIR: clientDist, AUTH_ATTEMPTS_PER_MINUTE: '1000' }, { captureLogs: true });
});
afterAll(async () => {
  await server.close();
  await rm(clientDist, { recursive: true, force: true });
});

const pathOf = (url: string) => new URL(url).pathname;
const cookieValue = (cookie: string) => cookie.split('=')[1]!;

describe('secrets in logs', () => {
  it('a journey through every secret-bearing URL leaves no issued token or cookie in the logs', async () => {
    const secrets: string[] = [];
    const { cohort, facilitator, members, inviteUrls } = await createCohort(server.url, ['Maya', 'Ravi']);
    secrets.push(cookieValue(facilitator.cookie), ...members.map((member) => cookieValue(member.cookie)));
    const usedTokens = inviteUrls.map((url) => url.split('/invite/')[1]!);
    secrets.push(...usedTokens);

    // An unused invite link opened as a page (with a tracking query), and a used one redeemed again.
    const reinvite = await callApi(server.url, 'reinviteMember', { cookie: facilitator.cookie, params: { cohortId: cohort.id, memberId: members[0]!.id } });
    const freshToken = reinvite.body.inviteUrl.split('/invite/')[1]!;
    secrets.push(freshToken);
    expect((await fetch(`${server.url}/invite/${freshToken}?utm_source=mail`)).status).toBe(200);
    expect((await callApi(server.url, 'redeemInvite', { body: { token: usedTokens[0]! } })).status).toBe(409);

    // A facilitator sign-in link (issued as `npm run demo` does), opened as a page and followed.
    const signInUrl = await server.app.services.signInLinks.issue(facilitator.id);
    const signInToken = signInUrl.split('/signin/')[1]!;
    secrets.push(signInToken);
    expect((await fetch(`${server.url}/signin/${signInToken}`)).status).toBe(200);
    const signedIn = await callApi(server.url, 'redeemSignInLink', { body: { token: signInToken } });
    expect(signedIn.status).toBe(200);
    secrets.push(cookieValue(signedIn.loginCookie!));

    // Each member's calendar feed, as a calendar app fetches it; and a guessed one.
    for (const member of members) {
      const home = await callApi(server.url, 'memberHome', { cookie: member.cookie });
      secrets.push(home.body.calendarUrl.split('/api/calendar/')[1]!);
      expect((await fetch(`${server.url}${pathOf(home.body.calendarUrl)}?refresh=1`)).status).toBe(200);
    }
    expect((await fetch(`${server.url}/api/calendar/${'g'.repeat(32)}`)).status).toBe(404);

    // A live socket signed in by cookie, then sign-outs.
    const socket = await server.connect(undefined, members[1]!.cookie);
    socket.close();
    await callApi(server.url, 'logout', { cookie: signedIn.loginCookie });
    await new Promise((resolve) => setTimeout(resolve, 100));

    const logs = server.logLines.join('');
    expect(logs).toContain('/invite/[redacted]');
    expect(logs).toContain('/api/calendar/[redacted]');
    expect(secrets.every((secret) => secret.length >= 22)).toBe(true);
    expect(secrets.filter((secret) => logs.includes(secret))).toEqual([]);
    expect(server.logLines.filter((line) => (JSON.parse(line) as { level: number }).level >= 50)).toEqual([]);
  });
});
