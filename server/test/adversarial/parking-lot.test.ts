import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/http-client';
import { createCohort } from '../support/cohort-fixture';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' }, { captureLogs: true });
});
afterAll(async () => server.close());

const areas = [
  { rating: 7, line: '' },
  { rating: 5, line: '' },
  { rating: 6, line: '' },
];
const SECRET = 'Affair with a colleague 5e1d77';

/** Ada parked a topic she did not share; another cohort (Cleo's) exists next door. */
async function circle() {
  const fixture = await createCohort(server.url, ['Ada', 'Ben']);
  const [ada, ben] = fixture.members as [(typeof fixture.members)[0], (typeof fixture.members)[0]];
  const body = { areas, topics: [{ title: SECRET, rank: 1, mightPresent: true, urgency: 'high' }], shareWithFacilitator: true };
  expect((await callApi(server.url, 'submitMonthlyUpdate', { cookie: ada.cookie, params: { sessionId: fixture.session.id }, body })).status).toBe(200);
  const topicId = (await callApi(server.url, 'myParkedTopics', { cookie: ada.cookie })).body[0]!.id;
  const other = await createCohort(server.url, ['Cleo']);
  const lot = async (cookie = fixture.facilitator.cookie, cohortId = fixture.cohort.id) => callApi(server.url, 'cohortParkingLot', { cookie, params: { cohortId } });
  const adaTopic = async () => (await callApi(server.url, 'myParkedTopics', { cookie: ada.cookie })).body;
  return { ...fixture, ada, ben, topicId, other, lot, adaTopic };
}

describe('parking lot: who may read and change what', () => {
  it("another member cannot share, remove or list Ada's topic: 404 as if it did not exist, nothing changes", async () => {
    const c = await circle();
    const share = await callApi(server.url, 'shareParkedTopic', { cookie: c.ben.cookie, params: { topicId: c.topicId }, body: { shared: true } });
    const remove = await callApi(server.url, 'removeParkedTopic', { cookie: c.ben.cookie, params: { topicId: c.topicId } });
    expect([share.status, share.body.error?.code, remove.status, remove.body.error?.code]).toEqual([404, 'not_found', 404, 'not_found']);
    expect((await callApi(server.url, 'myParkedTopics', { cookie: c.ben.cookie })).body).toEqual([]);
    expect(await c.adaTopic()).toMatchObject([{ id: c.topicId, sharedWithFacilitator: false }]);
    expect((await c.lot()).body.topics[0]!.title).toBeNull();
  });

  it('a member of another cohort cannot touch it, and their facilitator cannot read this lot', async () => {
    const c = await circle();
    const cleo = c.other.members[0]!;
    expect((await callApi(server.url, 'shareParkedTopic', { cookie: cleo.cookie, params: { topicId: c.topicId }, body: { shared: true } })).status).toBe(404);
    expect((await callApi(server.url, 'removeParkedTopic', { cookie: cleo.cookie, params: { topicId: c.topicId } })).status).toBe(404);
    const foreign = await c.lot(c.other.facilitator.cookie);
    expect([foreign.status, foreign.body.error?.code]).toEqual([404, 'not_found']);
    expect(JSON.stringify(foreign.body)).not.toContain('5e1d77');
    expect(await c.adaTopic()).toHaveLength(1);
  });

  it('a member cannot read the facilitator lot; nobody without a login reaches any of it', async () => {
    const c = await circle();
    const asMember = await c.lot(c.ada.cookie);
    expect(asMember.status).toBe(403);
    expect(JSON.stringify(asMember.body)).not.toContain('5e1d77');
    const anonymous = [
      await c.lot(''),
      await callApi(server.url, 'myParkedTopics', {}),
      await callApi(server.url, 'shareParkedTopic', { params: { topicId: c.topicId }, body: { shared: true } }),
      await callApi(server.url, 'removeParkedTopic', { params: { topicId: c.topicId } }),
    ];
    expect(anonymous.map((reply) => reply.status)).toEqual([401, 401, 401, 401]);
    // A facilitator is not a member: the member routes refuse them.
    expect((await callApi(server.url, 'myParkedTopics', { cookie: c.facilitator.cookie })).status).toBe(403);
    expect((await callApi(server.url, 'removeParkedTopic', { cookie: c.facilitator.cookie, params: { topicId: c.topicId } })).status).toBe(403);
    expect(await c.adaTopic()).toHaveLength(1);
  });

  it.each<[string, string, unknown]>([
    ['a forged topic id', '00000000-0000-4000-8000-00000000dead', { shared: true }],
    ['a topic id that is not a uuid', 'not-a-uuid', { shared: true }],
    ['shared as a string', '', { shared: 'yes' }],
    ['a forged owner in the body', '', { shared: true, memberId: '00000000-0000-4000-8000-000000000001' }],
    ['a title smuggled into the body', '', { shared: true, title: 'x' }],
    ['an empty body', '', {}],
  ])('%s → refused, nothing changes', async (_name, topicId, body) => {
    const c = await circle();
    const reply = await callApi(server.url, 'shareParkedTopic', { cookie: c.ada.cookie, params: { topicId: topicId || c.topicId }, body });
    expect([400, 404]).toContain(reply.status);
    expect(reply.body.error?.code).toMatch(/invalid_payload|not_found/);
    expect(await c.adaTopic()).toMatchObject([{ id: c.topicId, title: SECRET, sharedWithFacilitator: false }]);
  });

  it.each<[string, string]>([
    ['a control character', 'Hiring\u001b[31m'],
    ['a line break', 'one\ntwo'],
    ['121 characters', 'x'.repeat(121)],
  ])('a topic title with %s never enters the lot (400)', async (_name, title) => {
    const c = await circle();
    const reply = await callApi(server.url, 'submitMonthlyUpdate', { cookie: c.ben.cookie, params: { sessionId: c.session.id }, body: { areas, topics: [{ title, rank: 1, mightPresent: true }], shareWithFacilitator: false } });
    expect(reply.status).toBe(400);
    expect((await callApi(server.url, 'myParkedTopics', { cookie: c.ben.cookie })).body).toEqual([]);
  });

  it("a removed member's topics disappear from the facilitator's lot, and their session cannot act", async () => {
    const c = await circle();
    expect((await callApi(server.url, 'removeMember', { cookie: c.facilitator.cookie, params: { cohortId: c.cohort.id, memberId: c.ada.id } })).status).toBeLessThan(300);
    expect((await c.lot()).body.topics).toEqual([]);
    expect((await callApi(server.url, 'shareParkedTopic', { cookie: c.ada.cookie, params: { topicId: c.topicId }, body: { shared: true } })).status).toBeGreaterThanOrEqual(401);
  });

  it('erasure takes the parked topics with the member', async () => {
    const c = await circle();
    expect((await callApi(server.url, 'deleteMyData', { cookie: c.ada.cookie })).status).toBe(200);
    expect((await c.lot()).body.topics).toEqual([]);
  });

  it('titles, shared or not, never reach a log line', async () => {
    const c = await circle();
    const from = server.logLines.length;
    await c.lot();
    await callApi(server.url, 'shareParkedTopic', { cookie: c.ada.cookie, params: { topicId: c.topicId }, body: { shared: true } });
    await c.lot();
    await callApi(server.url, 'myParkedTopics', { cookie: c.ada.cookie });
    await callApi(server.url, 'exportMyData', { cookie: c.ada.cookie });
    await callApi(server.url, 'removeParkedTopic', { cookie: c.ada.cookie, params: { topicId: c.topicId } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const logs = server.logLines.slice(from).join('');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain('5e1d77');
  });
});
