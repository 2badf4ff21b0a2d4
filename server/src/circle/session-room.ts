import { EventEmitter } from 'node:events';
import {
  diffViews,
  DomainError,
  reduce,
  viewFor,
  type Actor,
  type CircleSessionView,
  type CircleCommandInput,
  type CircleSession,
  type SessionSnapshot,
  type SessionUpdateEvent,
} from '@peercircle/shared';

/** The narrow outbound interface a session room needs: deliver one participant's view. */
export interface SessionBroadcaster {
  sendView(viewerId: string, update: SessionUpdateEvent): void;
}

interface SessionRoomEvents {
  /** After every accepted command, with the state before it. */
  changed: [state: CircleSession, previous: CircleSession];
}

export type ApplyResult = { ok: true; version: number } | { ok: false; error: DomainError };

/**
 * Work that must finish before anyone hears of a new state, e.g. enforcing the floor in the SFU so
 * the view never announces a speaker whose microphone is not yet forwarded.
 */
export type CommitStep = (state: CircleSession, previous: CircleSession) => Promise<void>;

/**
 * The single authority over one live circle session. Commands are applied one at a time, in arrival
 * order, through the shared reducer; each accepted command bumps the version and every participant
 * receives their own view of the new state.
 */
export class SessionRoom extends EventEmitter<SessionRoomEvents> {
  private current: CircleSession;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly commitSteps: CommitStep[] = [];
  /** The view each participant was last sent, the base of their next delta. */
  private readonly lastSent = new Map<string, CircleSessionView>();

  constructor(
    initial: CircleSession,
    private readonly clock: () => number,
    private readonly broadcaster: SessionBroadcaster,
  ) {
    super();
    this.current = initial;
  }

  get state(): CircleSession {
    return this.current;
  }

  get sessionId(): string {
    return this.current.sessionId;
  }

  apply(command: CircleCommandInput, actor: Actor): Promise<ApplyResult> {
    const result = this.queue.then(() => this.applyNow(command, actor));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Adds a step run (in order, awaited) after each accepted command and before its broadcast. */
  addCommitStep(step: CommitStep): void {
    this.commitSteps.push(step);
  }

  /** A full view for a participant (joining, resyncing); their next update is a delta from it. */
  snapshotFor(viewerId: string): SessionSnapshot {
    const view = viewFor(this.current, viewerId);
    this.lastSent.set(viewerId, view);
    return { view, serverNow: this.clock() };
  }

  hasFacilitator(): boolean {
    return Object.values(this.current.participants).some((participant) => participant.role === 'facilitator');
  }

  hasPresentParticipants(): boolean {
    return Object.values(this.current.participants).some((participant) => participant.presence === 'present');
  }

  private async applyNow(command: CircleCommandInput, actor: Actor): Promise<ApplyResult> {
    const previous = this.current;
    const outcome = reduce(previous, command, actor, this.clock());
    if (!outcome.ok) return outcome;
    this.current = outcome.state;
    for (const step of this.commitSteps) await step(outcome.state, previous);
    this.emit('changed', outcome.state, previous);
    this.broadcast();
    return { ok: true, version: outcome.state.version };
  }

  private broadcast(): void {
    const serverNow = this.clock();
    for (const { participantId, presence } of Object.values(this.current.participants)) {
      if (presence === 'left') {
        this.lastSent.delete(participantId);
        continue;
      }
      const view = viewFor(this.current, participantId);
      const previous = this.lastSent.get(participantId);
      this.lastSent.set(participantId, view);
      this.broadcaster.sendView(
        participantId,
        previous ? { kind: 'delta', delta: diffViews(previous, view), serverNow } : { kind: 'snapshot', view, serverNow },
      );
    }
  }
}
