import { apiRoutes, type ApiRouteName } from '@peercircle/shared';
import type { CohortFixture } from './cohort-fixture';
import { callApi } from './http-client';

export const routeNames = Object.keys(apiRoutes) as ApiRouteName[];
export const routesFor = (auth: (typeof apiRoutes)[ApiRouteName]['auth']) => routeNames.filter((name) => apiRoutes[name].auth === auth);

const cadence = { weekOfMonth: 2, weekday: 'wednesday', startTime: '09:00', timezone: 'UTC', durationMinutes: 90 };

/** A body each route accepts, so a refusal in a test is about who asks, not what they send. */
export const validBodies: Partial<Record<ApiRouteName, unknown>> = {
  signup: { email: 'new-facilitator@example.org', displayName: 'Nia', password: 'a long enough password' },
  login: { email: 'someone@example.org', password: 'a long enough password' },
  redeemSignInLink: { token: 'A'.repeat(22) },
  redeemInvite: { token: 'A'.repeat(22) },
  createCohort: { name: 'Another circle', cadence },
  updateCohort: { name: 'Renamed circle', cadence, privacyChecklist: ['headphones'] },
  addMember: { displayName: 'Eve', email: 'eve@example.org' },
  updateSession: { format: 'council' },
  acceptAgreement: { version: 1 },
  addCommitment: { text: 'I will listen more', visibility: 'shared' },
  updateCommitment: { text: 'I will listen more, and ask first', visibility: 'private' },
  answerMeetingReview: { rating: 7, comment: 'A little more silence' },
  writePresenterNote: { text: 'You sounded lighter at the end' },
  keepPresenterNote: { kept: true },
  shareParkedTopic: { shared: true },
  savePresenterBrief: { issue: 'Whether to say yes.', ready: false, keep: false },
  answerHelpfulness: { answer: 'yes' },
  submitMonthlyUpdate: { areas: [{ rating: 7, line: 'Busy' }, { rating: 6, line: '' }, { rating: 8, line: '' }], topics: [], shareWithFacilitator: false },
};

/** Path parameters pointing into this circle (its first member, its first session). */
export function paramsInto(circle: CohortFixture): Record<string, string> {
  return {
    cohortId: circle.cohort.id,
    memberId: circle.members[0]!.id,
    sessionId: circle.session.id,
    // No such commitment: where a route gets this far, the answer is 404.
    commitmentId: '00000000-0000-4000-8000-00000000c0de',
    noteId: '00000000-0000-4000-8000-0000000000fe',
    topicId: '00000000-0000-4000-8000-00000000b0a7',
    token: 'A'.repeat(32),
  };
}

/** What a facilitator sees of their cohort that an attack could change, for before/after comparisons. */
export async function cohortState(baseUrl: string, circle: CohortFixture) {
  const { cohort, facilitator } = circle;
  const detail = (await callApi(baseUrl, 'getCohort', { cookie: facilitator.cookie, params: { cohortId: cohort.id } })).body;
  const cohorts = (await callApi(baseUrl, 'listCohorts', { cookie: facilitator.cookie })).body;
  return {
    cohorts: cohorts.map((summary) => summary.id),
    name: detail.name,
    purpose: detail.purpose,
    agreement: [detail.agreementText, detail.agreementVersion],
    cadence: detail.cadence,
    privacyChecklist: detail.privacyChecklist,
    members: detail.members.map((member) => [member.id, member.displayName, member.email, member.acceptedCurrentAgreement]),
    sessions: detail.sessions.map((session) => [session.id, session.format, session.presenterOverrideId, session.status]),
  };
}
