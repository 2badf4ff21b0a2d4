import type { Logger } from 'pino';
import { DomainError, type JoinRoomRequest, type JoinRoomResult } from '@peercircle/shared';
import type { MediaRoom } from '../media/media-room';
import type { MediaRooms } from '../media/media-rooms';
import { turnIceServers } from '../media/turn-credentials';
import { roomChannel, type PeerServer, type PeerSocket } from './socket-types';

export interface MembershipOptions {
  turnUrls: string[];
  turnSecret: string | undefined;
  /** How long media is kept for a participant whose connection dropped, waiting for it to recover. */
  reconnectGraceMs: number;
}

/** Who is in which room: joining, leaving, and the grace period after a dropped connection. */
export class RoomMembership {
  private readonly departures = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly io: PeerServer,
    private readonly rooms: MediaRooms,
    private readonly options: MembershipOptions,
    private readonly logger: Logger,
  ) {}

  /** The media room this socket's participant is in, or a `not_in_room` error. */
  currentRoom(socket: PeerSocket): MediaRoom {
    const { roomId, participantId } = socket.data;
    const room = roomId === undefined ? undefined : this.rooms.get(roomId);
    if (!room || !room.hasPeer(participantId)) throw new DomainError('not_in_room', 'Join a room first');
    return room;
  }

  async join(socket: PeerSocket, request: JoinRoomRequest): Promise<JoinRoomResult> {
    const { participantId } = socket.data;
    const { roomId, displayName } = request;
    const current = socket.data.roomId === undefined ? undefined : this.rooms.get(socket.data.roomId);
    if (current?.hasPeer(participantId)) throw new DomainError('already_in_room', 'Leave your current room first');
    const room = await this.rooms.getOrCreate(roomId);
    room.addPeer(participantId, displayName);
    if (request.rtpCapabilities) room.setRtpCapabilities(participantId, request.rtpCapabilities);
    socket.data.roomId = roomId;
    socket.data.displayName = displayName;
    await socket.join(roomChannel(roomId));
    socket.to(roomChannel(roomId)).emit('room:participantJoined', { participantId, displayName, producers: [] });
    this.logger.info({ roomId, participantId }, 'participant joined');
    return {
      roomId,
      self: { participantId, displayName },
      participants: room.participants().filter((p) => p.participantId !== participantId),
      routerRtpCapabilities: room.rtpCapabilities,
      iceServers: turnIceServers(this.options.turnUrls, this.options.turnSecret, participantId, Date.now()),
    };
  }

  leave(socket: PeerSocket): void {
    const { roomId, participantId } = socket.data;
    if (roomId === undefined) return;
    socket.data.roomId = undefined;
    void socket.leave(roomChannel(roomId));
    this.release(roomId, participantId);
  }

  /** A dropped connection keeps its media for a grace period in case socket.io recovers it. */
  handleDisconnect(socket: PeerSocket, reason: string): void {
    const { roomId, participantId } = socket.data;
    if (roomId === undefined) return;
    const deliberate = reason === 'client namespace disconnect' || reason === 'server namespace disconnect';
    if (deliberate || this.options.reconnectGraceMs === 0) {
      this.release(roomId, participantId);
      return;
    }
    this.logger.info({ roomId, participantId, reason }, 'connection dropped; holding media for recovery');
    const timer = setTimeout(() => {
      this.departures.delete(participantId);
      this.release(roomId, participantId);
    }, this.options.reconnectGraceMs);
    this.departures.set(participantId, timer);
  }

  handleRecovered(socket: PeerSocket): void {
    const timer = this.departures.get(socket.data.participantId);
    if (!timer) return;
    clearTimeout(timer);
    this.departures.delete(socket.data.participantId);
    this.logger.info({ roomId: socket.data.roomId, participantId: socket.data.participantId }, 'connection recovered');
  }

  close(): void {
    for (const timer of this.departures.values()) clearTimeout(timer);
    this.departures.clear();
  }

  private release(roomId: string, participantId: string): void {
    const room = this.rooms.get(roomId);
    if (!room?.hasPeer(participantId)) return;
    room.removePeer(participantId);
    this.io.to(roomChannel(roomId)).emit('room:participantLeft', { participantId });
    this.logger.info({ roomId, participantId }, 'participant left');
    this.rooms.releaseIfEmpty(roomId);
  }
}
