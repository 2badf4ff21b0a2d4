import { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import { createCircleSession, type CircleSession, type FormatTemplateId, type RoleHistory } from '@peercircle/shared';
import { SessionRoom, type SessionBroadcaster } from './session-room';

export interface SessionRoomsOptions {
  /** How long a session with nobody present is kept before its content is dropped. */
  idleTtlMs: number;
  defaultTemplateId: FormatTemplateId;
  clock: () => number;
}

export interface SessionSetup {
  title: string;
  templateId?: FormatTemplateId;
  presenterId?: string | null;
  /** The cohort lets any member call a pause (read once, when the session is created). */
  anyMemberMayPause?: boolean;
  /** When members of the cohort last held each forum role, for rotation. */
  roleHistory?: RoleHistory;
  /** State saved before a restart, to continue from. */
  restored?: CircleSession;
}

interface SessionRoomsEvents {
  created: [room: SessionRoom];
  dropped: [room: SessionRoom];
}

/**
 * Live circle sessions by room id. Session content (questions, turns) lives only here: once a
 * session has had nobody present for the idle TTL it is dropped, and with it everything said.
 */
export class SessionRooms extends EventEmitter<SessionRoomsEvents> {
  private readonly rooms = new Map<string, SessionRoom>();
  private readonly expiries = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly broadcaster: SessionBroadcaster,
    private readonly options: SessionRoomsOptions,
    private readonly logger: Logger,
  ) {
    super();
  }

  get(sessionId: string): SessionRoom | undefined {
    return this.rooms.get(sessionId);
  }

  get size(): number {
    return this.rooms.size;
  }

  /** The live session, created fresh (or from `restored` state, after a restart) on first use. */
  getOrCreate(sessionId: string, setup: SessionSetup): SessionRoom {
    this.cancelExpiry(sessionId);
    const existing = this.rooms.get(sessionId);
    if (existing) return existing;
    const { clock, defaultTemplateId } = this.options;
    const fresh = () => ({
      ...createCircleSession({
        sessionId,
        title: setup.title,
        templateId: setup.templateId ?? defaultTemplateId,
        now: clock(),
        anyMemberMayPause: setup.anyMemberMayPause ?? false,
        ...(setup.roleHistory ? { roleHistory: setup.roleHistory } : {}),
      }),
      presenterId: setup.presenterId ?? null,
    });
    const room = new SessionRoom(setup.restored ?? fresh(), clock, this.broadcaster);
    this.rooms.set(sessionId, room);
    room.on('changed', () => this.expireIfIdle(room));
    room.on('saveFailed', (error) => this.logger.error({ sessionId, reason: describeFailure(error) }, 'could not save the circle; command refused'));
    room.on('stepFailed', (error) => this.logger.error({ sessionId, reason: describeFailure(error) }, 'a step after a command failed'));
    this.emit('created', room);
    // A restored session may have nobody coming back: it must idle out like any other.
    this.expireIfIdle(room);
    this.logger.info({ sessionId }, 'circle session opened');
    return room;
  }

  /** Forgets a session now, whoever is in it (cluster mode: another node owns the circle now). */
  discard(sessionId: string): void {
    const room = this.rooms.get(sessionId);
    if (!room) return;
    this.cancelExpiry(sessionId);
    this.rooms.delete(sessionId);
    this.emit('dropped', room);
    this.logger.info({ sessionId }, 'circle session handed to another node');
  }

  /**
   * Waits (at most `timeoutMs`) for the commands already received to be saved and applied: a stopping
   * server finishes what it acknowledged, or is about to, before its storage closes or its circles move.
   */
  async settle(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([Promise.all([...this.rooms.values()].map((room) => room.settled())), deadline]);
    clearTimeout(timer);
  }

  close(): void {
    for (const timer of this.expiries.values()) clearTimeout(timer);
    this.expiries.clear();
    this.rooms.clear();
  }

  private expireIfIdle(room: SessionRoom): void {
    if (room.hasPresentParticipants()) {
      this.cancelExpiry(room.sessionId);
      return;
    }
    if (this.expiries.has(room.sessionId)) return;
    const timer = setTimeout(() => {
      this.expiries.delete(room.sessionId);
      if (room.hasPresentParticipants()) return;
      this.rooms.delete(room.sessionId);
      this.emit('dropped', room);
      this.logger.info({ sessionId: room.sessionId }, 'circle session dropped after idling');
    }, this.options.idleTtlMs);
    timer.unref();
    this.expiries.set(room.sessionId, timer);
  }

  private cancelExpiry(sessionId: string): void {
    const timer = this.expiries.get(sessionId);
    if (!timer) return;
    clearTimeout(timer);
    this.expiries.delete(sessionId);
  }
}

/** What went wrong, without the error's attached details (a database error may quote values). */
function describeFailure(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : 'unknown error';
}
