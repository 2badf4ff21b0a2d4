import type { Logger } from 'pino';
import { DomainError, type JoinedMedia, type JoinRoomRequest, type JoinRoomResult, type Presence } from '@peercircle/shared';
import type { SessionMediaBridge } from '../circle/session-media-bridge';
import type { SessionRooms } from '../circle/session-rooms';
import { requestedRoomKey, type RoomDoor } from '../door/room-door';
import type { RoomEntry } from '../door/visitor';
import type { MediaRoom } from '../media/media-room';
import type { MediaRooms } from '../media/media-rooms';
import { turnIceServers } from '../media/turn-credentials';
import { lobbyChannel, roomChannel, type PeerServer, type PeerSocket, type PeerSocketData } from './socket-types';

export interface MembershipOptions {
  turnUrls: string[];
  turnSecret: string | undefined;
  /** How long media is kept for a participant whose connection dropped, waiting for it to recover. */
  reconnectGraceMs: number;
  /** Asked before the door on every join; throwing refuses it (e.g. the circle lives on another node). */
  joinGate?: JoinGate | undefined;
  /** Cluster mode: this node, named in join results. */
  nodeId?: string | undefined;
}

/** roomKey: a cohort session's id, or `demo:<name>` for a demo room. */
export type JoinGate = (roomKey: string, socket: PeerSocket) => Promise<void>;

const SYSTEM = { kind: 'system' } as const;

/**
 * Who is in which room: joining (through the door, then the circle session, then the media room),
 * leaving, and the grace period after a dropped connection. One participant has one live
 * connection; a newer one takes over.
 */
export class RoomMembership {
  /** Participants whose connection dropped: the room, the dropped connection's data, the release timer. */
  private readonly departures = new Map<string, { roomId: string; data: PeerSocketData; timer: NodeJS.Timeout }>();
  private readonly liveSocketIds = new Map<string, string>();
  private readonly entries = new Map<string, RoomEntry>();
  /** Set when the server shuts down: the circle keeps everyone as they were, to be restored. */
  private closing = false;

  constructor(
    private readonly io: PeerServer,
    private readonly rooms: MediaRooms,
    private readonly sessions: SessionRooms,
    private readonly door: RoomDoor,
    private readonly bridge: SessionMediaBridge,
    private readonly options: MembershipOptions,
    private readonly logger: Logger,
  ) {}

  /** The media room this socket's participant is in, or a `not_in_room` error. */
  currentRoom(socket: PeerSocket): MediaRoom {
    const { roomId, participantId } = socket.data;
    const room = roomId === undefined ? undefined : this.rooms.get(roomId);
    if (!room || !room.hasPeer(participantId) || !this.isLive(socket)) {
      throw new DomainError('not_in_room', 'Join a room first');
    }
    return room;
  }

  /**
   * Enters a room. A connection already in one leaves it first: that is a client retrying a join
   * whose answer it never got (the server was slow), and the retry must start clean.
   */
  async join(socket: PeerSocket, request: JoinRoomRequest): Promise<JoinRoomResult> {
    const { participantId } = socket.data;
    this.leave(socket);
    await this.options.joinGate?.(requestedRoomKey(request), socket);
    const entry = await this.door.enter({ identity: socket.data.identity, connectionId: socket.id }, request);
    const { roomKey: roomId, displayName, role, session, privacyCheck } = entry;
    this.takeOver(socket);
    this.entries.set(participantId, entry);

    const seated = await session.apply({ type: 'participant.join', participantId, displayName, role, ...(privacyCheck ? { privacyCheck } : {}) }, SYSTEM);
    if (!seated.ok && seated.error.code !== 'session_ended') {
      this.abandon(entry);
      throw seated.error;
    }

    let room: MediaRoom;
    try {
      room = await this.rooms.getOrCreate(roomId);
      if (room.hasPeer(participantId)) this.releaseMedia(room, participantId);
      room.addPeer(participantId, displayName);
    } catch (error) {
      this.setPresence(roomId, participantId, 'left');
      this.abandon(entry);
      throw error;
    }
    if (request.rtpCapabilities) room.setRtpCapabilities(participantId, request.rtpCapabilities);
    await this.bridge.applyFloor(room);

    socket.data.roomId = roomId;
    socket.data.displayName = displayName;
    await socket.join(roomChannel(roomId));
    socket.local.to(roomChannel(roomId)).emit('room:participantJoined', { participantId, displayName, producers: [] });
    this.logger.info({ roomId, participantId }, 'participant joined');
    // After joining the channel: producers added from here on are also announced to this socket.
    const media = request.rtpCapabilities ? await this.openMedia(room, participantId) : undefined;
    return {
      roomId,
      self: { participantId, displayName },
      ...(socket.data.identityToken ? { identityToken: socket.data.identityToken } : {}),
      session: session.snapshotFor(participantId),
      participants: room.participants().filter((p) => p.participantId !== participantId),
      routerRtpCapabilities: room.rtpCapabilities,
      iceServers: turnIceServers(this.options.turnUrls, this.options.turnSecret, participantId, Date.now()),
      ...(media ? { media } : {}),
      ...(this.options.nodeId ? { node: this.options.nodeId } : {}),
    };
  }

  /** Transports and consumers made with the join; a consumer that cannot be made is left to the browser to ask for. */
  private async openMedia(room: MediaRoom, participantId: string): Promise<JoinedMedia> {
    const [send, recv] = await Promise.all([room.createTransport(participantId, 'send'), room.createTransport(participantId, 'recv')]);
    const producerIds = room
      .participants()
      .flatMap((p) => (p.participantId === participantId ? [] : p.producers.map((producer) => producer.producerId)));
    const offers = await Promise.allSettled(producerIds.map((producerId) => room.consume(participantId, producerId)));
    const consumers = offers.flatMap((offer) => (offer.status === 'fulfilled' ? [offer.value] : []));
    return { send, recv, consumers };
  }

  leave(socket: PeerSocket): void {
    this.door.stopWaiting(socket.id);
    const { roomId, participantId } = socket.data;
    if (roomId === undefined || !this.isLive(socket)) return;
    socket.data.roomId = undefined;
    void socket.leave(roomChannel(roomId));
    void socket.leave(lobbyChannel(roomId));
    this.liveSocketIds.delete(participantId);
    this.release(roomId, participantId);
  }

  /**
   * A connection dropped by the network keeps its media for a grace period in case socket.io
   * recovers it; any other ending releases it at once.
   */
  handleDisconnect(socket: PeerSocket, reason: string, networkDrop: boolean): void {
    if (this.closing) return;
    this.door.stopWaiting(socket.id);
    const { roomId, participantId } = socket.data;
    if (roomId === undefined || !this.isLive(socket)) return;
    if (!networkDrop || this.options.reconnectGraceMs === 0) {
      this.liveSocketIds.delete(participantId);
      this.release(roomId, participantId);
      return;
    }
    this.logger.info({ roomId, participantId, reason }, 'connection dropped; holding media for recovery');
    this.setPresence(roomId, participantId, 'away');
    const timer = setTimeout(() => {
      this.departures.delete(participantId);
      if (this.liveSocketIds.get(participantId) !== socket.id) return;
      this.liveSocketIds.delete(participantId);
      this.release(roomId, participantId);
    }, this.options.reconnectGraceMs);
    this.departures.set(participantId, { roomId, data: socket.data, timer });
  }

  handleRecovered(socket: PeerSocket): void {
    const { roomId, participantId } = socket.data;
    this.cancelDeparture(participantId);
    if (roomId === undefined || !this.isLive(socket)) return;
    this.setPresence(roomId, participantId, 'present');
    this.logger.info({ roomId, participantId }, 'connection recovered');
  }

  /**
   * Someone must be out now (removed from their cohort, signed out, cut off): media held for their
   * dropped connections is released without waiting for the grace period to end.
   */
  releaseDropped(matches: (connection: PeerSocketData) => boolean): void {
    for (const [participantId, departure] of [...this.departures]) {
      if (!matches(departure.data)) continue;
      this.cancelDeparture(participantId);
      this.liveSocketIds.delete(participantId);
      this.release(departure.roomId, participantId);
    }
  }

  close(): void {
    this.closing = true;
    for (const { timer } of this.departures.values()) clearTimeout(timer);
    this.departures.clear();
  }

  /** A join that failed after the door let the participant in: they are not in the room after all. */
  private abandon(entry: RoomEntry): void {
    this.liveSocketIds.delete(entry.participantId);
    this.entries.delete(entry.participantId);
    entry.left();
  }

  private isLive(socket: PeerSocket): boolean {
    return this.liveSocketIds.get(socket.data.participantId) === socket.id;
  }

  /** This socket becomes the participant's only connection; an older one (a stale tab) is closed. */
  private takeOver(socket: PeerSocket): void {
    const { participantId } = socket.data;
    this.cancelDeparture(participantId);
    const previous = this.liveSocketIds.get(participantId);
    this.liveSocketIds.set(participantId, socket.id);
    if (previous && previous !== socket.id) this.io.sockets.sockets.get(previous)?.disconnect(true);
  }

  private cancelDeparture(participantId: string): void {
    const departure = this.departures.get(participantId);
    if (!departure) return;
    clearTimeout(departure.timer);
    this.departures.delete(participantId);
  }

  private setPresence(roomId: string, participantId: string, presence: Presence): void {
    const session = this.entries.get(participantId)?.session ?? this.sessions.get(roomId);
    if (!session || !(participantId in session.state.participants)) return;
    void session.apply({ type: 'participant.presence', participantId, presence }, SYSTEM);
  }

  private releaseMedia(room: MediaRoom, participantId: string): void {
    room.removePeer(participantId);
    this.io.local.to(roomChannel(room.roomId)).emit('room:participantLeft', { participantId });
  }

  private release(roomId: string, participantId: string): void {
    this.setPresence(roomId, participantId, 'left');
    const entry = this.entries.get(participantId);
    if (entry?.roomKey === roomId) {
      this.entries.delete(participantId);
      entry.left();
    }
    const room = this.rooms.get(roomId);
    if (!room?.hasPeer(participantId)) return;
    this.releaseMedia(room, participantId);
    this.logger.info({ roomId, participantId }, 'participant left');
    this.rooms.releaseIfEmpty(roomId);
  }
}
