import {
  DomainError,
  type Helpfulness,
  type NewHelpfulness,
  type PresenterBrief,
  type PresenterBriefPage,
  type SavePresenterBrief,
} from '@peercircle/shared';
import type { CircleStates } from '../meetings/circle-states';
import { presenterIdNow } from '../cohort-admin/provisional-presenter';
import type { Repositories } from '../repositories';
import type { StoredHelpfulness, StoredPresenterBrief } from '../storage/presenter-briefs-repository';
import type { CohortSession } from '../storage/sessions-repository';
import { activeMember, memberAndSession } from './member-access';


/**
 * The presenter's brief before their session and their answer to "Were we helpful?" after it. Each
 * is theirs alone: anyone else, facilitators included, is answered as if the session did not exist.
 */
export class PresenterBriefs {
  constructor(
    private readonly repos: Repositories,
    private readonly circleStates: CircleStates,
    private readonly clock: () => number,
  ) {}

  /** The member's own brief for a session of their circle, and whether they may still write it. */
  async page(memberId: string, sessionId: string): Promise<PresenterBriefPage> {
    const session = await this.sessionOfMember(memberId, sessionId);
    const brief = await this.repos.presenterBriefs.find(session.id, memberId);
    const helpfulness = await this.repos.presenterBriefs.findHelpfulness(session.id, memberId);
    return {
      sessionId: session.id,
      sessionStartsAt: session.startsAt,
      writable: await this.mayWrite(memberId, session),
      presenting: (await presenterIdNow(this.repos, this.circleStates, session)) === memberId,
      brief: brief ? toBrief(brief) : null,
      helpfulness: helpfulness ? toHelpfulness(helpfulness) : null,
    };
  }

  /** Only the session's presenter, before it ends. */
  async save(memberId: string, sessionId: string, input: SavePresenterBrief): Promise<PresenterBrief> {
    const session = await this.sessionOfMember(memberId, sessionId);
    if (!(await this.mayWrite(memberId, session))) {
      throw new DomainError('forbidden', session.status === 'ended' ? 'The session has ended' : 'Only the presenter of this session writes its brief');
    }
    const { ready, keep, ...content } = input;
    const saved = await this.repos.presenterBriefs.save({ sessionId: session.id, presenterId: memberId, ...content, ready, keep, updatedAt: this.clock() });
    return toBrief(saved);
  }

  /** The presenter's answer at the close (or after): once the session is open, and only theirs. */
  async answerHelpfulness(memberId: string, sessionId: string, input: NewHelpfulness): Promise<Helpfulness> {
    const session = await this.sessionOfMember(memberId, sessionId);
    if (session.status === 'scheduled' || session.status === 'cancelled') throw new DomainError('session_not_running', 'The session has not taken place yet');
    if ((await presenterIdNow(this.repos, this.circleStates, session)) !== memberId) {
      throw new DomainError('forbidden', 'Only the presenter of this session answers this');
    }
    const answer = { sessionId: session.id, presenterId: memberId, answer: input.answer, words: input.words ?? '', answeredAt: this.clock() };
    await this.repos.presenterBriefs.saveHelpfulness(answer);
    return toHelpfulness(answer);
  }

  /** Briefs the member kept after sessions that have ended, newest session first. */
  async kept(memberId: string): Promise<(PresenterBrief & { sessionStartsAt: number })[]> {
    await activeMember(this.repos, memberId);
    const briefs = await this.repos.presenterBriefs.listForPresenter(memberId);
    const withSessions = await Promise.all(briefs.map(async (brief) => ({ brief, session: await this.repos.sessions.findById(brief.sessionId) })));
    return withSessions
      .filter(({ session }) => session?.status === 'ended')
      .map(({ brief, session }) => ({ ...toBrief(brief), sessionStartsAt: session!.startsAt }))
      .sort((a, b) => b.sessionStartsAt - a.sessionStartsAt);
  }

  private async mayWrite(memberId: string, session: CohortSession): Promise<boolean> {
    if (session.status === 'ended' || session.status === 'cancelled') return false;
    return (await presenterIdNow(this.repos, this.circleStates, session)) === memberId;
  }

  private async sessionOfMember(memberId: string, sessionId: string): Promise<CohortSession> {
    return (await memberAndSession(this.repos, memberId, sessionId)).session;
  }
}

function toBrief({ presenterId: _presenterId, ...brief }: StoredPresenterBrief): PresenterBrief {
  return brief;
}

function toHelpfulness({ presenterId: _presenterId, ...answer }: StoredHelpfulness): Helpfulness {
  return answer;
}
