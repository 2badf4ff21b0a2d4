import type { Logger } from 'pino';
import { formatTemplateIds, type CircleSession, type FormatTemplateId } from '@peercircle/shared';
import type { SessionRoom } from '../circle/session-room';
import { choosePresenter } from '../cohorts/presenter-rotation';
import type { SessionRooms } from '../circle/session-rooms';
import type { Repositories } from '../repositories';
import type { Cohort } from '../storage/cohorts-repository';
import type { CohortSession } from '../storage/sessions-repository';

export interface SessionEndedHandler {
  (session: CohortSession): void;
}

const asTemplate = (format: string): FormatTemplateId | undefined =>
  (formatTemplateIds as readonly string[]).includes(format) ? (format as FormatTemplateId) : undefined;

/**
 * The live circle of each open cohort session, kept durable: every accepted command is saved before
 * anyone sees it, so a restarted server continues where it stopped. When the session ends, what is
 * worth keeping (speaking time, a presenter's kept questions) is saved and the live state deleted.
 */
export class LiveCohortSessions {
  private readonly wired = new Set<string>();

  constructor(
    private readonly sessions: SessionRooms,
    private readonly repos: Repositories,
    private readonly onEnded: SessionEndedHandler,
    private readonly clock: () => number,
    private readonly logger: Logger,
  ) {}

  /** The live session of an open cohort session, restoring saved state if the server restarted. */
  async roomFor(session: CohortSession, cohort: Cohort): Promise<SessionRoom> {
    const existing = this.sessions.get(session.id);
    if (existing && this.wired.has(session.id)) return existing;
    const saved = await this.repos.liveStates.load(session.id);
    const restored = saved ? asReturning(JSON.parse(saved.stateJson) as CircleSession) : undefined;
    const templateId = asTemplate(session.format);
    const room = this.sessions.getOrCreate(session.id, {
      title: cohort.name,
      ...(templateId ? { templateId } : {}),
      presenterId: session.presenterId,
      ...(restored ? { restored } : {}),
    });
    if (!this.wired.has(session.id)) {
      this.wired.add(session.id);
      room.addCommitStep((state, previous) => this.persist(session, state, previous));
      if (restored) this.logger.info({ sessionId: session.id, version: restored.version }, 'live session restored');
    }
    return room;
  }

  /**
   * Just before a cohort session starts: the presenter is the facilitator's override, or the
   * rotation's pick among the members actually present (who presented least recently).
   */
  async prepareStart(room: SessionRoom, facilitatorId: string): Promise<void> {
    if (!this.wired.has(room.sessionId)) return;
    const session = await this.repos.sessions.findById(room.sessionId);
    if (!session) return;
    const present = Object.values(room.state.participants)
      .filter((participant) => participant.role === 'member' && participant.presence === 'present')
      .map((participant) => participant.participantId);
    const history = (await this.repos.sessions.listByCohort(session.cohortId))
      .filter((past) => past.status === 'ended')
      .map((past) => ({ presenterId: past.presenterId, startsAt: past.startsAt }));
    const presenterId =
      session.presenterOverrideId ??
      (room.state.presenterId && present.includes(room.state.presenterId)
        ? room.state.presenterId
        : choosePresenter({ attendingMemberIds: present, seatingOrder: room.state.seating, history }));
    if (presenterId === room.state.presenterId || (presenterId !== null && !(presenterId in room.state.participants))) return;
    const applied = await room.apply({ type: 'presenter.set', participantId: presenterId }, { kind: 'participant', participantId: facilitatorId });
    if (applied.ok) await this.repos.sessions.setPresenter(session.id, presenterId);
  }

  /** After a restart, brings every session that was open back to life before anyone reconnects. */
  async restoreOpenSessions(): Promise<number> {
    const open = await this.repos.sessions.listOpen();
    for (const session of open) {
      const cohort = await this.repos.cohorts.findById(session.cohortId);
      if (cohort) await this.roomFor(session, cohort);
    }
    return open.length;
  }

  private async persist(session: CohortSession, state: CircleSession, previous: CircleSession): Promise<void> {
    if (state.status === 'ended' && previous.status !== 'ended') {
      await this.finish(session, previous, state);
      return;
    }
    if (state.status === 'ended') return;
    await this.repos.liveStates.save(session.id, state.version, JSON.stringify(state), this.clock());
  }

  /** `before` still holds the questions the end deleted, for a presenter who chose to keep theirs. */
  private async finish(session: CohortSession, before: CircleSession, after: CircleSession): Promise<void> {
    const now = this.clock();
    await this.repos.speakingTime.saveForSession(
      session.id,
      Object.entries(after.ledger).map(([participantId, entry]) => ({ participantId, ...entry })),
    );
    if (before.presenterKeepsQuestions && before.presenterId) {
      const kept = before.questions.filter((q) => q.status !== 'withdrawn' && q.status !== 'merged').map((q) => q.text);
      if (kept.length > 0) await this.repos.keptQuestions.saveMany(session.id, before.presenterId, kept, now);
    }
    await this.repos.liveStates.delete(session.id);
    await this.repos.sessions.setStatus(session.id, 'ended', now);
    this.logger.info({ sessionId: session.id }, 'session ended; live state deleted');
    this.onEnded(session);
  }
}

/** Restored participants are not connected yet: they show as away until they come back. */
function asReturning(state: CircleSession): CircleSession {
  const participants = Object.fromEntries(
    Object.entries(state.participants).map(([id, participant]) => [
      id,
      participant.presence === 'present' ? { ...participant, presence: 'away' as const } : participant,
    ]),
  );
  return { ...state, participants };
}
