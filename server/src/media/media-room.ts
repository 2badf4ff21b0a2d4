import { EventEmitter } from 'node:events';
import type { types as mediasoupTypes } from 'mediasoup';
import {
  DomainError,
  type ConsumerClosedEvent,
  type ConsumerParams,
  type MediaKind,
  type MediaSource,
  type ParticipantSummary,
  type ProducerAddedEvent,
  type ProducerStateEvent,
  type RtpCapabilities,
  type RtpParameters,
  type TransportDirection,
  type TransportParams,
} from '@peercircle/shared';
import { routerMediaCodecs } from './media-codecs';
import { ForwardedVoice } from './forwarded-voice';
import {
  MediaPeer,
  type ConsumerAppData,
  type PeerConsumer,
  type PauseReason,
  type PeerProducer,
  type ProducerAppData,
  type TransportAppData,
} from './media-peer';
import type { WorkerSlot } from './worker-pool';

export interface MediaRoomEvents {
  producerAdded: [event: ProducerAddedEvent];
  producerState: [event: ProducerStateEvent];
  producerClosed: [event: { participantId: string; producerId: string }];
  /** A consumer owned by `ownerId` was closed by the server (its producer went away). */
  consumerClosed: [ownerId: string, event: ConsumerClosedEvent];
  activeSpeaker: [participantId: string | null];
  /** Voice the SFU forwarded during the last audio-level interval: above the threshold, while not paused. */
  voiceActivity: [samples: VoiceSample[]];
  /** The router is gone (worker death or last participant left); every peer must rejoin elsewhere. */
  closed: [reason: 'worker_died' | 'empty'];
}

/** `voiceMs` of voice heard just before `at`. */
export interface VoiceSample {
  participantId: string;
  voiceMs: number;
  at: number;
}

export interface ProduceInput {
  transportId: string;
  kind: MediaKind;
  source: MediaSource;
  rtpParameters: RtpParameters;
  paused: boolean;
}

const VOICE_LEVEL_INTERVAL_MS = 500;
/** Speech is well above this; breathing and room noise on a decent microphone are below it. */
const VOICE_THRESHOLD_DBOV = -50;

export interface MediaObjectCounts {
  transports: number;
  producers: number;
  /** Producers the SFU is not forwarding: muted by their owner or silenced by the circle's floor. */
  pausedProducers: number;
  consumers: number;
  /** Consumers not forwarded because their receiver asked (not yet resumed, or paused while hidden). */
  pausedConsumers: number;
}

export interface MediaRoomLimits {
  maxParticipants: number;
  maxIncomingBitrate: number;
}

export async function probeRouterCapabilities(worker: mediasoupTypes.Worker): Promise<RtpCapabilities> {
  const router = await worker.createRouter({ mediaCodecs: routerMediaCodecs });
  const capabilities = router.rtpCapabilities as RtpCapabilities;
  router.close();
  return capabilities;
}

/** One circle's SFU room: a router on one worker, and the peers whose media flows through it. */
export class MediaRoom extends EventEmitter<MediaRoomEvents> {
  private readonly peers = new Map<string, MediaPeer>();
  private readonly forwardedVoice = new ForwardedVoice(VOICE_LEVEL_INTERVAL_MS);

  private constructor(
    readonly roomId: string,
    readonly slot: WorkerSlot,
    private readonly router: mediasoupTypes.Router,
    private readonly speakerObserver: mediasoupTypes.ActiveSpeakerObserver,
    private readonly levelObserver: mediasoupTypes.AudioLevelObserver,
    private readonly limits: MediaRoomLimits,
  ) {
    super();
    router.on('workerclose', () => this.emit('closed', 'worker_died'));
    speakerObserver.on('dominantspeaker', ({ producer }) => {
      const owner = (producer.appData as ProducerAppData).participantId;
      this.emit('activeSpeaker', owner);
    });
    levelObserver.on('silence', () => this.forwardedVoice.report([], Date.now()));
    levelObserver.on('volumes', (volumes) => {
      const now = Date.now();
      const heard = this.forwardedVoice.report(
        volumes.map(({ producer }) => (producer.appData as ProducerAppData).participantId),
        now,
      );
      const samples = [...heard].map(([participantId, voiceMs]) => ({ participantId, voiceMs, at: now }));
      this.emitVoice(samples);
    });
  }

  static async create(roomId: string, slot: WorkerSlot, limits: MediaRoomLimits): Promise<MediaRoom> {
    const router = await slot.worker.createRouter({ mediaCodecs: routerMediaCodecs });
    const speakerObserver = await router.createActiveSpeakerObserver({ interval: 300 });
    const levelObserver = await router.createAudioLevelObserver({
      maxEntries: 64,
      threshold: VOICE_THRESHOLD_DBOV,
      interval: VOICE_LEVEL_INTERVAL_MS,
    });
    return new MediaRoom(roomId, slot, router, speakerObserver, levelObserver, limits);
  }

  get closed(): boolean {
    return this.router.closed;
  }

  get peerCount(): number {
    return this.peers.size;
  }

  get rtpCapabilities(): RtpCapabilities {
    return this.router.rtpCapabilities as RtpCapabilities;
  }

  hasPeer(participantId: string): boolean {
    return this.peers.has(participantId);
  }

  addPeer(participantId: string, displayName: string): void {
    if (this.peers.has(participantId)) throw new DomainError('already_in_room', 'You are already in this room');
    if (this.peers.size >= this.limits.maxParticipants) {
      throw new DomainError('room_full', `This room is full (${this.limits.maxParticipants} participants)`);
    }
    this.peers.set(participantId, new MediaPeer(participantId, displayName));
    this.slot.load += 1;
  }

  /** Releases every transport, producer and consumer the participant owns. */
  removePeer(participantId: string): void {
    const peer = this.peers.get(participantId);
    if (!peer) return;
    this.peers.delete(participantId);
    this.slot.load -= 1;
    for (const producer of peer.producers.values()) {
      this.emit('producerClosed', { participantId, producerId: producer.id });
    }
    peer.close();
  }

  participants(): ParticipantSummary[] {
    return [...this.peers.values()].map((peer) => ({
      participantId: peer.participantId,
      displayName: peer.displayName,
      producers: peer.producerSummaries(),
    }));
  }

  setRtpCapabilities(participantId: string, rtpCapabilities: RtpCapabilities): void {
    this.peer(participantId).rtpCapabilities = rtpCapabilities as mediasoupTypes.RtpCapabilities;
  }

  async createTransport(participantId: string, direction: TransportDirection): Promise<TransportParams> {
    const peer = this.peer(participantId);
    const existing = [...peer.transports.values()].find((t) => t.appData.direction === direction);
    if (existing) throw new DomainError('conflict', `You already have a ${direction} transport`);
    const transport = await this.router.createWebRtcTransport<TransportAppData>({
      webRtcServer: this.slot.webRtcServer,
      enableUdp: true,
      enableTcp: true,
      preferUdp: true,
      initialAvailableOutgoingBitrate: 1_000_000,
      appData: { direction },
    });
    if (direction === 'send') await transport.setMaxIncomingBitrate(this.limits.maxIncomingBitrate);
    peer.transports.set(transport.id, this.keptFor(peer, transport));
    transport.observer.on('close', () => peer.transports.delete(transport.id));
    return {
      transportId: transport.id,
      direction,
      iceParameters: transport.iceParameters,
      iceCandidates: transport.iceCandidates.map((candidate) => ({
        foundation: candidate.foundation,
        priority: candidate.priority,
        address: candidate.address,
        protocol: candidate.protocol,
        port: candidate.port,
        type: candidate.type,
        ...(candidate.tcpType ? { tcpType: candidate.tcpType } : {}),
      })),
      dtlsParameters: transport.dtlsParameters,
    };
  }

  async connectTransport(
    participantId: string,
    transportId: string,
    dtlsParameters: mediasoupTypes.DtlsParameters,
  ): Promise<void> {
    const transport = this.peer(participantId).anyTransport(transportId);
    if (transport.dtlsState !== 'new') throw new DomainError('conflict', 'This transport is already connected');
    await transport.connect({ dtlsParameters });
  }

  async produce(participantId: string, input: ProduceInput): Promise<string> {
    const peer = this.peer(participantId);
    const transport = peer.transport(input.transportId, 'send');
    const expectedKind: MediaKind = input.source === 'mic' ? 'audio' : 'video';
    if (input.kind !== expectedKind) {
      throw new DomainError('invalid_payload', `A ${input.source} producer must be ${expectedKind}`);
    }
    if (peer.producerForSource(input.source)) {
      throw new DomainError('conflict', `You already send ${input.source} media; close it first`);
    }
    const silencedByFloor = input.source === 'mic' && !peer.audioAllowed;
    const producer = await transport.produce<ProducerAppData>({
      kind: input.kind,
      rtpParameters: input.rtpParameters as mediasoupTypes.RtpParameters,
      paused: input.paused || silencedByFloor,
      appData: { participantId, source: input.source },
    });
    peer.producers.set(producer.id, this.keptFor(peer, producer));
    peer.setPauseReason(producer.id, 'self', input.paused);
    peer.setPauseReason(producer.id, 'floor', silencedByFloor);
    producer.observer.on('close', () => {
      peer.forgetProducer(producer.id);
      if (input.source === 'mic') this.forwardedVoice.stopped(participantId, Date.now(), false);
    });
    if (input.source === 'mic') this.noteMicForwarding(producer, 'self');
    if (producer.kind === 'audio') {
      await this.speakerObserver.addProducer({ producerId: producer.id });
      await this.levelObserver.addProducer({ producerId: producer.id });
    }
    this.emit('producerAdded', {
      participantId,
      producerId: producer.id,
      kind: producer.kind,
      source: input.source,
      paused: input.paused,
    });
    return producer.id;
  }

  async setProducerPausedBySelf(participantId: string, producerId: string, paused: boolean): Promise<void> {
    const peer = this.peer(participantId);
    const producer = peer.producer(producerId);
    const wasPaused = peer.isPausedBy(producerId, 'self');
    await this.applyPause(producer, peer.setPauseReason(producerId, 'self', paused), 'self');
    if (wasPaused !== paused) this.emit('producerState', { participantId, producerId, paused });
  }

  /**
   * The circle's floor rule, enforced in the SFU: a participant who may not be heard has their
   * microphone producer paused here, whatever their browser keeps sending.
   */
  async setAudioAllowed(participantId: string, allowed: boolean): Promise<void> {
    const peer = this.peers.get(participantId);
    if (!peer || peer.audioAllowed === allowed) return;
    peer.audioAllowed = allowed;
    const mic = peer.producerForSource('mic');
    if (mic) await this.applyPause(mic, peer.setPauseReason(mic.id, 'floor', !allowed), 'floor');
  }

  /** What a participant currently sends, as the circle shows it (their own mute, not the floor's). */
  mediaStateOf(participantId: string): { mic: boolean; camera: boolean } | null {
    const peer = this.peers.get(participantId);
    if (!peer) return null;
    const sending = (source: 'mic' | 'camera') => {
      const producer = peer.producerForSource(source);
      return producer !== undefined && !peer.isPausedBy(producer.id, 'self');
    };
    return { mic: sending('mic'), camera: sending('camera') };
  }

  /** Ids of participants in this room, for re-applying the floor after a rejoin. */
  participantIds(): string[] {
    return [...this.peers.keys()];
  }

  private async applyPause(producer: PeerProducer, shouldPause: boolean, cause: PauseReason): Promise<void> {
    if (shouldPause === producer.paused) return;
    if (shouldPause) await producer.pause();
    else await producer.resume();
    if (producer.appData.source === 'mic') this.noteMicForwarding(producer, cause);
  }

  /** The worker has applied the change by now: from here on, what it forwards is what counts as heard. */
  private noteMicForwarding(producer: PeerProducer, cause: PauseReason): void {
    const { participantId } = producer.appData;
    if (!producer.paused && !producer.closed) {
      this.forwardedVoice.started(participantId, Date.now());
      return;
    }
    const now = Date.now();
    this.emitVoice([{ participantId, voiceMs: this.forwardedVoice.stopped(participantId, now, cause === 'floor'), at: now }]);
  }

  private emitVoice(samples: VoiceSample[]): void {
    const heard = samples.filter((sample) => sample.voiceMs > 0);
    if (heard.length > 0) this.emit('voiceActivity', heard);
  }

  closeProducer(participantId: string, producerId: string): void {
    const producer = this.peer(participantId).producer(producerId);
    producer.close();
    this.emit('producerClosed', { participantId, producerId });
  }

  async consume(participantId: string, producerId: string): Promise<ConsumerParams> {
    const peer = this.peer(participantId);
    const producer = this.othersProducer(participantId, producerId);
    if (!peer.rtpCapabilities) {
      throw new DomainError('conflict', 'Send media:setRtpCapabilities before consuming');
    }
    if ([...peer.consumers.values()].some((consumer) => consumer.producerId === producerId)) {
      throw new DomainError('conflict', 'You already consume this producer');
    }
    if (!this.router.canConsume({ producerId, rtpCapabilities: peer.rtpCapabilities })) {
      throw new DomainError('media_unavailable', 'Your browser cannot decode this media');
    }
    const transport = [...peer.transports.values()].find((t) => t.appData.direction === 'recv');
    if (!transport) throw new DomainError('conflict', 'Create a recv transport before consuming');
    const consumer = await transport.consume<ConsumerAppData>({
      producerId,
      rtpCapabilities: peer.rtpCapabilities,
      paused: true,
      // Gallery tiles rarely need full resolution; clients ask for more when a tile grows.
      ...(producer.kind === 'video' ? { preferredLayers: { spatialLayer: 1 } } : {}),
      appData: { participantId: producer.appData.participantId, source: producer.appData.source },
    });
    peer.consumers.set(consumer.id, this.keptFor(peer, consumer));
    consumer.observer.on('close', () => peer.consumers.delete(consumer.id));
    consumer.on('producerclose', () => {
      consumer.close();
      this.emit('consumerClosed', participantId, { consumerId: consumer.id, producerId });
    });
    return {
      consumerId: consumer.id,
      producerId,
      participantId: producer.appData.participantId,
      kind: consumer.kind,
      source: producer.appData.source,
      rtpParameters: consumer.rtpParameters as RtpParameters,
      producerPaused: consumer.producerPaused,
    };
  }

  async resumeConsumer(participantId: string, consumerId: string): Promise<void> {
    await this.withConsumer(participantId, consumerId, (consumer) => consumer.resume());
  }

  /** The receiver does not show this video now (e.g. its tab is hidden): the SFU stops sending it. */
  async pauseConsumer(participantId: string, consumerId: string): Promise<void> {
    await this.withConsumer(participantId, consumerId, (consumer) => consumer.pause());
  }

  async setPreferredLayers(participantId: string, consumerId: string, spatialLayer: number): Promise<void> {
    await this.withConsumer(participantId, consumerId, async (consumer) => {
      if (consumer.type === 'simulcast') await consumer.setPreferredLayers({ spatialLayer });
    });
  }

  /** A consumer closes when its producer goes, possibly while a request for it is on its way to the worker. */
  private async withConsumer(participantId: string, consumerId: string, act: (consumer: PeerConsumer) => Promise<void>): Promise<void> {
    const consumer = this.peer(participantId).consumer(consumerId);
    try {
      await act(consumer);
    } catch (error) {
      // The worker may answer before its notice that the consumer closed arrives, so also look at the producer.
      if (consumer.closed || !this.hasLiveProducer(consumer.producerId)) throw new DomainError('not_found', 'That media has just ended');
      throw error;
    }
  }

  /** Counts of live mediasoup objects, straight from the worker (for health checks and tests). */
  async dump(): Promise<MediaObjectCounts> {
    const dump = await this.router.dump();
    const pausedProducers = [...this.peers.values()].flatMap((peer) => [...peer.producers.values()]).filter((p) => p.paused);
    const pausedConsumers = [...this.peers.values()].flatMap((peer) => [...peer.consumers.values()]).filter((c) => c.paused);
    return {
      transports: dump.transportIds.length,
      producers: dump.mapProducerIdConsumerIds.length,
      pausedProducers: pausedProducers.length,
      consumers: dump.mapConsumerIdProducerId.length,
      pausedConsumers: pausedConsumers.length,
    };
  }

  close(): void {
    for (const participantId of [...this.peers.keys()]) this.removePeer(participantId);
    this.router.close();
    this.emit('closed', 'empty');
  }

  /**
   * What the worker just made for a peer, if the peer is still here; the participant may have left
   * while the worker was busy, and nothing may outlive them.
   */
  private keptFor<T extends { close(): void }>(peer: MediaPeer, made: T): T {
    if (this.peers.get(peer.participantId) === peer) return made;
    made.close();
    throw new DomainError('not_in_room', 'You left the room');
  }

  private peer(participantId: string): MediaPeer {
    const peer = this.peers.get(participantId);
    if (!peer) throw new DomainError('not_in_room', 'Join the room first');
    return peer;
  }

  private hasLiveProducer(producerId: string): boolean {
    return [...this.peers.values()].some((peer) => peer.producers.get(producerId)?.closed === false);
  }

  private othersProducer(participantId: string, producerId: string) {
    for (const peer of this.peers.values()) {
      if (peer.participantId === participantId) continue;
      const producer = peer.producers.get(producerId);
      if (producer) return producer;
    }
    throw new DomainError('not_found', `No producer ${producerId} in this room`);
  }
}
