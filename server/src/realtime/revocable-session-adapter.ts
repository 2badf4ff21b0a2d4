import { SessionAwareAdapter } from 'socket.io-adapter';

type PersistedSession = Parameters<SessionAwareAdapter['persistSession']>[0];
type RestoredSession = Awaited<ReturnType<SessionAwareAdapter['restoreSession']>>;

/**
 * socket.io's connection-state recovery, with a way to take it back. Recovery restores a dropped
 * connection's rooms and replays the packets it missed *before* any middleware runs, so once someone
 * is removed, signed out or cut off, their saved sessions must be forgotten here: the next connection
 * then starts fresh and meets the handshake checks like any other.
 */
export class RevocableSessionAdapter extends SessionAwareAdapter {
  /** Saved sessions: private session id → the connection's id and data, and when it was saved. */
  private readonly saved = new Map<string, { sid: string; data: unknown; at: number }>();
  /** Sessions that must never be restored, with when they were forgotten. */
  private readonly forgotten = new Map<string, number>();

  override persistSession(session: PersistedSession): void {
    this.prune();
    if (this.forgotten.has(session.pid)) return;
    this.saved.set(session.pid, { sid: session.sid, data: session.data, at: Date.now() });
    super.persistSession(session);
  }

  override async restoreSession(pid: string, offset: string): Promise<RestoredSession> {
    // The declared type says a session always comes back; at run time null means "start fresh".
    if (this.forgotten.has(pid)) return null as unknown as RestoredSession;
    this.saved.delete(pid);
    return super.restoreSession(pid, offset);
  }

  /** The saved session of this one connection (e.g. it sent a refused frame) can never be restored. */
  forgetConnection(connectionId: string): void {
    for (const [pid, { sid }] of this.saved) if (sid === connectionId) this.forget(pid);
  }

  /** No saved session whose connection data matches can be restored any more. */
  forgetWhere(matches: (data: unknown) => boolean): void {
    for (const [pid, { data }] of this.saved) if (matches(data)) this.forget(pid);
  }

  private forget(pid: string): void {
    this.saved.delete(pid);
    this.forgotten.set(pid, Date.now());
  }

  /** Past the recovery window nothing can be restored anyway, so nothing needs remembering. */
  private prune(): void {
    const horizon = Date.now() - 2 * this.recoveryWindowMs();
    for (const [pid, { at }] of this.saved) if (at < horizon) this.saved.delete(pid);
    for (const [pid, at] of this.forgotten) if (at < horizon) this.forgotten.delete(pid);
  }

  private recoveryWindowMs(): number {
    const options = (this.nsp as { server: { opts: { connectionStateRecovery?: { maxDisconnectionDuration?: number } } } }).server.opts;
    return options.connectionStateRecovery?.maxDisconnectionDuration ?? 120_000;
  }
}
