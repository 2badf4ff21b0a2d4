import ICAL from 'ical.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { replaySessionUpdates } from '@peercircle/shared';
import { createCohort } from './support/cohort-fixture';
import { callApi } from './support/http-client';
import { openSession as openSessionOn } from './support/open-session';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

const openSession = (names: string[], attending: string[]) => openSessionOn(server, names, attending);

describe('presenter rotation', () => {
  it('picks, at the start, whoever presented least recently among those present', async () => {
    const { fay, live, members } = await openSession(['Ada', 'Ben', 'Cy'], ['Ben', 'Cy']);
    await fay.request('session:command', { type: 'session.start' });
    // Nobody has presented yet: the first present member in seating order, not the absent Ada.
    expect(live().state.presenterId).toBe(members.find((m) => m.name === 'Ben')!.id);
  });

  it("keeps the facilitator's override", async () => {
    const fixture = await createCohort(server.url, ['Ada', 'Ben'], { acceptAgreement: true });
    const ben = fixture.members[1]!;
    const patched = await callApi(server.url, 'updateSession', {
      cookie: fixture.facilitator.cookie,
      params: { sessionId: fixture.session.id },
      body: { presenterOverrideId: ben.id },
    });
    expect(patched.body.presenterOverrideId).toBe(ben.id);
    const fay = await server.connect(undefined, fixture.facilitator.cookie);
    await fay.request('room:join', { sessionId: fixture.session.id });
    await fay.request('session:command', { type: 'session.start' });
    expect(server.app.sessionRooms.get(fixture.session.id)!.state.presenterId).toBe(ben.id);
  });
});

describe('confidentiality at the end of a session', () => {
  it('deletes every question text, keeping the presenter’s only when they chose to, readable by them alone', async () => {
    const { fay, sockets, live, session, members } = await openSession(['Ada', 'Ben'], ['Ada', 'Ben']);
    await fay.request('session:command', { type: 'agenda.applyTemplate', templateId: 'consultancy' });
    await fay.request('session:command', { type: 'session.start' });
    const presenter = members.find((m) => m.id === live().state.presenterId)!;
    const asker = members.find((m) => m.id !== presenter.id)!;
    await sockets[asker.name]!.request('session:command', { type: 'question.submit', text: 'What are you afraid of losing?', anonymous: true });
    await sockets[presenter.name]!.request('session:command', { type: 'questions.keep', keep: true });
    expect((await server.app.services.repositories.liveStates.load(session.id))?.stateJson).toContain('What are you afraid of losing?');

    await fay.request('session:command', { type: 'session.end' });

    expect(live().state.questions).toEqual([]);
    expect(await server.app.services.repositories.liveStates.load(session.id)).toBeUndefined();
    const lastView = () => replaySessionUpdates(sockets[asker.name]!.received('session:update')).at(-1)!;
    await expect.poll(() => lastView().status).toBe('ended');
    expect(JSON.stringify(lastView())).not.toContain('afraid');
    const kept = await callApi(server.url, 'keptQuestions', { cookie: presenter.cookie });
    expect(kept.body).toEqual([{ sessionId: session.id, sessionStartsAt: session.startsAt, texts: ['What are you afraid of losing?'] }]);
    expect((await callApi(server.url, 'keptQuestions', { cookie: asker.cookie })).body).toEqual([]);
  });

  it('keeps nothing when the presenter did not ask to', async () => {
    const { fay, sockets, live, members } = await openSession(['Ada', 'Ben'], ['Ada', 'Ben']);
    await fay.request('session:command', { type: 'session.start' });
    const asker = members.find((m) => m.id !== live().state.presenterId)!;
    const presenter = members.find((m) => m.id === live().state.presenterId)!;
    await sockets[asker.name]!.request('session:command', { type: 'question.submit', text: 'Who else decides?', anonymous: false });
    await fay.request('session:command', { type: 'session.end' });
    expect((await callApi(server.url, 'keptQuestions', { cookie: presenter.cookie })).body).toEqual([]);
  });
});

describe('attendance and speaking time', () => {
  it('are recorded from arrivals, departures and the ledger', async () => {
    const { fay, sockets, session, members, facilitator } = await openSession(['Ada', 'Ben'], ['Ada']);
    await fay.request('session:command', { type: 'session.start' });
    sockets['Ada']!.close();
    await expect
      .poll(async () => (await server.app.services.repositories.attendance.listBySession(session.id)).map((r) => [r.memberId, r.lastLeftAt !== null]))
      .toEqual([[members[0]!.id, true]]);
    await fay.request('session:command', { type: 'session.end' });
    const speaking = await server.app.services.repositories.speakingTime.listByCohort(session.cohortId);
    expect(speaking.map((entry) => entry.participantId).sort()).toEqual([members[0]!.id, facilitator.id].sort());
  });
});

describe('calendars', () => {
  it("serve each member's personal feed in the cohort's timezone", async () => {
    const { members, cohort } = await createCohort(server.url, ['Ada']);
    const home = await callApi(server.url, 'memberHome', { cookie: members[0]!.cookie });
    const feed = await fetch(home.body.calendarUrl.replace(/^http:\/\/[^/]+/, server.url));
    expect(feed.headers.get('content-type')).toMatch(/text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
    const vevents = calendar.getAllSubcomponents('vevent');
    const events = vevents.map((vevent) => new ICAL.Event(vevent));
    expect(events.length).toBeGreaterThanOrEqual(cohort.sessions.length);
    expect(vevents[0]!.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Berlin');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
    expect(events[0]!.startDate.toJSDate().getTime()).toBe(cohort.sessions[0]!.startsAt);
    expect(`${events[0]!.startDate.hour}:${events[0]!.startDate.minute}`).toBe('17:0');
    expect(events[0]!.description).not.toContain('Ada');

    const stranger = await fetch(`${server.url}/api/calendar/${'A'.repeat(32)}`);
    expect(stranger.status).toBe(404);
  });
});

describe('the API documentation', () => {
  it('is served as OpenAPI at /api/docs', async () => {
    const document = (await (await fetch(`${server.url}/api/docs/json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/cohorts', '/api/invites/redeem', '/api/home']));
  });
});
