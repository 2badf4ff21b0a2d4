import { mirrorSessionUpdate } from '@peercircle/shared';
import type { MediaSession } from '../media/media-session';
import type { PeerClientSocket } from '../realtime/socket';
import { lobbyUpdated } from '../store/lobby-slice';
import { remoteParticipantMediaCleared } from '../store/media-slice';
import {
  activeSpeakerChanged,
  participantJoined,
  participantLeft,
  producerAdded,
  producerRemoved,
  producerStateChanged,
} from '../store/room-slice';
import { sessionViewReceived } from '../store/session-slice';
import { useAppStore } from '../store/store';
import { notify } from '../store/ui-slice';

/** What the room connection does when the server's events call for more than a store update. */
export interface RoomEventReactions {
  media(): MediaSession | null;
  consume(producerIds: readonly string[]): void;
  recoverMedia(message: string): void;
  /** The facilitator let this member in from the lobby. */
  enterAfterAdmission(): void;
  /** An update was missed: fetch the whole view again. */
  resync(): void;
}

/** The server's room, media, lobby and circle events, mirrored into the store. */
export function listenToRoomEvents(socket: PeerClientSocket, reactions: RoomEventReactions): void {
  socket.on('room:participantJoined', (participant) => {
    participantJoined(participant);
    notify(`${participant.displayName} joined`);
  });
  socket.on('room:participantLeft', ({ participantId }) => {
    const name = useAppStore.getState().room.participants.find((p) => p.participantId === participantId)?.displayName;
    reactions.media()?.dropParticipant(participantId);
    participantLeft(participantId);
    remoteParticipantMediaCleared(participantId);
    if (name) notify(`${name} left`);
  });
  socket.on('room:rejoinRequired', () => reactions.recoverMedia('Media restarted, reconnecting'));
  socket.on('media:producerAdded', (event) => {
    producerAdded(event.participantId, event);
    reactions.consume([event.producerId]);
  });
  socket.on('media:producerState', ({ participantId, producerId, paused }) =>
    producerStateChanged(participantId, producerId, paused),
  );
  socket.on('media:producerClosed', ({ participantId, producerId }) => {
    producerRemoved(participantId, producerId);
    reactions.media()?.dropConsumer(producerId);
  });
  socket.on('media:consumerClosed', ({ producerId }) => reactions.media()?.dropConsumer(producerId));
  socket.on('media:activeSpeaker', ({ participantId }) => activeSpeakerChanged(participantId));
  socket.on('lobby:update', (event) => lobbyUpdated(event));
  socket.on('lobby:admitted', () => {
    if (useAppStore.getState().room.entry.kind !== 'lobby') return;
    notify('The facilitator let you in');
    reactions.enterAfterAdmission();
  });
  socket.on('session:update', (update) => {
    const step = mirrorSessionUpdate(useAppStore.getState().session.view, update);
    if (step.kind === 'view') sessionViewReceived(step.view);
    if (step.kind === 'gap') reactions.resync();
  });
}
