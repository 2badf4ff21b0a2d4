import { apiRoutes, type ApiRouteName } from '@peercircle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCohort, type CohortFixture } from '../support/cohort-fixture';
import { callApi } from '../support/http-client';
import { cohortState, paramsInto, routeNames, validBodies } from '../support/route-fixtures';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let circle: CohortFixture;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' }, { captureLogs: true });
  circle = await createCohort(server.url, ['Maya']);
});
afterAll(async () => server.close());

/** A raw POST to a route that takes a JSON body, signed in as the cohort's facilitator. */
async function postRaw(contentType: string, body: string) {
  const response = await fetch(`${server.url}/api/cohorts/${circle.cohort.id}/members`, {
    method: 'POST',
    headers: { 'content-type': contentType, cookie: circle.facilitator.cookie },
    body,
  });
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as { error?: { code: string } } };
}

const errorLinesSince = (from: number) =>
  server.logLines.slice(from).filter((line) => (JSON.parse(line) as { level: number }).level >= 40);

async function memberNames() {
  const cohort = await callApi(server.url, 'getCohort', { cookie: circle.facilitator.cookie, params: { cohortId: circle.cohort.id } });
  return cohort.body.members.map((member) => member.displayName);
}

describe('bodies the API does not take', () => {
  it('a 2 MB JSON body → 413 payload_too_large, logged below warning level', async () => {
    const from = server.logLines.length;
    const reply = await postRaw('application/json', JSON.stringify({ displayName: 'x'.repeat(2_000_000) }));
    expect(reply).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
    expect(errorLinesSince(from)).toEqual([]);
  });

  it.each([
    ['application/x-www-form-urlencoded', 'displayName=Eve'],
    ['text/plain', '{"displayName":"Eve"}'],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="displayName"\r\n\r\nEve\r\n--x--'],
  ])('a POST sent as %s → 415 unsupported_media_type, nothing added', async (contentType, body) => {
    const from = server.logLines.length;
    const reply = await postRaw(contentType, body);
    expect(reply).toMatchObject({ status: 415, body: { error: { code: 'unsupported_media_type' } } });
    expect(await memberNames()).toEqual(['Maya']);
    expect(errorLinesSince(from)).toEqual([]);
  });

  it.each([
    ['malformed JSON', '{"displayName": "Eve"'],
    ['a `__proto__` key', '{"displayName": "Eve", "__proto__": {"isAdmin": true}}'],
    ['a `constructor.prototype` key', '{"displayName": "Eve", "constructor": {"prototype": {"isAdmin": true}}}'],
  ])('%s → 400 invalid_payload, nothing added', async (_label, body) => {
    const reply = await postRaw('application/json', body);
    expect(reply).toMatchObject({ status: 400, type: expect.stringContaining('application/json'), body: { error: { code: 'invalid_payload' } } });
    expect(await memberNames()).toEqual(['Maya']);
  });

  it('a URL with broken percent-encoding → 400 invalid_payload as a typed error, the URL not echoed', async () => {
    const response = await fetch(`${server.url}/api/cohorts/%E0%A4%A`);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'invalid_payload' } });
    expect(text).not.toContain('%E0');
  });

  it('a route nobody serves → 404 not_found as a typed error', async () => {
    const response = await fetch(`${server.url}/api/no-such-route`, { method: 'PUT' });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('calendar injection', () => {
  it('a cohort name with CR/LF is refused by the API → 400, name unchanged', async () => {
    const reply = await callApi(server.url, 'updateCohort', {
      cookie: circle.facilitator.cookie,
      params: { cohortId: circle.cohort.id },
      body: { name: 'Leaders\r\nATTENDEE:mailto:spy@example.org' },
    });
    expect(reply).toMatchObject({ status: 400, body: { error: { code: 'invalid_payload' } } });
    const cohort = await callApi(server.url, 'getCohort', { cookie: circle.facilitator.cookie, params: { cohortId: circle.cohort.id } });
    expect(cohort.body.name).toBe(circle.cohort.name);
  });

  it('a CR/LF name already in the database adds no line to the feed or the session .ics', async () => {
    const { cohort, session, members } = await createCohort(server.url, ['Ravi']);
    await server.app.services.repositories.cohorts.update(cohort.id, { name: 'Leaders\r\nATTENDEE:mailto:spy@example.org\u2028X-EVIL:1' });
    const member = members[0]!;
    const home = await callApi(server.url, 'memberHome', { cookie: member.cookie });
    const feed = await (await fetch(`${server.url}${new URL(home.body.calendarUrl).pathname}`)).text();
    const file = await callApi(server.url, 'sessionCalendar', { cookie: member.cookie, params: { sessionId: session.id } });
    for (const ics of [feed, file.body]) {
      const propertyNames = ics.replace(/\r\n[ \t]/g, '').split('\r\n').map((line) => line.split(/[;:]/)[0]);
      expect(propertyNames).toContain('SUMMARY');
      expect(propertyNames.filter((name) => name === 'ATTENDEE' || name === 'X-EVIL')).toEqual([]);
      expect(ics).not.toContain('\u2028');
    }
  });
});

/** Ways to spoil a valid body: the whole body, then each field in turn. */
function spoiledBodies(valid: Record<string, unknown>): [string, unknown][] {
  const spoiled: [string, unknown][] = [['an array', []], ['a string', 'x'], ['an empty object', {}]];
  for (const [key, value] of Object.entries(valid)) {
    const replace = (label: string, bad: unknown) => spoiled.push([`${key} as ${label}`, { ...valid, [key]: bad }]);
    replace('the wrong type', typeof value === 'number' ? '1' : 12345);
    replace('null', null);
    replace('an object', { nested: true });
    replace('a huge array', Array.from({ length: 50_000 }, () => 'x'));
    replace('a 100k string', 'x'.repeat(100_000));
    // Passwords are never shown, so any character may be in one.
    if (typeof value === 'string' && key !== 'password') replace('text with NUL and ESC', `${value}\u0000\u001b[2J`);
  }
  return spoiled;
}

describe('malformed bodies', () => {
  it('every REST route with a body, fed wrong types, huge arrays, long strings or control chars → 400, nothing changed', async () => {
    const cookieFor = (name: ApiRouteName) =>
      ({ facilitator: circle.facilitator.cookie, member: circle.members[0]!.cookie, any: circle.facilitator.cookie, none: undefined })[apiRoutes[name].auth];
    const before = await cohortState(server.url, circle);
    const accepted: string[] = [];
    for (const name of routeNames.filter((route) => apiRoutes[route].body !== null)) {
      for (const [label, body] of spoiledBodies(validBodies[name] as Record<string, unknown>)) {
        const reply = await callApi(server.url, name, { cookie: cookieFor(name), params: paramsInto(circle), body });
        if (reply.status !== 400 || reply.body.error?.code !== 'invalid_payload') accepted.push(`${name} with ${label} → ${reply.status}`);
      }
    }
    expect(accepted).toEqual([]);
    expect(await cohortState(server.url, circle)).toEqual(before);
    const signup = validBodies.signup as { email: string; password: string };
    expect((await callApi(server.url, 'login', { body: { email: signup.email, password: signup.password } })).status).toBe(401);
  });

  it('a name that others would read differently from what is stored (a right-to-left override) → 400, nothing changed', async () => {
    const before = await cohortState(server.url, circle);
    const reply = await callApi(server.url, 'addMember', { cookie: circle.facilitator.cookie, params: paramsInto(circle), body: { displayName: 'Maya\u202eecnelis' } });
    expect(reply.status).toBe(400);
    expect(reply.body.error?.code).toBe('invalid_payload');
    expect(await cohortState(server.url, circle)).toEqual(before);
  });
});

describe('script in stored text', () => {
  const XSS = '<img src=x onerror=alert(1)>';
  const XSS_LONG = '</script><script>alert(document.cookie)</script>';

  it('comes back only as JSON (never HTML), verbatim, under a CSP without inline script', async () => {
    const signup = await callApi(server.url, 'signup', { body: { email: 'xss@example.org', displayName: XSS, password: 'a long enough password' } });
    const cookie = signup.loginCookie!;
    const cohortBody = { name: XSS_LONG, purpose: XSS_LONG, agreementText: `${XSS_LONG} ${XSS_LONG}`, cadence: (validBodies.createCohort as { cadence: unknown }).cadence };
    const cohort = await callApi(server.url, 'createCohort', { cookie, body: cohortBody });
    const invite = await callApi(server.url, 'addMember', { cookie, params: { cohortId: cohort.body.id }, body: { displayName: XSS } });
    const member = await callApi(server.url, 'redeemInvite', { body: { token: invite.body.inviteUrl.split('/invite/')[1]! } });
    const session = cohort.body.sessions[0]!;
    await callApi(server.url, 'addCommitment', { cookie: member.loginCookie, params: { sessionId: session.id }, body: { text: XSS_LONG, visibility: 'shared' } });

    const reads: [ApiRouteName, string | undefined][] = [
      ['me', cookie],
      ['listCohorts', cookie],
      ['getCohort', cookie],
      ['memberHome', member.loginCookie],
      ['exportMyData', member.loginCookie],
    ];
    for (const [name, readerCookie] of reads) {
      const path = apiRoutes[name].path.replace(':cohortId', cohort.body.id);
      const response = await fetch(`${server.url}${path}`, { headers: { cookie: readerCookie! } });
      const text = await response.text();
      expect(response.headers.get('content-type'), name).toMatch(/^application\/json/);
      expect(response.headers.get('x-content-type-options'), name).toBe('nosniff');
      expect(response.headers.get('content-security-policy'), name).toMatch(/script-src 'self'(;|$)/);
      expect(text.includes(XSS) || text.includes(XSS_LONG), name).toBe(true);
    }
    const stored = (await callApi(server.url, 'getCohort', { cookie, params: { cohortId: cohort.body.id } })).body;
    expect([stored.name, stored.purpose, stored.members[0]!.displayName, stored.facilitators[0]!.displayName]).toEqual([XSS_LONG, XSS_LONG, XSS, XSS]);
  });
});

