import type { ApiRouteName } from '@peercircle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCohort, type CohortFixture } from '../support/cohort-fixture';
import { callApi } from '../support/http-client';
import { cohortState, paramsInto, routesFor, validBodies } from '../support/route-fixtures';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
/** The attacker's own circle, and another facilitator's circle with recognisable data in it. */
let own: CohortFixture;
let other: CohortFixture;
/** The other circle's second session, whose check-in would show the commitment made in its first. */
let otherNextSessionId: string;
/** The other circle's member's commitment. */
let otherCommitmentId: string;
const MARKERS = ['Zebra Circle 7f3a', 'Quillon Marsh', 'a private plan 9c1e'];

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' });
  own = await createCohort(server.url, ['Maya', 'Ravi'], { acceptAgreement: true });
  other = await createCohort(server.url, [MARKERS[1]!], { acceptAgreement: true });
  await callApi(server.url, 'updateCohort', { cookie: other.facilitator.cookie, params: { cohortId: other.cohort.id }, body: { name: MARKERS[0] } });
  const commitment = await callApi(server.url, 'addCommitment', {
    cookie: other.members[0]!.cookie,
    params: { sessionId: other.session.id },
    body: { text: MARKERS[2], visibility: 'shared' },
  });
  expect(commitment.status).toBe(201);
  otherCommitmentId = commitment.body.id;
  otherNextSessionId = other.cohort.sessions[1]!.id;
  const checkIn = await callApi(server.url, 'previousCommitments', { cookie: other.facilitator.cookie, params: { sessionId: otherNextSessionId } });
  expect(JSON.stringify(checkIn.body)).toContain(MARKERS[2]);
});
afterAll(async () => server.close());

interface Probe {
  route: ApiRouteName;
  params: Record<string, string>;
  body?: unknown;
}

/** Runs each probe as `cookie`; lists those answered with anything but 403/404, or with the other circle's data. */
async function leaks(cookie: string, probes: Probe[]) {
  const found: string[] = [];
  for (const { route, params, body } of probes) {
    const reply = await callApi(server.url, route, { cookie, params, body: body ?? validBodies[route] });
    const text = JSON.stringify(reply.body);
    if (![403, 404].includes(reply.status) || MARKERS.some((marker) => text.includes(marker))) found.push(`${route} → ${reply.status} ${text.slice(0, 100)}`);
  }
  return found;
}

describe("one facilitator against another's circle (IDOR)", () => {
  it("every facilitator route, the session .ics and previous commitments on another's ids → 403/404, no data, nothing changed", async () => {
    const before = await cohortState(server.url, other);
    const theirs = paramsInto(other);
    const probes: Probe[] = [
      ...routesFor('facilitator')
        .filter((route) => route !== 'listCohorts' && route !== 'createCohort')
        .map((route) => ({ route, params: theirs })),
      { route: 'sessionCalendar', params: theirs },
      { route: 'previousCommitments', params: { sessionId: otherNextSessionId } },
      // Mixed ids: my cohort, their member; my session, their member as presenter.
      { route: 'reinviteMember', params: { cohortId: own.cohort.id, memberId: other.members[0]!.id } },
      { route: 'removeMember', params: { cohortId: own.cohort.id, memberId: other.members[0]!.id } },
      { route: 'updateSession', params: { sessionId: own.session.id }, body: { presenterOverrideId: other.members[0]!.id } },
    ];
    expect(await leaks(own.facilitator.cookie, probes)).toEqual([]);
    expect(await cohortState(server.url, other)).toEqual(before);
    const mine = await callApi(server.url, 'listCohorts', { cookie: own.facilitator.cookie });
    expect(mine.body.map((cohort) => cohort.id)).toEqual([own.cohort.id]);
  });

  it("a member reading another circle's session .ics or previous commitments, committing to its session or editing its member's commitment → 404, no data", async () => {
    const theirs = paramsInto(other);
    const probes: Probe[] = [
      { route: 'sessionCalendar', params: theirs },
      { route: 'previousCommitments', params: { sessionId: otherNextSessionId } },
      { route: 'addCommitment', params: theirs },
      { route: 'sessionCommitments', params: theirs },
      { route: 'updateCommitment', params: { commitmentId: otherCommitmentId } },
    ];
    expect(await leaks(own.members[0]!.cookie, probes)).toEqual([]);
    const stillTheirs = await callApi(server.url, 'sessionCommitments', { cookie: other.members[0]!.cookie, params: theirs });
    expect(stillTheirs.body.commitments.map((commitment) => commitment.text)).toEqual([MARKERS[2]]);
  });

  it('identity fields smuggled into bodies are ignored: the cohort is mine, the commitment is mine', async () => {
    const created = await callApi(server.url, 'createCohort', {
      cookie: own.facilitator.cookie,
      body: { ...(validBodies.createCohort as object), createdBy: other.facilitator.id, facilitatorId: other.facilitator.id },
    });
    expect(created.status).toBe(201);
    expect(created.body.facilitators.map((facilitator) => facilitator.id)).toEqual([own.facilitator.id]);
    const theirList = await callApi(server.url, 'listCohorts', { cookie: other.facilitator.cookie });
    expect(theirList.body.map((cohort) => cohort.id)).toEqual([other.cohort.id]);

    const commitment = await callApi(server.url, 'addCommitment', {
      cookie: own.members[0]!.cookie,
      params: { sessionId: own.session.id },
      body: { text: 'Mine', visibility: 'shared', memberId: own.members[1]!.id },
    });
    expect(commitment.status).toBe(201);
    const export1 = await callApi(server.url, 'exportMyData', { cookie: own.members[1]!.cookie });
    expect(JSON.stringify(export1.body)).not.toContain(commitment.body.id);
  });
});

describe('private commitments', () => {
  it("a member's private commitment is shown to nobody else at check-in, facilitator included", async () => {
    const [maya, ravi] = own.members;
    await callApi(server.url, 'addCommitment', { cookie: maya!.cookie, params: { sessionId: own.session.id }, body: { text: 'Only for me 4b2d', visibility: 'private' } });
    const nextSession = (await callApi(server.url, 'getCohort', { cookie: own.facilitator.cookie, params: { cohortId: own.cohort.id } })).body.sessions[1]!;
    const seenBy = async (cookie: string) =>
      JSON.stringify((await callApi(server.url, 'previousCommitments', { cookie, params: { sessionId: nextSession.id } })).body);
    expect(await seenBy(maya!.cookie)).toContain('Only for me 4b2d');
    expect(await seenBy(ravi!.cookie)).not.toContain('Only for me 4b2d');
    expect(await seenBy(own.facilitator.cookie)).not.toContain('Only for me 4b2d');
  });
});
