import { z } from 'zod';

export const admitMemberSchema = z.object({ memberId: z.uuid() });
export const setDoorSchema = z.object({ open: z.boolean() });

export interface WaitingMemberSummary {
  memberId: string;
  displayName: string;
  since: number;
}

/** To the session's facilitators: who is waiting, and whether the door is open for all. */
export interface LobbyUpdateEvent {
  sessionId: string;
  waiting: WaitingMemberSummary[];
  doorOpen: boolean;
}

/** To a waiting member: come in (join the room again). */
export interface LobbyAdmittedEvent {
  sessionId: string;
}
