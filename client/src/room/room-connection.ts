import type { ParticipantCommandInput, PrivacyItem, RequestPayload, RequestResult } from '@peercircle/shared';
import { DeviceLoader } from '../media/device-loader';
import { deviceCapabilities, MediaSession } from '../media/media-session';
import { spatialLayerForWidth } from '../media/simulcast';
import { releaseLocalMedia } from '../media/use-media-preview';
import { request, RequestError } from '../realtime/request';
import { createSocket, ensureConnecting, pinToNode, rememberIdentity, type PeerClientSocket } from '../realtime/socket';
import { setConnectionStatus } from '../store/connection-slice';
import { lobbyCleared } from '../store/lobby-slice';
import { allRemoteMediaCleared, remoteTrackAdded, remoteTrackRemoved } from '../store/media-slice';
import { roomEntryChanged, roomJoined, roomLeft } from '../store/room-slice';
import { sessionCleared, sessionSnapshotReceived } from '../store/session-slice';
import { announce } from '../store/ui-slice';
import { measureClockOffset } from './clock-sync';
import { LocalTracks } from './local-tracks';
import { floorHolderFirst } from './receive-order';
import { listenToRoomEvents } from './room-events';
import { moveToNode, untilConnected, watchConnection } from './signalling';

const PERMANENT_JOIN_ERRORS = new Set<RequestError['code']>([
  'invalid_payload',
  'forbidden',
  'unauthenticated',
  'room_full',
  'session_closed',
  'not_found',
  'protocol_mismatch',
]);

/**
 * Where to go: a cohort session (with the door's checklist items the member ticked, kept for this
 * visit's rejoins only), or a demo room under the name given.
 */
export type RoomTarget = { sessionId: string; privacyConfirmed?: PrivacyItem[] } | { demoRoom: string; displayName?: string };

const CONNECT_TIMEOUT_MS = 10_000;
/** Cluster mode: a join follows `wrong_node` this many times (ownership settling during a failover). */
const MAX_NODE_MOVES = 4;

/**
 * One browser tab's membership of a room: joining (through the door), leaving, and rebuilding the
 * media session whenever the server asks for a rejoin or the connection could not be recovered.
 * Its parts: `signalling` (the connection's ups and downs), `room-events` (the server's events into
 * the store), `local-tracks` (this tab's microphone and camera), `MediaSession` (the transports).
 */
export class RoomConnection {
  readonly socket: PeerClientSocket = createSocket();
  private readonly devices = new DeviceLoader();
  private media: MediaSession | null = null;
  private target: RoomTarget | null = null;
  private joining: Promise<void> | null = null;
  private preloadingDevice: Promise<unknown> = Promise.resolve();
  private readonly followTabVisibility = () => void this.media?.setVideoShown(!document.hidden);
  private readonly localTracks = new LocalTracks(() => this.media);

  constructor() {
    watchConnection(this.socket, {
      inRoom: () => this.target !== null,
      resync: () => void this.resyncSession(),
      recoverMedia: (message) => this.recoverMedia(message),
    });
    listenToRoomEvents(this.socket, {
      media: () => this.media,
      consume: (producerIds) => void this.consume(producerIds),
      recoverMedia: (message) => this.recoverMedia(message),
      enterAfterAdmission: () => this.rejoin().catch(() => setConnectionStatus('failed', 'Could not enter the session')),
      resync: () => void this.resyncSession(),
    });
  }

  /**
   * Joins a room. For a cohort session this may end at the door instead: waiting in the lobby (the
   * room is entered automatically once admitted) or asked to accept the agreement (`room.entry`).
   */
  async join(target: RoomTarget): Promise<void> {
    this.target = target;
    document.addEventListener('visibilitychange', this.followTabVisibility);
    setConnectionStatus('connecting');
    const askUntil = Date.now() + CONNECT_TIMEOUT_MS;
    for (;;) {
      await untilConnected(this.socket, CONNECT_TIMEOUT_MS);
      try {
        await this.rejoin();
        return;
      } catch (error) {
        // The connection dropped under the request, so no answer can come: ask again once it is back.
        const cutOff = error instanceof RequestError && error.code === 'timeout' && !this.socket.connected;
        if (!cutOff || Date.now() > askUntil) throw error;
      }
    }
  }

  leave(): void {
    this.target = null;
    document.removeEventListener('visibilitychange', this.followTabVisibility);
    this.media?.close();
    this.media = null;
    if (this.socket.connected) void request(this.socket, 'room:leave', {}).catch(() => undefined);
    this.socket.disconnect();
    this.localTracks.stop();
    releaseLocalMedia();
    roomLeft();
    sessionCleared();
    lobbyCleared();
    allRemoteMediaCleared();
    setConnectionStatus('idle');
  }

  readonly setMicEnabled = (enabled: boolean) => this.localTracks.setMicEnabled(enabled);
  readonly setCameraEnabled = (enabled: boolean) => this.localTracks.setCameraEnabled(enabled);

  /** Sends a circle command as this participant; throws a RequestError when the server refuses it. */
  readonly sendSessionCommand = async (command: ParticipantCommandInput): Promise<boolean> => {
    const { version } = await request(this.socket, 'session:command', command);
    return version > 0;
  };

  /** Facilitators: let one waiting member in, or open the door for everyone. */
  readonly admitMember = (memberId: string) => request(this.socket, 'lobby:admit', { memberId });
  readonly setDoorOpen = (open: boolean) => request(this.socket, 'lobby:setDoor', { open });

  /** Picks the simulcast layer for a tile of the given on-screen width. */
  readonly showVideoAtWidth = (participantId: string, widthPx: number): void => {
    const layer = spatialLayerForWidth(widthPx * window.devicePixelRatio);
    this.media?.setPreferredLayer(participantId, layer).catch(() => undefined);
  };

  /** After a recovered connection, make sure no update was lost on the way. */
  private async resyncSession(): Promise<void> {
    try {
      const { view } = await request(this.socket, 'session:sync', {});
      sessionSnapshotReceived(view);
    } catch {
      // not in a room any more: the rejoin that follows brings a snapshot
    }
  }

  private async rejoin(): Promise<void> {
    if (this.joining) return this.joining;
    this.joining = this.joinOnce().finally(() => (this.joining = null));
    return this.joining;
  }

  private async joinOnce(): Promise<void> {
    const target = this.target;
    if (!target) return;
    const wasInRoom = this.media !== null;
    this.media?.close();
    this.media = null;
    allRemoteMediaCleared();
    // A half-finished earlier attempt may still hold our place on the server.
    if (wasInRoom) await request(this.socket, 'room:leave', {}).catch(() => undefined);
    // A click that comes before the device has loaded waits for it: what is left of that request is
    // shorter than the extra round trips a join without the device's capabilities costs.
    await this.preloadingDevice;
    const preloaded = await this.devices.preloaded();
    const joined = await this.requestEntry({
      ...target,
      ...(preloaded ? { rtpCapabilities: deviceCapabilities(preloaded.device) } : {}),
    });
    if (!joined) return;
    // No await until the media session exists: producers announced from now on must find it.
    const media = new MediaSession(this.socket, this.devices.load(joined.routerRtpCapabilities), {
      onRemoteTrack: (participantId, source, track) => remoteTrackAdded(participantId, source, track),
      onRemoteTrackEnded: (participantId, track) => remoteTrackRemoved(participantId, track),
      onTransportFailed: () => this.recoverMedia('Media connection lost, reconnecting'),
    });
    this.media = media;
    void media.setVideoShown(!document.hidden);
    if (joined.identityToken) rememberIdentity(this.socket, joined.identityToken);
    roomJoined(joined);
    sessionSnapshotReceived(joined.session.view);
    void measureClockOffset(this.socket);
    await media.start(joined, preloaded?.device ?? null);
    // Seeing the circle matters most to the person joining: receiving starts first, publishing alongside.
    const prepared = floorHolderFirst(joined.media?.consumers ?? [], joined.session.view.floor.holderId);
    const unprepared = joined.participants
      .flatMap((p) => p.producers.map((producer) => producer.producerId))
      .filter((producerId) => !prepared.some((offer) => offer.producerId === producerId));
    const receiving = Promise.all([this.reportingFailures(media.receive(prepared)), this.consume(unprepared)]);
    await Promise.all([receiving, this.localTracks.publishTo(media)]);
    setConnectionStatus('connected');
  }

  /**
   * Asks to enter; null when stopped at the door (lobby, agreement), which `room.entry` then shows. In a
   * cluster the answer may be "this circle lives on node X": the socket moves there and asks again, and
   * stays pinned to the circle's node, so a dropped connection comes back to it.
   */
  private async requestEntry(payload: RequestPayload<'room:join'>): Promise<RequestResult<'room:join'> | null> {
    try {
      for (let moves = 0; ; moves += 1) {
        try {
          const joined = await request(this.socket, 'room:join', payload);
          if (joined.node) pinToNode(this.socket, joined.node);
          return joined;
        } catch (error) {
          if (!(error instanceof RequestError && error.code === 'wrong_node' && error.node && moves < MAX_NODE_MOVES)) throw error;
          await moveToNode(this.socket, error.node, CONNECT_TIMEOUT_MS);
        }
      }
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      if (error.code === 'waiting_in_lobby') roomEntryChanged({ kind: 'lobby' });
      else if (error.code === 'agreement_required') roomEntryChanged({ kind: 'agreement', message: error.message });
      else throw error;
      setConnectionStatus('connected');
      return null;
    }
  }

  /** Opens the signalling connection ahead of the join click, so joining does not wait for it. */
  preconnect(): void {
    ensureConnecting(this.socket);
    this.preloadingDevice = request(this.socket, 'media:getRouterCapabilities', {})
      .then(({ routerRtpCapabilities }) => this.devices.load(routerRtpCapabilities))
      .catch(() => undefined); // joining loads the device itself if this did not work
  }

  private consume(producerIds: readonly string[]): Promise<void> {
    return this.reportingFailures(this.media?.consume(producerIds));
  }

  private async reportingFailures(done: Promise<void> | undefined): Promise<void> {
    try {
      await done;
    } catch (error) {
      // A producer can close while we subscribe to it; anything else is worth seeing in the console.
      console.warn('could not receive media', error);
    }
  }

  private recoverMedia(message: string): void {
    if (!this.target) return;
    announce(message, 'assertive');
    setConnectionStatus('reconnecting');
    void this.rejoinWithRetry();
  }

  /** Retries with backoff while the failure may be temporary (e.g. the SFU is restarting). */
  private async rejoinWithRetry(): Promise<void> {
    for (let attempt = 0; this.target && this.socket.connected; attempt += 1) {
      try {
        await this.rejoin();
        announce('Back in the circle');
        return;
      } catch (error) {
        if (error instanceof RequestError && PERMANENT_JOIN_ERRORS.has(error.code)) {
          setConnectionStatus('failed', error.message);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 500 * 2 ** attempt)));
      }
    }
  }
}
