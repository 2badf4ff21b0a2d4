import { DeviceLoader } from '../media/device-loader';
import { deviceCapabilities, MediaSession } from '../media/media-session';
import { captureCamera } from '../media/local-media';
import { releaseLocalMedia } from '../media/use-media-preview';
import { spatialLayerForWidth } from '../media/simulcast';
import {
  mirrorSessionUpdate,
  type ParticipantCommandInput,
  type RequestPayload,
  type RequestResult,
} from '@peercircle/shared';
import { request, RequestError } from '../realtime/request';
import { createSocket, ensureConnecting, refusalOf, rememberIdentity, type PeerClientSocket } from '../realtime/socket';
import { measureClockOffset } from './clock-sync';
import { lobbyCleared, lobbyUpdated } from '../store/lobby-slice';
import { sessionCleared, sessionSnapshotReceived, sessionViewReceived } from '../store/session-slice';
import { setConnectionStatus } from '../store/connection-slice';
import {
  allRemoteMediaCleared,
  remoteParticipantMediaCleared,
  remoteTrackAdded,
  remoteTrackRemoved,
  setLocalMedia,
} from '../store/media-slice';
import {
  activeSpeakerChanged,
  participantJoined,
  participantLeft,
  producerAdded,
  producerRemoved,
  producerStateChanged,
  roomEntryChanged,
  roomJoined,
  roomLeft,
} from '../store/room-slice';
import { useAppStore } from '../store/store';
import { announce, notify } from '../store/ui-slice';

const PERMANENT_JOIN_ERRORS = new Set<RequestError['code']>([
  'invalid_payload',
  'forbidden',
  'unauthenticated',
  'room_full',
  'session_closed',
  'not_found',
  'protocol_mismatch',
]);

/** Where to go: a cohort session, or a demo room under the name given. */
export type RoomTarget = { sessionId: string } | { demoRoom: string; displayName?: string };

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * One browser tab's membership of a room: the socket, the media session, and the reactions to the
 * server's events. It rebuilds the media session whenever the server asks for a rejoin or the
 * connection could not be recovered.
 */
export class RoomConnection {
  readonly socket: PeerClientSocket = createSocket();
  private readonly devices = new DeviceLoader();
  private media: MediaSession | null = null;
  private target: RoomTarget | null = null;
  private joining: Promise<void> | null = null;
  private stopPublishingLateTracks: (() => void) | null = null;

  constructor() {
    this.listenToConnection();
    this.listenToRoomEvents();
  }

  /**
   * Joins a room. For a cohort session this may end at the door instead: waiting in the lobby (the
   * room is entered automatically once admitted) or asked to accept the agreement (`room.entry`).
   */
  async join(target: RoomTarget): Promise<void> {
    this.target = target;
    setConnectionStatus('connecting');
    const askUntil = Date.now() + CONNECT_TIMEOUT_MS;
    for (;;) {
      await this.connected();
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

  /** Resolves once the socket is connected; rejects when the server refuses it (with its reason). */
  private connected(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.socket.off('connect', onConnect);
        this.socket.off('connect_error', onError);
      };
      const onConnect = () => {
        done();
        resolve();
      };
      // Other errors are the network's: socket.io keeps trying until the timeout.
      const onError = (error: Error) => {
        const refusal = refusalOf(error);
        if (!refusal) return;
        done();
        reject(new RequestError(refusal.code, refusal.message));
      };
      const timer = setTimeout(() => {
        done();
        reject(new RequestError('timeout', 'Could not reach PeerCircle. Check your network and try again.'));
      }, CONNECT_TIMEOUT_MS);
      this.socket.on('connect', onConnect);
      this.socket.on('connect_error', onError);
      ensureConnecting(this.socket);
    });
  }

  leave(): void {
    this.target = null;
    this.media?.close();
    this.media = null;
    if (this.socket.connected) void request(this.socket, 'room:leave', {}).catch(() => undefined);
    this.socket.disconnect();
    this.stopPublishingLateTracks?.();
    this.stopPublishingLateTracks = null;
    releaseLocalMedia();
    roomLeft();
    sessionCleared();
    lobbyCleared();
    allRemoteMediaCleared();
    setConnectionStatus('idle');
  }

  async setMicEnabled(enabled: boolean): Promise<void> {
    const { localStream } = useAppStore.getState().media;
    localStream?.getAudioTracks().forEach((track) => (track.enabled = enabled));
    setLocalMedia({ micEnabled: enabled });
    await this.media?.setPaused('mic', !enabled);
  }

  /** Turning the camera off stops the capture (the camera light goes out), not just the sending. */
  async setCameraEnabled(enabled: boolean): Promise<void> {
    const { localStream, selectedCameraId } = useAppStore.getState().media;
    if (!localStream) return;
    if (!enabled) {
      await this.media?.setPaused('camera', true);
      localStream.getVideoTracks().forEach((track) => {
        track.stop();
        localStream.removeTrack(track);
      });
      setLocalMedia({ cameraEnabled: false, localStream: new MediaStream(localStream.getTracks()) });
      return;
    }
    const track = await captureCamera(selectedCameraId);
    const stream = new MediaStream([...localStream.getAudioTracks(), track]);
    setLocalMedia({ cameraEnabled: true, localStream: stream });
    if (!this.media) return;
    if (this.media.hasProducer('camera')) {
      await this.media.replaceTrack('camera', track);
      await this.media.setPaused('camera', false);
    } else {
      await this.media.publish('camera', track, false);
    }
  }

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
    if (joined.identityToken) rememberIdentity(this.socket, joined.identityToken);
    roomJoined(joined);
    sessionSnapshotReceived(joined.session.view);
    void measureClockOffset(this.socket);
    await media.start(joined, preloaded?.device ?? null);
    // Seeing the circle matters most to the person joining: receiving starts first, publishing alongside.
    const prepared = joined.media?.consumers ?? [];
    const unprepared = joined.participants
      .flatMap((p) => p.producers.map((producer) => producer.producerId))
      .filter((producerId) => !prepared.some((offer) => offer.producerId === producerId));
    const receiving = Promise.all([this.reportingFailures(media.receive(prepared)), this.consume(unprepared)]);
    await Promise.all([receiving, this.publishLocalTracks(media)]);
    setConnectionStatus('connected');
  }

  /** Asks to enter; null when stopped at the door (lobby, agreement), which `room.entry` then shows. */
  private async requestEntry(payload: RequestPayload<'room:join'>): Promise<RequestResult<'room:join'> | null> {
    try {
      return await request(this.socket, 'room:join', payload);
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
    request(this.socket, 'media:getRouterCapabilities', {})
      .then(({ routerRtpCapabilities }) => this.devices.load(routerRtpCapabilities))
      .catch(() => undefined); // joining loads the device itself if this did not work
  }

  /**
   * Publishes the local tracks, now and whenever the local stream changes later: someone may click
   * Join before their camera has started, and the tracks must still reach the circle when it does.
   */
  private async publishLocalTracks(media: MediaSession): Promise<void> {
    this.stopPublishingLateTracks?.();
    this.stopPublishingLateTracks = useAppStore.subscribe((state, previous) => {
      if (state.media.localStream !== previous.media.localStream && this.media === media) void this.publishMissing(media);
    });
    await this.publishMissing(media);
  }

  private async publishMissing(media: MediaSession): Promise<void> {
    const { localStream, micEnabled, cameraEnabled } = useAppStore.getState().media;
    const audio = localStream?.getAudioTracks()[0];
    const video = localStream?.getVideoTracks()[0];
    const publishing: Promise<void>[] = [];
    if (audio && !media.hasProducer('mic')) publishing.push(media.publish('mic', audio, !micEnabled));
    if (video && cameraEnabled && !media.hasProducer('camera')) publishing.push(media.publish('camera', video, false));
    await Promise.all(publishing).catch((error: unknown) => console.warn('could not publish local media', error));
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

  private listenToConnection(): void {
    this.socket.on('disconnect', (reason) => {
      if (reason === 'io client disconnect' || !this.target) return;
      setConnectionStatus('reconnecting');
      announce('Connection lost. Reconnecting…', 'assertive');
    });
    this.socket.on('connect', () => {
      if (!this.target || useAppStore.getState().connection.status !== 'reconnecting') return;
      if (this.socket.recovered) {
        setConnectionStatus('connected');
        announce('Reconnected');
        void this.resyncSession();
      } else {
        this.recoverMedia('Rejoining the room');
      }
    });
    this.socket.on('connect_error', (error) => {
      if (!this.target) return;
      const refusal = refusalOf(error);
      if (refusal) {
        // The server said no (updated, signed out, too many requests): retrying will not help.
        setConnectionStatus('failed', refusal.message, refusal.code);
        announce(refusal.message, 'assertive');
      } else if (useAppStore.getState().connection.status === 'connected') {
        setConnectionStatus('reconnecting');
      }
    });
  }

  private listenToRoomEvents(): void {
    const socket = this.socket;
    socket.on('room:participantJoined', (participant) => {
      participantJoined(participant);
      notify(`${participant.displayName} joined`);
    });
    socket.on('room:participantLeft', ({ participantId }) => {
      const name = useAppStore.getState().room.participants.find((p) => p.participantId === participantId)?.displayName;
      this.media?.dropParticipant(participantId);
      participantLeft(participantId);
      remoteParticipantMediaCleared(participantId);
      if (name) notify(`${name} left`);
    });
    socket.on('room:rejoinRequired', () => this.recoverMedia('Media restarted, reconnecting'));
    socket.on('media:producerAdded', (event) => {
      producerAdded(event.participantId, event);
      void this.consume([event.producerId]);
    });
    socket.on('media:producerState', ({ participantId, producerId, paused }) =>
      producerStateChanged(participantId, producerId, paused),
    );
    socket.on('media:producerClosed', ({ participantId, producerId }) => {
      producerRemoved(participantId, producerId);
      this.media?.dropConsumer(producerId);
    });
    socket.on('media:consumerClosed', ({ producerId }) => this.media?.dropConsumer(producerId));
    socket.on('media:activeSpeaker', ({ participantId }) => activeSpeakerChanged(participantId));
    socket.on('lobby:update', (event) => lobbyUpdated(event));
    socket.on('lobby:admitted', () => {
      if (useAppStore.getState().room.entry.kind !== 'lobby') return;
      notify('The facilitator let you in');
      this.rejoin().catch(() => setConnectionStatus('failed', 'Could not enter the session'));
    });
    socket.on('session:update', (update) => {
      const step = mirrorSessionUpdate(useAppStore.getState().session.view, update);
      if (step.kind === 'view') sessionViewReceived(step.view);
      if (step.kind === 'gap') void this.resyncSession();
    });
  }
}
