import { expect } from 'vitest';
import type { PhaseKind } from '@peercircle/shared';
import { callApi } from './http-client';
import { openSession, type OpenSession } from './open-session';
import type { TestServer } from './test-server';

/** Who may read a text entered in the journey, besides its author: the presenter it is for counts as its owner. */
export type Readers = 'owner' | 'facilitator';

export interface EnteredText {
  text: string;
  /** Unique to this text: found anywhere, it came from here. */
  marker: string;
  readers: Readers;
}

export interface BetweenSessionsJourney {
  circle: OpenSession;
  nextSessionId: string;
  entered: EnteredText[];
}

const names = ['Adaline', 'Benedikt', 'Cyrilla', 'Dorotea'];

async function goToPhase(circle: OpenSession, kind: PhaseKind) {
  const phaseIndex = circle.live().state.agenda.phases.findIndex((phase) => phase.kind === kind);
  expect(phaseIndex, kind).toBeGreaterThanOrEqual(0);
  await circle.fay.request('session:command', { type: 'phase.goTo', phaseIndex });
}

/**
 * Two sessions of one cohort through every between-session feature, over the real HTTP API and
 * sockets: renamed cohort, monthly updates (Benedikt shares his ratings), the parking lot (Cyrilla
 * shares her topic), Adaline's brief, the scribe's and members' notes for her, curious questions,
 * meeting reviews, commitments, "Were we helpful?", and the next session's check-in; then what
 * members and the facilitator read afterwards, and Adaline's export. Every text
 * typed carries its own marker.
 */
export async function runBetweenSessionsJourney(server: TestServer): Promise<BetweenSessionsJourney> {
  const entered: EnteredText[] = [];
  const text = (what: string, readers: Readers = 'owner') => {
    const marker = `${entered.length}-${Math.random().toString(36).slice(2, 8)}`;
    entered.push({ text: `${what} ${marker}`, marker, readers });
    return `${what} ${marker}`;
  };

  const cohortName = text('Cohort Bluefin', 'facilitator');
  const circle = await openSession(server, names, names, async ({ facilitator, cohort, session, members }) => {
    expect((await callApi(server.url, 'updateCohort', { cookie: facilitator.cookie, params: { cohortId: cohort.id }, body: { name: cohortName } })).status).toBe(200);
    await callApi(server.url, 'updateSession', { cookie: facilitator.cookie, params: { sessionId: session.id }, body: { presenterOverrideId: members[0]!.id } });
    for (const member of members) {
      const update = await callApi(server.url, 'submitMonthlyUpdate', {
        cookie: member.cookie,
        params: { sessionId: session.id },
        body: {
          areas: [7, 5, 8].map((rating) => ({ rating, line: text('area line', member === members[1] ? 'facilitator' : 'owner') })),
          topics: [{ title: text('topic', member === members[2] ? 'facilitator' : 'owner'), rank: 1, mightPresent: true, urgency: 'high' }],
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
    const review = await callApi(server.url, 'answerMeetingReview', { cookie: member(name).cookie, params: { sessionId: circle.session.id }, body: { rating: 8, comment: text('review comment', 'facilitator') } });
    expect(review.status).toBe(200);
    const commitment = await callApi(server.url, 'addCommitment', { cookie: member(name).cookie, params: { sessionId: circle.session.id }, body: { text: text('commitment', 'facilitator'), visibility: 'shared' } });
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
  return { circle, nextSessionId: next.id, entered };
}
