import { DomainError, type Identity, type ParticipantRole } from '@peercircle/shared';
import { choosePresenter } from '../cohorts/presenter-rotation';
import type { Repositories } from '../repositories';
import type { CohortDoor } from '../realtime/room-doors';
import type { RoomEntry } from '../realtime/room-access';
import type { PeerSocket } from '../realtime/socket-types';
import type { Cohort } from '../storage/cohorts-repository';
import type { CohortSession } from '../storage/sessions-repository';
import type { AttendanceLog } from './attendance-log';
import { decideEntry } from './entry-decision';
import type { LiveCohortSessions } from './live-cohort-sessions';
import type { Lobby } from './lobby';

/** How the door tells people about the lobby; implemented over socket.io. */
export interface LobbyNotifier {
  lobbyChanged(sessionId: string): void;
  admitted(sessionId: string, memberId: string): void;
  /** This socket now hears about the session's lobby (facilitators). */
  watchLobby(socket: PeerSocket, sessionId: string): void;
}

interface Visitor {
  identity: Identity;
  role: ParticipantRole;
  cohort: Cohort;
  session: CohortSession;
}

/**
 * The door of a cohort's session. Facilitators of the cohort walk in (and their arrival opens a
 * scheduled session); members must have accepted the current agreement and are let in from the
 * lobby, unless the door is open. Whoever was inside once is let back in after a dropped connection.
 */
export class CohortSessionDoor implements CohortDoor {
  constructor(
    private readonly repos: Repositories,
    private readonly live: LiveCohortSessions,
    private readonly lobby: Lobby,
    private readonly attendance: AttendanceLog,
    private readonly notifier: LobbyNotifier,
    private readonly clock: () => number,
  ) {}

  async tryEnter(socket: PeerSocket, sessionId: string): Promise<RoomEntry | null> {
    const identity = socket.data.identity;
    const session = await this.repos.sessions.findById(sessionId);
    if (!identity || !session) return null;
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
      socket.data.waitingIn = sessionId;
      this.notifier.lobbyChanged(sessionId);
      throw new DomainError('waiting_in_lobby', 'Waiting for the facilitator to let you in');
    }
    return this.enter(socket, visitor);
  }

  stopWaiting(socket: PeerSocket): void {
    const sessionId = socket.data.waitingIn;
    const identity = socket.data.identity;
    socket.data.waitingIn = undefined;
    if (sessionId && identity && this.lobby.leave(sessionId, identity.id)) this.notifier.lobbyChanged(sessionId);
  }

  /** Facilitators only: lets one member in. */
  async admit(socket: PeerSocket, memberId: string): Promise<void> {
    const sessionId = await this.facilitatedSession(socket);
    this.lobby.admit(sessionId, memberId);
    this.notifier.admitted(sessionId, memberId);
    this.notifier.lobbyChanged(sessionId);
  }

  /** Facilitators only: an open door lets everyone in directly, including those already waiting. */
  async setDoorOpen(socket: PeerSocket, open: boolean): Promise<void> {
    const sessionId = await this.facilitatedSession(socket);
    await this.repos.sessions.setDoorOpen(sessionId, open);
    if (open) this.lobby.admitAll(sessionId).forEach((memberId) => this.notifier.admitted(sessionId, memberId));
    this.notifier.lobbyChanged(sessionId);
  }

  async doorOpen(sessionId: string): Promise<boolean> {
    return (await this.repos.sessions.findById(sessionId))?.doorOpen ?? false;
  }

  private async enter(socket: PeerSocket, { identity, role, cohort, session }: Visitor): Promise<RoomEntry> {
    const opened = session.status === 'scheduled' ? await this.open(session, cohort) : session;
    const live = await this.live.roomFor(opened, cohort);
    if (role === 'facilitator') this.notifier.watchLobby(socket, session.id);
    if (identity.kind === 'member') this.attendance.arrived(session.id, identity.id);
    return {
      roomId: session.id,
      displayName: identity.displayName,
      role,
      session: live,
      left: () => {
        if (identity.kind === 'member') this.attendance.left(session.id, identity.id);
      },
    };
  }

  /**
   * The first facilitator to arrive opens the session, with a provisional presenter (the override,
   * or the rotation's pick among all members); the start picks again among those actually present.
   */
  private async open(session: CohortSession, cohort: Cohort): Promise<CohortSession> {
    const members = await this.repos.members.listByCohort(cohort.id);
    const history = (await this.repos.sessions.listByCohort(cohort.id))
      .filter((past) => past.status === 'ended')
      .map((past) => ({ presenterId: past.presenterId, startsAt: past.startsAt }));
    const presenterId =
      session.presenterOverrideId ??
      choosePresenter({
        attendingMemberIds: members.map((member) => member.id),
        seatingOrder: members.map((member) => member.id),
        history,
      });
    await this.repos.sessions.setPresenter(session.id, presenterId);
    await this.repos.sessions.setStatus(session.id, 'open', this.clock());
    return { ...session, status: 'open', presenterId, openedAt: this.clock() };
  }

  private async visitor(identity: Identity, session: CohortSession): Promise<Visitor> {
    const cohort = await this.repos.cohorts.findById(session.cohortId);
    if (!cohort) throw new DomainError('not_found', 'No such session');
    if (identity.kind === 'facilitator') {
      if (!(await this.repos.cohorts.isFacilitator(cohort.id, identity.id))) throw new DomainError('not_found', 'No such session');
      return { identity, role: 'facilitator', cohort, session };
    }
    if (identity.cohortId !== cohort.id) throw new DomainError('not_found', 'No such session');
    return { identity, role: 'member', cohort, session };
  }

  /** Someone seated in the live circle was let in before (e.g. before a restart, or a dropped connection). */
  private async wasInside(session: CohortSession, cohort: Cohort, participantId: string): Promise<boolean> {
    if (session.status !== 'open') return false;
    const live = await this.live.roomFor(session, cohort);
    return participantId in live.state.participants;
  }

  private async facilitatedSession(socket: PeerSocket): Promise<string> {
    const sessionId = socket.data.roomId;
    const identity = socket.data.identity;
    const session = sessionId ? await this.repos.sessions.findById(sessionId) : undefined;
    if (!session || identity?.kind !== 'facilitator' || !(await this.repos.cohorts.isFacilitator(session.cohortId, identity.id))) {
      throw new DomainError('forbidden', 'Only the facilitator of this session can do that');
    }
    return session.id;
  }
}
