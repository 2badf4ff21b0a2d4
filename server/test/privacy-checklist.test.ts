import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { replaySessionUpdates, type CircleSessionView } from '@peercircle/shared';
import { createCohort } from './support/cohort-fixture';
import { callApi } from './support/http-client';
import type { TestClient, TestServer } from './support/test-server';
import { startTestServer } from './support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

const latestView = (client: TestClient): CircleSessionView => replaySessionUpdates(client.received('session:update')).at(-1)!;

/** A cohort whose facilitator is in the session with the door open; members join as each test says. */
async function sessionWithOpenDoor(names: string[]) {
  const fixture = await createCohort(server.url, names, { acceptAgreement: true });
  const fay = await server.connect(undefined, fixture.facilitator.cookie);
  await fay.request('room:join', { sessionId: fixture.session.id });
  await fay.request('lobby:setDoor', { open: true });
  const connect = async (index: number) => server.connect(undefined, fixture.members[index]!.cookie);
  return { ...fixture, fay, connect };
}

describe('the cohort setting', () => {
  it('asks both items in a new cohort; the facilitator changes it, and the preview tells members (not facilitators) what they will be asked', async () => {
    const { cohort, session, facilitator, members } = await createCohort(server.url, ['Maya']);
    expect(cohort.privacyChecklist).toEqual(['privateSpace', 'headphones']);
    const preview = (cookie: string) => callApi(server.url, 'sessionPreview', { cookie, params: { sessionId: session.id } });
    expect((await preview(members[0]!.cookie)).body.privacyChecklist).toEqual(['privateSpace', 'headphones']);
    expect((await preview(facilitator.cookie)).body.privacyChecklist).toEqual([]);

    const updated = await callApi(server.url, 'updateCohort', {
      cookie: facilitator.cookie,
      params: { cohortId: cohort.id },
      body: { privacyChecklist: ['headphones'] },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.privacyChecklist).toEqual(['headphones']);
    expect((await preview(members[0]!.cookie)).body.privacyChecklist).toEqual(['headphones']);
  });

  it.each<[string, unknown]>([
    ['an unknown item', ['privateSpace', 'webcamOff']],
    ['a duplicate', ['headphones', 'headphones']],
    ['a flag instead of a list', true],
  ])('refuses %s and keeps the setting', async (_label, privacyChecklist) => {
    const { cohort, facilitator } = await createCohort(server.url, []);
    const reply = await callApi(server.url, 'updateCohort', { cookie: facilitator.cookie, params: { cohortId: cohort.id }, body: { privacyChecklist } });
    expect(reply.status).toBe(400);
    const after = await callApi(server.url, 'getCohort', { cookie: facilitator.cookie, params: { cohortId: cohort.id } });
    expect(after.body.privacyChecklist).toEqual(['privateSpace', 'headphones']);
  });

  it('cannot be changed by a member', async () => {
    const { cohort, members, facilitator } = await createCohort(server.url, ['Maya']);
    const reply = await callApi(server.url, 'updateCohort', { cookie: members[0]!.cookie, params: { cohortId: cohort.id }, body: { privacyChecklist: [] } });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    const after = await callApi(server.url, 'getCohort', { cookie: facilitator.cookie, params: { cohortId: cohort.id } });
    expect(after.body.privacyChecklist).toEqual(['privateSpace', 'headphones']);
  });
});

describe('at the door', () => {
  it('lets members in whatever they ticked, and shows the facilitator only how many of those present confirmed everything', async () => {
    const { fay, connect, session } = await sessionWithOpenDoor(['Maya', 'Ben', 'Cleo']);
    const maya = await connect(0);
    const ben = await connect(1);
    const cleo = await connect(2);
    const joinedMaya = await maya.request('room:join', { sessionId: session.id, privacyConfirmed: ['privateSpace', 'headphones'] });
    const joinedBen = await ben.request('room:join', { sessionId: session.id, privacyConfirmed: ['privateSpace'] });
    const joinedCleo = await cleo.request('room:join', { sessionId: session.id });

    await expect.poll(() => latestView(fay).privacyCheck).toEqual({ asked: ['privateSpace', 'headphones'], confirmed: 1, present: 3 });
    for (const joined of [joinedMaya, joinedBen, joinedCleo]) expect(joined.session.view.privacyCheck).toBeNull();
    for (const member of [maya, ben, cleo]) {
      expect(latestView(member).privacyCheck).toBeNull();
      expect(JSON.stringify(member.received('session:update'))).not.toMatch(/privacyChecks|privateSpace|confirmedAll/);
    }
    // The facilitator's own view names nobody's answer either.
    expect(JSON.stringify(fay.received('session:update'))).not.toContain('confirmedAll');
  });

  it('counts the latest answer of a member who comes back, and the count follows who is present', async () => {
    const { fay, connect, session } = await sessionWithOpenDoor(['Maya', 'Ben']);
    const maya = await connect(0);
    const ben = await connect(1);
    await maya.request('room:join', { sessionId: session.id, privacyConfirmed: ['privateSpace', 'headphones'] });
    await ben.request('room:join', { sessionId: session.id, privacyConfirmed: ['headphones'] });
    await expect.poll(() => latestView(fay).privacyCheck).toMatchObject({ confirmed: 1, present: 2 });

    await ben.request('room:leave', {});
    await expect.poll(() => latestView(fay).privacyCheck).toMatchObject({ confirmed: 1, present: 1 });
    await ben.request('room:join', { sessionId: session.id, privacyConfirmed: ['headphones', 'privateSpace'] });
    await expect.poll(() => latestView(fay).privacyCheck).toMatchObject({ confirmed: 2, present: 2 });

    // Maya comes back from another tab without ticking: her earlier answer is replaced, not kept.
    const mayaAgain = await connect(0);
    await mayaAgain.request('room:join', { sessionId: session.id, privacyConfirmed: [] });
    await expect.poll(() => latestView(fay).privacyCheck).toMatchObject({ confirmed: 1, present: 2 });
  });

  it('carries a member’s answer through the lobby: counted once let in', async () => {
    const fixture = await createCohort(server.url, ['Maya'], { acceptAgreement: true });
    const fay = await server.connect(undefined, fixture.facilitator.cookie);
    await fay.request('room:join', { sessionId: fixture.session.id });
    const maya = await server.connect(undefined, fixture.members[0]!.cookie);
    const knock = () => ({ sessionId: fixture.session.id, privacyConfirmed: ['privateSpace' as const, 'headphones' as const] });
    expect(await maya.send('room:join', knock())).toMatchObject({ ok: false, error: { code: 'waiting_in_lobby' } });
    expect(server.app.sessionRooms.get(fixture.session.id)!.state.privacyChecks).toBeUndefined();

    await fay.request('lobby:admit', { memberId: fixture.members[0]!.id });
    await maya.request('room:join', knock());
    await expect.poll(() => latestView(fay).privacyCheck).toMatchObject({ confirmed: 1, present: 1 });
  });

  it('asks what the cohort asks: with only headphones asked, ticking headphones is everything', async () => {
    const { fay, connect, session, cohort, facilitator } = await sessionWithOpenDoor(['Maya']);
    await callApi(server.url, 'updateCohort', { cookie: facilitator.cookie, params: { cohortId: cohort.id }, body: { privacyChecklist: ['headphones'] } });
    const maya = await connect(0);
    await maya.request('room:join', { sessionId: session.id, privacyConfirmed: ['headphones'] });
    await expect.poll(() => latestView(fay).privacyCheck).toEqual({ asked: ['headphones'], confirmed: 1, present: 1 });
  });

  it('asks nothing and shows no count when the cohort turned the checklist off', async () => {
    const { fay, connect, session, cohort, facilitator } = await sessionWithOpenDoor(['Maya']);
    await callApi(server.url, 'updateCohort', { cookie: facilitator.cookie, params: { cohortId: cohort.id }, body: { privacyChecklist: [] } });
    const maya = await connect(0);
    await maya.request('room:join', { sessionId: session.id, privacyConfirmed: ['privateSpace'] });
    await expect.poll(() => Object.keys(latestView(fay).participants).length).toBe(2);
    expect(latestView(fay).privacyCheck).toBeNull();
  });

  it('asks nothing of the facilitator and does not count them', async () => {
    const { fay, session } = await sessionWithOpenDoor([]);
    await fay.request('room:join', { sessionId: session.id, privacyConfirmed: ['privateSpace', 'headphones'] });
    expect(server.app.sessionRooms.get(session.id)!.state.privacyChecks).toBeUndefined();
    expect((await fay.request('session:sync', {})).view.privacyCheck).toBeNull();
  });

  it('keeps the answers with the saved circle, ids only, for a restart', async () => {
    const { connect, session, members } = await sessionWithOpenDoor(['Maya', 'Ben']);
    await (await connect(0)).request('room:join', { sessionId: session.id, privacyConfirmed: ['privateSpace', 'headphones'] });
    await (await connect(1)).request('room:join', { sessionId: session.id, privacyConfirmed: [] });
    const saved = JSON.parse((await server.app.services.repositories.liveStates.load(session.id))!.stateJson) as { privacyChecks: unknown };
    expect(saved.privacyChecks).toEqual({ asked: ['privateSpace', 'headphones'], confirmedAll: [members[0]!.id] });
  });
});
