import type { z } from 'zod';
import {
  facilitatorSignupSchema,
  loginRequestSchema,
  redeemInviteSchema,
  type MeResponse,
  type RedeemInviteResponse,
} from './auth-api';
import {
  addMemberSchema,
  createCohortSchema,
  updateCohortSchema,
  updateSessionSchema,
  type CohortDetail,
  type CohortSummary,
  type MemberInvite,
  type SessionSummary,
} from './cohort-api';
import {
  acceptAgreementSchema,
  commitmentSchema,
  type Commitment,
  type MemberHome,
  type PreviousCommitment,
  type SessionCommitments,
} from './member-api';
import { meetingReviewSchema, type MeetingReviewSummary, type MyMeetingReview } from './meeting-review-api';
import {
  keepPresenterNoteSchema,
  presenterNoteSchema,
  type HandedOverNote,
  type PresenterNotesForSession,
  type WrittenPresenterNote,
} from './presenter-notes-api';
import { monthlyUpdateSchema, type MyMonthlyUpdate, type MyRatingsHistory, type UpdateSubmissions } from './monthly-update-api';
import { shareParkedTopicSchema, type CohortParkingLot, type MyParkedTopic } from './parking-lot-api';
import type { CohortHealthReport } from '../cohort/health-report';
import type { SessionPreview } from './session-preview';
import {
  helpfulnessSchema,
  savePresenterBriefSchema,
  type Helpfulness,
  type PresenterBrief,
  type PresenterBriefPage,
} from './presenter-brief-api';

interface Route<Body extends z.ZodType | null, Response> {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Fastify-style path; `:name` segments are UUIDs unless said otherwise. */
  path: string;
  body: Body;
  /** Phantom: the response type, carried for typed clients. */
  response?: Response;
  auth: 'none' | 'any' | 'facilitator' | 'member';
}

const route = <Body extends z.ZodType | null, Response>(r: Route<Body, Response>) => r;

/**
 * The REST API: one table shared by the server (which registers and documents each route) and the
 * web client (which calls them with typed bodies and responses).
 */
export const apiRoutes = {
  signup: route<typeof facilitatorSignupSchema, MeResponse>({ method: 'POST', path: '/api/facilitators', body: facilitatorSignupSchema, auth: 'none' }),
  login: route<typeof loginRequestSchema, MeResponse>({ method: 'POST', path: '/api/login', body: loginRequestSchema, auth: 'none' }),
  logout: route<null, { ok: true }>({ method: 'POST', path: '/api/logout', body: null, auth: 'any' }),
  config: route<null, { demoRooms: boolean; facilitatorSignup: boolean }>({ method: 'GET', path: '/api/config', body: null, auth: 'none' }),
  me: route<null, MeResponse>({ method: 'GET', path: '/api/me', body: null, auth: 'any' }),
  redeemSignInLink: route<typeof redeemInviteSchema, RedeemInviteResponse>({ method: 'POST', path: '/api/sign-in-links/redeem', body: redeemInviteSchema, auth: 'none' }),
  redeemInvite: route<typeof redeemInviteSchema, RedeemInviteResponse>({ method: 'POST', path: '/api/invites/redeem', body: redeemInviteSchema, auth: 'none' }),

  listCohorts: route<null, CohortSummary[]>({ method: 'GET', path: '/api/cohorts', body: null, auth: 'facilitator' }),
  createCohort: route<typeof createCohortSchema, CohortDetail>({ method: 'POST', path: '/api/cohorts', body: createCohortSchema, auth: 'facilitator' }),
  getCohort: route<null, CohortDetail>({ method: 'GET', path: '/api/cohorts/:cohortId', body: null, auth: 'facilitator' }),
  updateCohort: route<typeof updateCohortSchema, CohortDetail>({ method: 'PATCH', path: '/api/cohorts/:cohortId', body: updateCohortSchema, auth: 'facilitator' }),
  addMember: route<typeof addMemberSchema, MemberInvite>({ method: 'POST', path: '/api/cohorts/:cohortId/members', body: addMemberSchema, auth: 'facilitator' }),
  reinviteMember: route<null, MemberInvite>({ method: 'POST', path: '/api/cohorts/:cohortId/members/:memberId/invites', body: null, auth: 'facilitator' }),
  removeMember: route<null, { ok: true }>({ method: 'DELETE', path: '/api/cohorts/:cohortId/members/:memberId', body: null, auth: 'facilitator' }),
  cohortHealth: route<null, CohortHealthReport>({ method: 'GET', path: '/api/cohorts/:cohortId/health', body: null, auth: 'facilitator' }),

  updateSession: route<typeof updateSessionSchema, SessionSummary>({ method: 'PATCH', path: '/api/sessions/:sessionId', body: updateSessionSchema, auth: 'facilitator' }),
  previousCommitments: route<null, PreviousCommitment[]>({ method: 'GET', path: '/api/sessions/:sessionId/previous-commitments', body: null, auth: 'any' }),
  sessionCalendar: route<null, string>({ method: 'GET', path: '/api/sessions/:sessionId/calendar.ics', body: null, auth: 'any' }),
  sessionPreview: route<null, SessionPreview>({ method: 'GET', path: '/api/sessions/:sessionId/preview', body: null, auth: 'any' }),

  memberHome: route<null, MemberHome>({ method: 'GET', path: '/api/home', body: null, auth: 'member' }),
  acceptAgreement: route<typeof acceptAgreementSchema, { ok: true }>({ method: 'POST', path: '/api/agreement/accept', body: acceptAgreementSchema, auth: 'member' }),
  addCommitment: route<typeof commitmentSchema, Commitment>({ method: 'POST', path: '/api/sessions/:sessionId/commitments', body: commitmentSchema, auth: 'member' }),
  sessionCommitments: route<null, SessionCommitments>({ method: 'GET', path: '/api/sessions/:sessionId/commitments', body: null, auth: 'member' }),
  updateCommitment: route<typeof commitmentSchema, Commitment>({ method: 'PATCH', path: '/api/commitments/:commitmentId', body: commitmentSchema, auth: 'member' }),
  /** A member's own rating of a session they attended; answering again replaces it. */
  answerMeetingReview: route<typeof meetingReviewSchema, MyMeetingReview>({ method: 'POST', path: '/api/sessions/:sessionId/review', body: meetingReviewSchema, auth: 'member' }),
  /** Anonymous: the count only below four answers, never who answered what. */
  meetingReviewSummary: route<null, MeetingReviewSummary>({ method: 'GET', path: '/api/sessions/:sessionId/review', body: null, auth: 'facilitator' }),
  /** A member's own update for a coming session; submitting again replaces it, until the session starts. */
  submitMonthlyUpdate: route<typeof monthlyUpdateSchema, MyMonthlyUpdate>({ method: 'POST', path: '/api/sessions/:sessionId/update', body: monthlyUpdateSchema, auth: 'member' }),
  myMonthlyUpdate: route<null, { update: MyMonthlyUpdate | null }>({ method: 'GET', path: '/api/sessions/:sessionId/update', body: null, auth: 'member' }),
  myUpdateRatings: route<null, MyRatingsHistory>({ method: 'GET', path: '/api/me/update-ratings', body: null, auth: 'member' }),
  /** Who submitted; ratings and lines only of members who shared them, topics never. */
  monthlyUpdateSubmissions: route<null, UpdateSubmissions>({ method: 'GET', path: '/api/sessions/:sessionId/update-submissions', body: null, auth: 'facilitator' }),
  /** The member's own parked topics ("might present"), most urgent first. */
  myParkedTopics: route<null, MyParkedTopic[]>({ method: 'GET', path: '/api/me/parked-topics', body: null, auth: 'member' }),
  shareParkedTopic: route<typeof shareParkedTopicSchema, MyParkedTopic>({ method: 'PATCH', path: '/api/me/parked-topics/:topicId', body: shareParkedTopicSchema, auth: 'member' }),
  removeParkedTopic: route<null, { ok: true }>({ method: 'DELETE', path: '/api/me/parked-topics/:topicId', body: null, auth: 'member' }),
  /** Owner, urgency, importance and date of each parked topic; its title only where the owner shared it. */
  cohortParkingLot: route<null, CohortParkingLot>({ method: 'GET', path: '/api/cohorts/:cohortId/parking-lot', body: null, auth: 'facilitator' }),
  keptQuestions: route<null, { sessionId: string; sessionStartsAt: number; texts: string[] }[]>({ method: 'GET', path: '/api/me/kept-questions', body: null, auth: 'member' }),
  /** A note for the session's current presenter, sealed for them at once; they read it once their presentation is over. */
  writePresenterNote: route<typeof presenterNoteSchema, WrittenPresenterNote>({ method: 'POST', path: '/api/sessions/:sessionId/presenter-notes', body: presenterNoteSchema, auth: 'member' }),
  myPresenterNotes: route<null, PresenterNotesForSession[]>({ method: 'GET', path: '/api/me/presenter-notes', body: null, auth: 'member' }),
  keepPresenterNote: route<typeof keepPresenterNoteSchema, HandedOverNote>({ method: 'PATCH', path: '/api/me/presenter-notes/:noteId', body: keepPresenterNoteSchema, auth: 'member' }),
  presenterBrief: route<null, PresenterBriefPage>({ method: 'GET', path: '/api/sessions/:sessionId/brief', body: null, auth: 'member' }),
  savePresenterBrief: route<typeof savePresenterBriefSchema, PresenterBrief>({ method: 'POST', path: '/api/sessions/:sessionId/brief', body: savePresenterBriefSchema, auth: 'member' }),
  answerHelpfulness: route<typeof helpfulnessSchema, Helpfulness>({ method: 'POST', path: '/api/sessions/:sessionId/helpfulness', body: helpfulnessSchema, auth: 'member' }),
  keptBriefs: route<null, (PresenterBrief & { sessionStartsAt: number })[]>({ method: 'GET', path: '/api/me/kept-briefs', body: null, auth: 'member' }),
  exportMyData: route<null, Record<string, unknown>>({ method: 'GET', path: '/api/me/export', body: null, auth: 'member' }),
  deleteMyData: route<null, { ok: true }>({ method: 'DELETE', path: '/api/me', body: null, auth: 'member' }),
  /** Personal subscription feed; the secret in the path is the only credential (calendar apps send no cookies). */
  calendarFeed: route<null, string>({ method: 'GET', path: '/api/calendar/:token', body: null, auth: 'none' }),
} as const;

export type ApiRouteName = keyof typeof apiRoutes;
export type ApiBody<N extends ApiRouteName> = (typeof apiRoutes)[N]['body'] extends z.ZodType
  ? z.input<NonNullable<(typeof apiRoutes)[N]['body']>>
  : undefined;
export type ApiResponse<N extends ApiRouteName> = NonNullable<(typeof apiRoutes)[N]['response']>;
