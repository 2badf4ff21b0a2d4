import type { Logger } from 'pino';
import {
  formatTemplateIds,
  pausesOf,
  presenterBriefDue,
  roleHoldersOf,
  updateCardsDue,
  type CircleSession,
  type FormatTemplateId,
  type RoleHistory,
  type ScribeNote,
} from '@peercircle/shared';
import type { SessionRoom } from '../circle/session-room';
import { rotationInputs } from '../cohort-admin/provisional-presenter';
import { choosePresenter } from '../cohorts/presenter-rotation';
import type { SessionRooms } from '../circle/session-rooms';
import type { Repositories } from '../repositories';
import { createRepositories } from '../repositories';
import type { Cohort } from '../storage/cohorts-repository';
import type { CohortSession } from '../storage/sessions-repository';
import { inTransaction } from '../storage/transactions';
import { AnonymousAuthors } from './anonymous-authors';
import { newRoleHoldings, roleHistoryFrom } from './role-history';

export interface SessionEndedHandler {
  (session: CohortSession): void;
}

/** Where the scribe's live notes go when a presentation ends (members/presenter-notes.ts). */
export interface ScribeNotesHandOver {
  sealScribeNotes(sessionId: string, presenterId: string, scribeId: string, notes: readonly ScribeNote[]): Promise<number>;
}

const asTemplate = (format: string): FormatTemplateId | undefined =>
  (formatTemplateIds as readonly string[]).includes(format) ? (format as FormatTemplateId) : undefined;

/**
 * The live circle of each open cohort session, kept durable: every command is saved before it is
 * accepted (a failed save refuses it), so a restarted server continues where it stopped. Authors
 * of anonymous questions are stored sealed. Forum roles taken up are remembered for the cohort's
 * rotation, and a new session's circle starts with that memory. When the session ends, what is worth
 * keeping (speaking time, the times of its pauses, a presenter's kept questions) is saved and the live
 * state deleted, with every brief its presenter did not keep, in one transaction.
 */
export class LiveCohortSessions {
  private readonly anonymousAuthors = new AnonymousAuthors();

  constructor(
    private readonly sessions: SessionRooms,
    private readonly repos: Repositories,
    private readonly onEnded: SessionEndedHandler,
    private readonly clock: () => number,
    private readonly logger: Logger,
    private readonly scribeNotes?: ScribeNotesHandOver,
    /** Cluster mode: the fencing epoch of this node's lease on the circle, carried by every save. */
    private readonly ownerEpoch: (sessionId: string) => number = () => 0,
  ) {}

  /** The live session of an open cohort session, restoring saved state if the server restarted. */
  async roomFor(session: CohortSession, cohort: Cohort): Promise<SessionRoom> {
    const existing = this.sessions.get(session.id);
    if (existing?.isDurable) return existing;
    const saved = await this.repos.liveStates.load(session.id);
    const unsealed = saved ? asReturning(this.anonymousAuthors.unseal(JSON.parse(saved.stateJson) as CircleSession)) : undefined;
    // States saved before forum roles existed have no history to rotate by.
    const roleHistory = unsealed?.roleHistory ?? (await this.cohortRoleHistory(session));
    const restored = unsealed && { ...unsealed, roleHistory };
    const templateId = asTemplate(session.format);
    const room = this.sessions.getOrCreate(session.id, {
      title: cohort.name,
      ...(templateId ? { templateId } : {}),
      presenterId: session.presenterId,
      anyMemberMayPause: cohort.anyMemberMayPause,
      roleHistory,
      ...(restored ? { restored } : {}),
    });
    // A room rebuilt after idling out is a new object: it is wired to storage again here.
    if (!room.isDurable) {
      room.setSaveStep((state, previous) => this.persist(session, state, previous));
      room.addCommitStep(async (state, previous) => {
        // Not awaited: the reveal is the room's next command, queued behind this one.
        if (presenterBriefDue(state, previous) && state.presenterId) void this.revealBrief(room, state.presenterId);
        if (updateCardsDue(state, previous)) void this.loadUpdateCards(room, session.cohortId);
      });
      if (restored) this.logger.info({ sessionId: session.id, version: restored.version }, 'live session restored');
    }
    return room;
  }

  /**
   * Just before a cohort session starts: the presenter is the facilitator's override, or the
   * rotation's pick among the members actually present (who presented least recently, then the most
   * urgent parked topic).
   */
  async prepareStart(room: SessionRoom, facilitatorId: string): Promise<void> {
    if (!room.isDurable) return;
    const session = await this.repos.sessions.findById(room.sessionId);
    if (!session) return;
    const present = Object.values(room.state.participants)
      .filter((participant) => participant.role === 'member' && participant.presence === 'present')
      .map((participant) => participant.participantId);
    const presenterId =
      session.presenterOverrideId ??
      (room.state.presenterId && present.includes(room.state.presenterId)
        ? room.state.presenterId
        : choosePresenter({ attendingMemberIds: present, seatingOrder: room.state.seating, ...(await rotationInputs(this.repos, session.cohortId)) }));
    if (presenterId === room.state.presenterId || (presenterId !== null && !(presenterId in room.state.participants))) return;
    const applied = await room.apply({ type: 'presenter.set', participantId: presenterId }, { kind: 'participant', participantId: facilitatorId });
    if (applied.ok) await this.repos.sessions.setPresenter(session.id, presenterId);
  }

  /** The presenter's brief enters the circle as their presentation starts, if they marked it ready. */
  private async revealBrief(room: SessionRoom, presenterId: string): Promise<void> {
    try {
      const brief = await this.repos.presenterBriefs.find(room.sessionId, presenterId);
      if (!brief?.ready) return;
      const { issue, stakes, background, feelings, tried, options, wantFromGroup, notWanted } = brief;
      const content = { issue, stakes, background, feelings, tried, options, wantFromGroup, notWanted };
      const applied = await room.apply({ type: 'presenterBrief.reveal', brief: content }, { kind: 'system' });
      if (!applied.ok) this.logger.warn({ sessionId: room.sessionId, code: applied.error.code }, 'presenter brief not shared');
    } catch (error) {
      this.logger.error({ sessionId: room.sessionId, err: error instanceof Error ? error.name : 'unknown' }, 'presenter brief could not be read');
    }
  }

  /**
   * The members' submitted updates enter the circle as a check-in starts: areas with the cohort's names,
   * and topic titles by rank. Whether a member might present a topic, and its urgency, stay in storage.
   */
  private async loadUpdateCards(room: SessionRoom, cohortId: string): Promise<void> {
    try {
      const [updates, areaNames] = await Promise.all([this.repos.monthlyUpdates.listForSession(room.sessionId), this.repos.monthlyUpdates.areaNames(cohortId)]);
      const cards = updates.map((update) => ({
        participantId: update.memberId,
        areas: update.areas.map((area, index) => ({ name: areaNames[index] ?? `area ${index + 1}`, rating: area.rating, line: area.line })),
        topics: [...update.topics].sort((a, b) => a.rank - b.rank).map((topic) => topic.title),
      }));
      const applied = await room.apply({ type: 'updateCards.load', cards }, { kind: 'system' });
      if (!applied.ok) this.logger.warn({ sessionId: room.sessionId, code: applied.error.code }, 'update cards not loaded');
    } catch (error) {
      this.logger.error({ sessionId: room.sessionId, err: error instanceof Error ? error.name : 'unknown' }, 'update cards could not be read');
    }
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
    await this.handOverScribeNotes(session, state, previous);
    if (state.status === 'ended' && previous.status !== 'ended') {
      await this.finish(session, previous, state);
      return;
    }
    if (state.status === 'ended') return;
    const sealed = JSON.stringify(this.anonymousAuthors.seal(state));
    const starting = state.status === 'running' && previous.status === 'not-started';
    // Whoever takes up a role is remembered with the state that gives it: a crash cannot part the two.
    const holdings = newRoleHoldings(state, previous);
    if (!starting && holdings.length === 0) {
      await this.repos.liveStates.save(session.id, state.version, sealed, this.clock(), this.ownerEpoch(session.id));
      return;
    }
    await inTransaction(this.repos.db, async (trx) => {
      const repos = createRepositories(trx);
      // The check-in begins: from now on the previous session's commitments are what is revisited.
      if (starting) await repos.sessions.setStarted(session.id, state.clock);
      await repos.roleHoldings.record(session.id, holdings);
      await repos.liveStates.save(session.id, state.version, sealed, this.clock(), this.ownerEpoch(session.id));
    });
  }

  /**
   * The presentation ends (another presenter, or the session's end) and with it the scribe's live notes:
   * before the state that deletes them is saved, they are sealed for the presenter, so a failure refuses
   * the command and keeps them. Copies are idempotent, so a retried transition stores nothing twice.
   */
  private async handOverScribeNotes(session: CohortSession, state: CircleSession, previous: CircleSession): Promise<void> {
    const notes = previous.scribeNotes ?? [];
    const presenterId = previous.presenterId;
    if (!this.scribeNotes || notes.length === 0 || presenterId === null) return;
    if (state.status !== 'ended' && state.presenterId === presenterId) return;
    // Each note is signed by its writer; states saved before notes were signed fall back on the scribe of the moment.
    const holderId = roleHoldersOf(previous).scribe;
    const byAuthor = new Map<string, ScribeNote[]>();
    let unsigned = 0;
    for (const note of notes) {
      const authorId = note.authorId ?? holderId;
      if (authorId === null) unsigned += 1;
      else byAuthor.set(authorId, [...(byAuthor.get(authorId) ?? []), note]);
    }
    if (unsigned > 0) this.logger.warn({ sessionId: session.id, notes: unsigned }, 'scribe notes not handed over: no author known');
    for (const [authorId, written] of byAuthor) await this.scribeNotes.sealScribeNotes(session.id, presenterId, authorId, written);
  }

  /** When each member last held each role in the cohort's other sessions. */
  private async cohortRoleHistory(session: CohortSession): Promise<RoleHistory> {
    return roleHistoryFrom(await this.repos.roleHoldings.listByCohort(session.cohortId, session.id));
  }

  /** `before` still holds the questions the end deleted, for a presenter who chose to keep theirs. */
  private async finish(session: CohortSession, before: CircleSession, after: CircleSession): Promise<void> {
    const now = this.clock();
    await inTransaction(this.repos.db, async (trx) => {
      const repos = createRepositories(trx);
      await repos.speakingTime.saveForSession(
        session.id,
        Object.entries(after.ledger).map(([participantId, entry]) => ({ participantId, ...entry })),
      );
      await repos.sessionPauses.saveForSession(session.id, pausesOf(after));
      if (before.presenterKeepsQuestions && before.presenterId) {
        const kept = before.questions.filter((q) => q.status !== 'withdrawn' && q.status !== 'merged').map((q) => q.text);
        if (kept.length > 0) await repos.keptQuestions.saveMany(session.id, before.presenterId, kept, now);
      }
      await repos.presenterBriefs.deleteUnkept(session.id);
      // Who presented is who held the presenter's seat at the end, even if the facilitator swapped it
      // during the session: the rotation and its fairness figure count who actually presented.
      const presenter = before.presenterId ? await repos.members.findById(before.presenterId) : undefined;
      if (presenter && presenter.cohortId === session.cohortId) {
        await repos.sessions.setPresenter(session.id, presenter.id);
        // Their topics were heard: they leave the parking lot.
        await repos.parkedTopics.deleteForMember(presenter.id);
      }
      await repos.liveStates.delete(session.id);
      await repos.sessions.setStatus(session.id, 'ended', now);
    });
    this.anonymousAuthors.forget(session.id);
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
