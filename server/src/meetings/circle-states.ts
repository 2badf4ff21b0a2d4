import type { CircleSession } from '@peercircle/shared';
import type { SessionRooms } from '../circle/session-rooms';
import type { LiveStatesRepository } from '../storage/live-states-repository';

/**
 * The live circle state of a session, for requests outside the circle (REST). A single process reads
 * it from memory. In a cluster the circle may live on another node: then it is read as that node last
 * saved it — every accepted command is saved before it is acknowledged — with anonymous authors sealed.
 */
export class CircleStates {
  constructor(
    private readonly rooms: SessionRooms,
    /** Cluster mode only. */
    private readonly saved: LiveStatesRepository | null,
  ) {}

  async current(sessionId: string): Promise<CircleSession | undefined> {
    const local = this.rooms.get(sessionId)?.state;
    if (local || !this.saved) return local;
    const row = await this.saved.load(sessionId);
    return row ? (JSON.parse(row.stateJson) as CircleSession) : undefined;
  }
}
