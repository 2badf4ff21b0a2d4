import { audibleParticipantIds, type CircleSession } from '@peercircle/shared';
import type { MediaRoom } from '../media/media-room';

/** Makes the SFU match the circle: only those who may be heard have their microphone forwarded. */
export async function enforceFloor(state: CircleSession, room: MediaRoom): Promise<void> {
  const audible = audibleParticipantIds(state);
  await Promise.all(
    room
      .participantIds()
      .map((participantId) => room.setAudioAllowed(participantId, audible === 'everyone' || audible.has(participantId))),
  );
}
