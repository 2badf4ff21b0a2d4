import { currentPhase, DomainError, type MeetingReviewAnswer, type MeetingReviewSummary, type MyMeetingReview } from '@peercircle/shared';
import type { CircleStates } from '../meetings/circle-states';
import { summarizeReviews } from '../cohorts/meeting-review-summary';
import type { Repositories } from '../repositories';
import type { CohortSession } from '../storage/sessions-repository';
import { reviewWindow } from './review-window';
import { memberAndSession } from './member-access';

const noSuchSession = () => new DomainError('not_found', 'No such session');

/**
 * The meeting review: members who were there rate a session from its closing until a week after it
 * ended; facilitators see only anonymous aggregates. Nothing here logs, and nothing returns an
 * answer with its author except to that author.
 */
export class MeetingReviews {
  constructor(
    private readonly repos: Repositories,
    private readonly circleStates: CircleStates,
    private readonly clock: () => number,
  ) {}

  /** Records (or replaces) the member's own answer; `input` is already validated by `meetingReviewSchema`. */
  async answer(memberId: string, sessionId: string, input: MeetingReviewAnswer): Promise<MyMeetingReview> {
    const { member, session } = await memberAndSession(this.repos, memberId, sessionId);
    const window = reviewWindow(session, await this.inClosingPhase(session), this.clock());
    if (window === 'not_yet') throw new DomainError('wrong_phase', 'The meeting can be rated from its closing on');
    if (window === 'closed') throw new DomainError('session_closed', 'This meeting can no longer be rated');
    const attended = (await this.repos.attendance.listBySession(session.id)).some((record) => record.memberId === member.id);
    if (!attended) throw new DomainError('forbidden', 'Only those who were at the meeting can rate it');
    const comment = input.comment?.trim() ? input.comment.trim() : null;
    await this.repos.meetingReviews.answer({ sessionId: session.id, memberId: member.id, rating: input.rating, comment }, this.clock());
    return { sessionId: session.id, rating: input.rating, comment };
  }

  /** For the cohort's facilitators: the count only, or with at least four answers the anonymous aggregate. */
  async summary(facilitatorId: string, sessionId: string): Promise<MeetingReviewSummary> {
    const session = await this.repos.sessions.findById(sessionId);
    if (!session || !(await this.repos.cohorts.isFacilitator(session.cohortId, facilitatorId))) throw noSuchSession();
    return summarizeReviews(session, await this.repos.meetingReviews.listAnonymous([session.id]));
  }

  private async inClosingPhase(session: CohortSession): Promise<boolean> {
    if (session.status !== 'open') return false;
    const state = await this.circleStates.current(session.id);
    return state !== undefined && state.status === 'running' && currentPhase(state)?.kind === 'closing';
  }
}
