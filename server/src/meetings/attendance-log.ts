import type { Logger } from 'pino';
import type { AttendanceRepository } from '../storage/attendance-repository';

/**
 * Records who came to each session and for how long, from arrivals and departures. Writes happen
 * in the background: attendance must never hold up someone joining or leaving.
 */
export class AttendanceLog {
  private readonly arrivedAt = new Map<string, number>();

  constructor(
    private readonly attendance: AttendanceRepository,
    private readonly clock: () => number,
    private readonly logger: Logger,
  ) {}

  arrived(sessionId: string, memberId: string): void {
    const now = this.clock();
    this.arrivedAt.set(key(sessionId, memberId), now);
    this.attendance.recordArrival(sessionId, memberId, now).catch((error: unknown) => this.failed(sessionId, error));
  }

  left(sessionId: string, memberId: string): void {
    const now = this.clock();
    const since = this.arrivedAt.get(key(sessionId, memberId));
    if (since === undefined) return;
    this.arrivedAt.delete(key(sessionId, memberId));
    this.attendance.recordDeparture(sessionId, memberId, now, now - since).catch((error: unknown) => this.failed(sessionId, error));
  }

  /** At the end of a session, everyone still inside leaves. */
  sessionEnded(sessionId: string): void {
    for (const entry of [...this.arrivedAt.keys()]) {
      const [session, memberId] = entry.split('|');
      if (session === sessionId && memberId) this.left(sessionId, memberId);
    }
  }

  private failed(sessionId: string, error: unknown): void {
    this.logger.error({ sessionId, err: error }, 'could not record attendance');
  }
}

const key = (sessionId: string, memberId: string) => `${sessionId}|${memberId}`;
