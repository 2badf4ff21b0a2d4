import type { Logger } from 'pino';
import { DomainError, type CohortSessionJoin, type Identity, type LobbyUpdateEvent, type ParticipantRole } from '@peercircle/shared';
import { provisionalPresenterId } from '../cohort-admin/provisional-presenter';
import type { AttendanceLog } from '../meetings/attendance-log';
import type { LiveCohortSessions } from '../meetings/live-cohort-sessions';
import type { Repositories } from '../repositories';
import type { Cohort } from '../storage/cohorts-repository';
import type { CohortSession } from '../storage/sessions-repository';
import { decideEntry } from './entry-decision';
import type { Lobby } from './lobby';
import { privacyCheckAtDoor } from './privacy-check';
import type { LobbyNotifier, RoomEntry, Visitor } from './visitor';

interface CohortVisitor {
  identity: Identity;
  role: ParticipantRole;
  cohort: Cohort;
  session: CohortSession;
}

const noSuchSession = () => new DomainError('not_found', 'No such session');

/**
 * The door of a cohort's session. Facilitators of the cohort walk in (and their arrival opens a
 * scheduled session); members must have accepted the current agreement and are let in from the
 * lobby, unless the door is open. Whoever was inside once is let back in after a dropped connection.
 */
export class CohortSessionEntry {
  /** Connections waiting in a lobby: connection id → session and member. */
  private readonly waitingConnections = new Map<string, { sessionId: string; memberId: string }>();

  constructor(
    private readonly repos: Repositories,
    private readonly live: LiveCohortSessions,
    private readonly lobby: Lobby,
    private readonly attendance: AttendanceLog,
    private readonly notifier: LobbyNotifier,
    private readonly clock: () => number,
    private readonly logger: Logger,
  ) {}

  async enter({ identity, connectionId }: Visitor, { sessionId, privacyConfirmed }: CohortSessionJoin): Promise<RoomEntry> {
    if (identity.kind === 'guest') throw new DomainError('unauthenticated', 'Please sign in or use your invite link');
    const session = await this.repos.sessions.findById(sessionId);
    if (!session) throw noSuchSession();
    const visitor = await this.visitor(identity, session);
    const member = identity.kind === 'member' ? await this.repos.members.findById(identity.id) : undefined;
    const decision = decideEntry({
      role: visitor.role,
      sessionStatus: session.status,
      doorOpen: session.doorOpen,
      admitted: this.lobby.isAdmitted(sessionId, identity.id) || (await this.wasInside(session, visitor.cohort, identity.id)),
      agreementVersion: visitor.cohort.agreementVersion,
      acceptedAgreementVersion: member?.acceptedAgreementVersion ?? null,
    });
    if (decision.kind === 'refuse') throw decision.error;
    if (decision.kind === 'wait') {
      this.lobby.wait(sessionId, { memberId: identity.id, displayName: identity.displayName, since: this.clock() });
      this.waitingConnections.set(connectionId, { sessionId, memberId: identity.id });
      this.announceLobby(sessionId);
      throw new DomainError('waiting_in_lobby', 'Waiting for the facilitator to let you in');
    }
    this.stopWaiting(connectionId);
    return this.admitInto(visitor, connectionId, privacyConfirmed);
  }

  stopWaiting(connectionId: string): void {
    const waiting = this.waitingConnections.get(connectionId);
    if (!waiting) return;
    this.waitingConnections.delete(connectionId);
    if (this.lobby.leave(waiting.sessionId, waiting.memberId)) this.announceLobby(waiting.sessionId);
  }

  /** Facilitators of the session's cohort only: lets one member in. */
  async admit(identity: Visitor['identity'], sessionId: string, memberId: string): Promise<void> {
    await this.requireFacilitator(identity, sessionId);
    this.lobby.admit(sessionId, memberId);
    this.notifier.admitted(sessionId, memberId);
    this.announceLobby(sessionId);
  }

  /** Facilitators only: an open door lets everyone in directly, including those already waiting. */
  async setDoorOpen(identity: Visitor['identity'], sessionId: string, open: boolean): Promise<void> {
    await this.requireFacilitator(identity, sessionId);
    await this.repos.sessions.setDoorOpen(sessionId, open);
    if (open) this.lobby.admitAll(sessionId).forEach((memberId) => this.notifier.admitted(sessionId, memberId));
    this.announceLobby(sessionId);
  }

  private async lobbyUpdate(sessionId: string): Promise<LobbyUpdateEvent> {
    const doorOpen = (await this.repos.sessions.findById(sessionId))?.doorOpen ?? false;
    return { sessionId, waiting: this.lobby.waiting(sessionId), doorOpen };
  }

  private announceLobby(sessionId: string): void {
    this.withLobbyUpdate(sessionId, (update) => this.notifier.lobbyChanged(update));
  }

  /** Lobby news is a side effect: a failed lookup is logged, never left to reject unhandled. */
  private withLobbyUpdate(sessionId: string, deliver: (update: LobbyUpdateEvent) => void): void {
    this.lobbyUpdate(sessionId).then(deliver, (error: unknown) => this.logger.error({ sessionId, err: error }, 'could not announce the lobby'));
  }

  private async admitInto(
    { identity, role, cohort, session }: CohortVisitor,
    connectionId: string,
    privacyConfirmed: CohortSessionJoin['privacyConfirmed'],
  ): Promise<RoomEntry> {
    const opened = session.status === 'scheduled' ? await this.open(session) : session;
    const live = await this.live.roomFor(opened, cohort);
    if (role === 'facilitator') this.withLobbyUpdate(session.id, (current) => this.notifier.watchLobby(connectionId, current));
    if (identity.kind === 'member') this.attendance.arrived(session.id, identity.id);
    const privacyCheck = privacyCheckAtDoor(role, cohort.privacyChecklist, privacyConfirmed);
    return {
      roomKey: session.id,
      participantId: identity.id,
      displayName: identity.displayName,
      role,
      session: live,
      ...(privacyCheck ? { privacyCheck } : {}),
      left: () => {
        if (identity.kind === 'member') this.attendance.left(session.id, identity.id);
      },
    };
  }

  /**
   * The first facilitator to arrive opens the session, with a provisional presenter (the override,
   * or the rotation's pick among all members); the start picks again among those actually present.
   */
  private async open(session: CohortSession): Promise<CohortSession> {
    const presenterId = await provisionalPresenterId(this.repos, session);
    await this.repos.sessions.setPresenter(session.id, presenterId);
    await this.repos.sessions.setStatus(session.id, 'open', this.clock());
    return { ...session, status: 'open', presenterId, openedAt: this.clock() };
  }

  private async visitor(identity: Identity, session: CohortSession): Promise<CohortVisitor> {
    const cohort = await this.repos.cohorts.findById(session.cohortId);
    if (!cohort) throw noSuchSession();
    if (identity.kind === 'facilitator') {
      if (!(await this.repos.cohorts.isFacilitator(cohort.id, identity.id))) throw noSuchSession();
      return { identity, role: 'facilitator', cohort, session };
    }
    if (identity.cohortId !== cohort.id) throw noSuchSession();
    return { identity, role: 'member', cohort, session };
  }

  /** Someone seated in the live circle was let in before (e.g. before a restart, or a dropped connection). */
  private async wasInside(session: CohortSession, cohort: Cohort, participantId: string): Promise<boolean> {
    if (session.status !== 'open') return false;
    const live = await this.live.roomFor(session, cohort);
    return participantId in live.state.participants;
  }

  private async requireFacilitator(identity: Visitor['identity'], sessionId: string): Promise<void> {
    const session = await this.repos.sessions.findById(sessionId);
    if (!session || identity.kind !== 'facilitator' || !(await this.repos.cohorts.isFacilitator(session.cohortId, identity.id))) {
      throw new DomainError('forbidden', 'Only the facilitator of this session can do that');
    }
  }
}
