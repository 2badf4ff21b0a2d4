import type { MediaRooms } from '../media/media-rooms';
import type { RequestHandlers } from './request-handlers';
import type { RoomMembership } from './room-membership';
import type { PeerSocket } from './socket-types';

/** What every room's router offers: asked before joining, it touches no participant's media. */
export function routerCapabilitiesHandler(rooms: MediaRooms): RequestHandlers {
  return { 'media:getRouterCapabilities': async () => ({ routerRtpCapabilities: await rooms.routerRtpCapabilities() }) };
}

/** `media:*` requests about the caller's own peer in its current room. */
export function peerMediaHandlers(membership: RoomMembership): RequestHandlers {
  const self = (socket: PeerSocket) => ({
    room: membership.currentRoom(socket),
    participantId: socket.data.participantId,
  });
  return {
    'media:setRtpCapabilities': ({ rtpCapabilities }, socket) => {
      const { room, participantId } = self(socket);
      room.setRtpCapabilities(participantId, rtpCapabilities);
      return null;
    },
    'media:createTransport': ({ direction }, socket) => {
      const { room, participantId } = self(socket);
      return room.createTransport(participantId, direction);
    },
    'media:connectTransport': async ({ transportId, dtlsParameters }, socket) => {
      const { room, participantId } = self(socket);
      await room.connectTransport(participantId, transportId, dtlsParameters);
      return null;
    },
    'media:produce': async (request, socket) => {
      const { room, participantId } = self(socket);
      return { producerId: await room.produce(participantId, request) };
    },
    'media:setProducerPaused': async ({ producerId, paused }, socket) => {
      const { room, participantId } = self(socket);
      await room.setProducerPausedBySelf(participantId, producerId, paused);
      return null;
    },
    'media:closeProducer': ({ producerId }, socket) => {
      const { room, participantId } = self(socket);
      room.closeProducer(participantId, producerId);
      return null;
    },
    'media:consume': ({ producerId }, socket) => {
      const { room, participantId } = self(socket);
      return room.consume(participantId, producerId);
    },
    'media:resumeConsumer': async ({ consumerId }, socket) => {
      const { room, participantId } = self(socket);
      await room.resumeConsumer(participantId, consumerId);
      return null;
    },
    'media:pauseConsumer': async ({ consumerId }, socket) => {
      const { room, participantId } = self(socket);
      await room.pauseConsumer(participantId, consumerId);
      return null;
    },
    'media:setPreferredLayers': async ({ consumerId, spatialLayer }, socket) => {
      const { room, participantId } = self(socket);
      await room.setPreferredLayers(participantId, consumerId, spatialLayer);
      return null;
    },
  };
}
