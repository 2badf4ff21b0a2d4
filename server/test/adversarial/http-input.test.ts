import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCohort, type CohortFixture } from '../support/cohort-fixture';
import { callApi } from '../support/http-client';
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

