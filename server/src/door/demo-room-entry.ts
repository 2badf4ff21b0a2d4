import { DomainError, type DemoRoomJoin } from '@peercircle/shared';
import type { SessionRooms } from '../circle/session-rooms';
import type { RoomEntry, Visitor } from './visitor';

/** Demo rooms live in their own key space: no demo name can be a cohort session's key. */
export const demoRoomKey = (name: string): string => `demo:${name}`;
export const isDemoRoomKey = (roomKey: string): boolean => roomKey.startsWith('demo:');

/**
 * Ad-hoc rooms for trying PeerCircle out: anyone with the link enters under the name they give, and
 * the room's first arrival facilitates (the role stays with them, and can be handed over).
 */
export function enterDemoRoom(sessions: SessionRooms, { identity }: Visitor, request: DemoRoomJoin): RoomEntry {
  const displayName = request.displayName ?? (identity.kind === 'guest' ? undefined : identity.displayName);
  if (!displayName) throw new DomainError('invalid_payload', 'A name is required to join');
  const roomKey = demoRoomKey(request.demoRoom);
  const session = sessions.getOrCreate(roomKey, { title: request.demoRoom });
  const role = session.hasFacilitator() ? 'member' : 'facilitator';
  return { roomKey, participantId: identity.id, displayName, role, session, left: () => undefined };
}
