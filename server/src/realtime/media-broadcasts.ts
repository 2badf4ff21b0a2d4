import type { MediaRoom } from '../media/media-room';
import { participantChannel, roomChannel, type PeerServer } from './socket-types';

/**
 * Forwards a media room's events to the sockets of the participants they concern. A whole circle lives
 * on one node, so its events never need the cluster's bus (`local`; the same thing in a single process).
 */
export function broadcastMediaRoomEvents(server: PeerServer, room: MediaRoom): void {
  const io = server.local;
  const everyone = roomChannel(room.roomId);
  const othersThan = (participantId: string) => io.to(everyone).except(participantChannel(participantId));

  room.on('producerAdded', (event) => othersThan(event.participantId).emit('media:producerAdded', event));
  room.on('producerState', (event) => othersThan(event.participantId).emit('media:producerState', event));
  room.on('producerClosed', (event) => othersThan(event.participantId).emit('media:producerClosed', event));
  room.on('consumerClosed', (ownerId, event) =>
    io.to(participantChannel(ownerId)).emit('media:consumerClosed', event),
  );
  // Speaker changes are frequent and only the latest matters: volatile, never queued.
  room.on('activeSpeaker', (participantId) => io.to(everyone).volatile.emit('media:activeSpeaker', { participantId }));
  room.on('closed', (reason) => {
    if (reason !== 'worker_died') return;
    io.to(everyone).emit('room:rejoinRequired', { reason: 'media_restarted' });
    io.in(everyone).socketsLeave(everyone);
  });
}
