import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PhaseKind } from '@peercircle/shared';
import { callApi } from '../support/http-client';
import { openSession, type OpenSession } from '../support/open-session';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' }, { captureLogs: 'trace' });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

/** Every text typed in the journey gets its own marker, so the logs can be searched for each. */
const entered: string[] = [];
const text = (what: string) => {
  const marked = `${what} ${entered.length}-${Math.random().toString(36).slice(2, 8)}`;
  entered.push(marked);
  return marked;
};

const names = ['Adaline', 'Benedikt', 'Cyrilla', 'Dorotea'];

async function goToPhase(circle: OpenSession, kind: PhaseKind) {
  const phaseIndex = circle.live().state.agenda.phases.findIndex((phase) => phase.kind === kind);
  expect(phaseIndex, kind).toBeGreaterThanOrEqual(0);
  await circle.fay.request('session:command', { type: 'phase.goTo', phaseIndex });
}

describe('content in logs', () => {
  it('a two-session journey through every between-session feature leaves none of the texts entered in the logs, even at trace level', async () => {
    const cohortName = text('Cohort Bluefin');
    const circle = await openSession(server, names, names, async ({ facilitator, cohort, session, members }) => {
      expect((await callApi(server.url, 'updateCohort', { cookie: facilitator.cookie, params: { cohortId: cohort.id }, body: { name: cohortName } })).status).toBe(200);
      await callApi(server.url, 'updateSession', { cookie: facilitator.cookie, params: { sessionId: session.id }, body: { presenterOverrideId: members[0]!.id } });
      for (const member of members) {
        const update = await callApi(server.url, 'submitMonthlyUpdate', {
          cookie: member.cookie,
          params: { sessionId: session.id },
          body: {
            areas: [7, 5, 8].map((rating) => ({ rating, line: text('area line') })),
            topics: [{ title: text('topic'), rank: 1, mightPresent: true, urgency: 'high' }],
            shareWithFacilitator: member === members[1],
          },
        });
        expect(update.status).toBe(200);
      }
      const [parked] = (await callApi(server.url, 'myParkedTopics', { cookie: members[2]!.cookie })).body;
      expect((await callApi(server.url, 'shareParkedTopic', { cookie: members[2]!.cookie, params: { topicId: parked!.id }, body: { shared: true } })).status).toBe(200);
      expect((await callApi(server.url, 'cohortParkingLot', { cookie: facilitator.cookie, params: { cohortId: cohort.id } })).status).toBe(200);
      const brief = { issue: text('issue'), stakes: text('stakes'), background: text('background'), feelings: text('feelings'), tried: text('tried'), options: text('options'), wantFromGroup: text('want'), notWanted: text('not wanted') };
      expect((await callApi(server.url, 'savePresenterBrief', { cookie: members[0]!.cookie, params: { sessionId: session.id }, body: { ...brief, ready: true, keep: true } })).status).toBe(200);
    });
    const member = (name: string) => circle.members.find((m) => m.name === name)!;
    const socketOf = (name: string) => circle.sockets[name]!;
    // `request` fails the test on a refusal.
    const command = (name: string | 'fay', body: Record<string, unknown>) => (name === 'fay' ? circle.fay : socketOf(name)).request('session:command', body as never);

    await command('fay', { type: 'agenda.applyTemplate', templateId: 'consultancy' });
    await command('fay', { type: 'session.start' });
    await command('fay', { type: 'roles.assign', role: 'scribe', participantId: member('Benedikt').id });
    await goToPhase(circle, 'presentation');
    await command('Benedikt', { type: 'scribeNote.add', text: text('scribe note') });
    for (const [name, anonymous] of [['Cyrilla', false], ['Dorotea', true]] as const) {
      const note = await callApi(server.url, 'writePresenterNote', { cookie: member(name).cookie, params: { sessionId: circle.session.id }, body: { text: text('note for the presenter'), anonymous } });
      expect(note.status).toBe(200);
    }
    await goToPhase(circle, 'curious-questions');
    await command('Cyrilla', { type: 'question.submit', text: text('question'), anonymous: false });
    await command('Dorotea', { type: 'question.submit', text: text('anonymous question'), anonymous: true });
    const [question] = circle.live().state.questions;
    await command('fay', { type: 'questions.release', questionId: question!.questionId });

    await goToPhase(circle, 'closing');
    for (const name of names) {
      const review = await callApi(server.url, 'answerMeetingReview', { cookie: member(name).cookie, params: { sessionId: circle.session.id }, body: { rating: 8, comment: text('review comment') } });
      expect(review.status).toBe(200);
      const commitment = await callApi(server.url, 'addCommitment', { cookie: member(name).cookie, params: { sessionId: circle.session.id }, body: { text: text('commitment'), visibility: 'shared' } });
      expect(commitment.status).toBe(201);
    }
    const helpful = await callApi(server.url, 'answerHelpfulness', { cookie: member('Adaline').cookie, params: { sessionId: circle.session.id }, body: { answer: 'partly', words: text('helpfulness words') } });
    expect(helpful.status).toBe(200);
    await command('fay', { type: 'session.end' });

    // What the members and the facilitator read afterwards passes through the same server.
    const notes = await callApi(server.url, 'myPresenterNotes', { cookie: member('Adaline').cookie });
    expect(notes.body.flatMap((session) => session.notes).length).toBeGreaterThanOrEqual(2);
    expect((await callApi(server.url, 'meetingReviewSummary', { cookie: circle.facilitator.cookie, params: { sessionId: circle.session.id } })).status).toBe(200);
    expect((await callApi(server.url, 'monthlyUpdateSubmissions', { cookie: circle.facilitator.cookie, params: { sessionId: circle.session.id } })).status).toBe(200);
    expect((await callApi(server.url, 'cohortHealth', { cookie: circle.facilitator.cookie, params: { cohortId: circle.cohort.id } })).status).toBe(200);
    expect((await callApi(server.url, 'exportMyData', { cookie: member('Adaline').cookie })).status).toBe(200);

    // The next session: its check-in brings back the commitments.
    const next = circle.cohort.sessions[1]!;
    await circle.fay.request('room:leave', {});
    await circle.fay.request('room:join', { sessionId: next.id });
    await command('fay', { type: 'session.start' });
    const previous = await callApi(server.url, 'previousCommitments', { cookie: member('Benedikt').cookie, params: { sessionId: next.id } });
    expect(JSON.stringify(previous.body)).toContain('commitment');
    expect((await callApi(server.url, 'deleteMyData', { cookie: member('Dorotea').cookie })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const logs = server.logLines.join('');
    // The logs did record the journey — requests, sessions, sockets — just none of what was said.
    expect(server.logLines.length).toBeGreaterThan(50);
    expect(logs).toContain(circle.session.id);
    expect(entered.length).toBeGreaterThan(30);
    expect(entered.filter((entry) => logs.includes(entry))).toEqual([]);
    const markers = entered.map((entry) => entry.split(' ').at(-1)!);
    expect(markers.filter((marker) => logs.includes(marker))).toEqual([]);
  });
});
