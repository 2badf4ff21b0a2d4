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

const areas = [
  { rating: 7, line: '' },
  { rating: 5, line: '' },
  { rating: 6, line: '' },
];
const update = (topics: { title: string; rank: number; mightPresent: boolean; urgency?: 'low' | 'medium' | 'high' }[]) => ({ areas, topics, shareWithFacilitator: false });

describe('the parking lot', () => {
  it("parks a member's might-present topics from their update; the facilitator sees them without the title until shared", async () => {
    const { cohort, session, facilitator, members } = await createCohort(server.url, ['Ada', 'Ben']);
    const [ada, ben] = members as [(typeof members)[0], (typeof members)[0]];
    const submit = (cookie: string, body: unknown) => callApi(server.url, 'submitMonthlyUpdate', { cookie, params: { sessionId: session.id }, body });
    expect((await submit(ben.cookie, update([{ title: 'Hiring my first manager', rank: 1, mightPresent: true, urgency: 'high' }, { title: 'Just news', rank: 2, mightPresent: false }]))).status).toBe(200);
    // Replaced twice: still one parked topic.
    await submit(ben.cookie, update([{ title: 'Hiring my first manager', rank: 1, mightPresent: true, urgency: 'high' }]));
    await submit(ben.cookie, update([{ title: 'Hiring my first manager', rank: 1, mightPresent: true, urgency: 'high' }]));

    const mine = (await callApi(server.url, 'myParkedTopics', { cookie: ben.cookie })).body;
    expect(mine).toEqual([{ id: expect.any(String), title: 'Hiring my first manager', urgency: 'high', importance: 1, parkedAt: expect.any(Number), sharedWithFacilitator: false }]);
    expect((await callApi(server.url, 'myParkedTopics', { cookie: ada.cookie })).body).toEqual([]);

    const lot = async () => (await callApi(server.url, 'cohortParkingLot', { cookie: facilitator.cookie, params: { cohortId: cohort.id } })).body;
    expect(await lot()).toEqual({
      topics: [{ id: mine[0]!.id, ownerId: ben.id, ownerName: 'Ben', urgency: 'high', importance: 1, parkedAt: mine[0]!.parkedAt, title: null }],
      // Nobody presented yet: Ada sits first, but Ben's parked topic decides.
      proposedPresenter: { memberId: ben.id, displayName: 'Ben', reason: 'urgent-parked-topic' },
    });
    expect(JSON.stringify(await lot())).not.toContain('Hiring');

    const shared = await callApi(server.url, 'shareParkedTopic', { cookie: ben.cookie, params: { topicId: mine[0]!.id }, body: { shared: true } });
    expect(shared.body.sharedWithFacilitator).toBe(true);
    expect((await lot()).topics[0]!.title).toBe('Hiring my first manager');
    await callApi(server.url, 'shareParkedTopic', { cookie: ben.cookie, params: { topicId: mine[0]!.id }, body: { shared: false } });
    expect((await lot()).topics[0]!.title).toBeNull();

    expect((await callApi(server.url, 'exportMyData', { cookie: ben.cookie })).body.parkedTopics).toHaveLength(1);
    expect((await callApi(server.url, 'removeParkedTopic', { cookie: ben.cookie, params: { topicId: mine[0]!.id } })).body).toEqual({ ok: true });
    expect(await lot()).toEqual({ topics: [], proposedPresenter: { memberId: ada.id, displayName: 'Ada', reason: 'rotation' } });
  });

  it('a presenter swapped during the session is the one recorded: the fairness figure counts them, and their topics leave the lot', async () => {
    const { fay, live, members, cohort, session, facilitator } = await openSession(server, ['Ada', 'Ben', 'Cy'], ['Ada', 'Ben', 'Cy'], async (fixture) => {
      for (const member of fixture.members.slice(1)) {
        const body = update([{ title: `${member.name} topic`, rank: 1, mightPresent: true, urgency: member.name === 'Ben' ? 'high' : 'low' }]);
        expect((await callApi(server.url, 'submitMonthlyUpdate', { cookie: member.cookie, params: { sessionId: fixture.session.id }, body })).status).toBe(200);
      }
    });
    const [ada, ben, cy] = members as [(typeof members)[0], (typeof members)[0], (typeof members)[0]];
    await fay.request('session:command', { type: 'session.start' });
    // The rotation proposes Ben (never presented, most urgent parked topic) over Ada, who sits first.
    expect(live().state.presenterId).toBe(ben.id);
    // The facilitator swaps: Cy presents instead.
    await fay.request('session:command', { type: 'presenter.set', participantId: cy.id });
    await fay.request('session:command', { type: 'session.end' });
    await expect.poll(async () => (await server.app.services.repositories.sessions.findById(session.id))?.status).toBe('ended');

    expect((await server.app.services.repositories.sessions.findById(session.id))?.presenterId).toBe(cy.id);
    const lot = (await callApi(server.url, 'cohortParkingLot', { cookie: facilitator.cookie, params: { cohortId: cohort.id } })).body;
    expect(lot.topics.map((topic) => topic.ownerName)).toEqual(['Ben']);
    // Ben was skipped, not credited: he is still the one the rotation proposes.
    expect(lot.proposedPresenter).toEqual({ memberId: ben.id, displayName: 'Ben', reason: 'urgent-parked-topic' });
    const health = (await callApi(server.url, 'cohortHealth', { cookie: facilitator.cookie, params: { cohortId: cohort.id } })).body;
    const times = Object.fromEntries(health.rotation.members.map((tally) => [tally.displayName, tally.timesPresented]));
    expect(times).toEqual({ Ada: 0, Ben: 0, Cy: 1 });
    expect(health.rotation.neverPresented).toEqual(expect.arrayContaining([ada.id, ben.id]));
  });
});
