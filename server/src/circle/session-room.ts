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
  /** A new state could not be saved; the command was refused. */
  saveFailed: [error: unknown];
  /** A commit step failed after its state was accepted. */
  stepFailed: [error: unknown];
}

export type ApplyResult = { ok: true; version: number } | { ok: false; error: DomainError };

/**
 * Work that must finish before anyone hears of a new state, e.g. enforcing the floor in the SFU so
 * the view never announces a speaker whose microphone is not yet forwarded. A commit step handles
 * its own failures: the state is already accepted.
 */
export type CommitStep = (state: CircleSession, previous: CircleSession) => Promise<void>;

/**
 * Makes a new state durable before it is accepted. If it throws, the command is refused and the
 * state stays as it was: nothing in memory, the SFU or anyone's view gets ahead of what was saved.
 */
export type SaveStep = (state: CircleSession, previous: CircleSession) => Promise<void>;

const notSaved = () => new DomainError('unavailable', 'That could not be saved, so nothing changed. Try again in a moment.');

/**
 * The single authority over one live circle session. Commands are applied one at a time, in arrival
 * order, through the shared reducer; each accepted command bumps the version and every participant
 * receives their own view of the new state.
 */
export class SessionRoom extends EventEmitter<SessionRoomEvents> {
  private current: CircleSession;
  private queue: Promise<unknown> = Promise.resolve();
  private save: SaveStep | null = null;
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

  /**
   * Applies one command after those before it. A refusal or a failed save is an `ok: false` result;
   * callers that fire and forget (presence, voice samples) can rely on it never rejecting.
   */
  apply(command: CircleCommandInput, actor: Actor): Promise<ApplyResult> {
    const result = this.queue.then(() => this.applyNow(command, actor));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every command received so far (and any it queued in turn) has been applied. */
  async settled(): Promise<void> {
    let seen: Promise<unknown> | null = null;
    while (seen !== this.queue) {
      seen = this.queue;
      await seen;
    }
  }

  /** Sets how each new state is saved before it is accepted (cohort sessions persist; demo rooms do not). */
  setSaveStep(save: SaveStep): void {
    this.save = save;
  }

  get isDurable(): boolean {
    return this.save !== null;
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
    try {
      await this.save?.(outcome.state, previous);
    } catch (error) {
      this.emit('saveFailed', error);
      return { ok: false, error: notSaved() };
    }
    this.current = outcome.state;
    await this.afterAccepted(outcome.state, previous);
    return { ok: true, version: outcome.state.version };
  }

  /** The state is accepted: whatever fails from here is reported, and everyone still hears of it. */
  private async afterAccepted(state: CircleSession, previous: CircleSession): Promise<void> {
    for (const step of this.commitSteps) await step(state, previous).catch((error: unknown) => this.emit('stepFailed', error));
    for (const announce of [() => this.emit('changed', state, previous), () => this.broadcast()]) {
      try {
        announce();
      } catch (error) {
        this.emit('stepFailed', error);
      }
    }
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
