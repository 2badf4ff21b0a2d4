import type { Device, types } from 'mediasoup-client';
import type {
  ConsumerParams,
  IceServer,
  JoinRoomResult,
  MediaSource,
  RtpCapabilities,
  RtpParameters,
  TransportParams,
} from '@peercircle/shared';
import { request } from '../realtime/request';
import type { PeerClientSocket } from '../realtime/socket';
import { MICROPHONE_CODEC_OPTIONS } from './microphone';
import { CAMERA_CODEC_OPTIONS, CAMERA_SIMULCAST_ENCODINGS } from './simulcast';

export interface MediaSessionEvents {
  onRemoteTrack(participantId: string, source: MediaSource, track: MediaStreamTrack): void;
  onRemoteTrackEnded(participantId: string, track: MediaStreamTrack): void;
  /** ICE/DTLS failed for good; the room should be joined again. */
  onTransportFailed(): void;
}

interface ConsumerAppData extends types.AppData {
  participantId: string;
  spatialLayer?: number;
}

/** Yields until the next task. Not with setTimeout: a hidden tab runs timers once a second. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** mediasoup-client types codec parameters loosely; the server validates them against the schema. */
export const deviceCapabilities = (device: Device): RtpCapabilities => device.rtpCapabilities as RtpCapabilities;

/**
 * The mediasoup-client side of one room membership: a device, a send and a receive transport, our
 * producers and the consumers of everyone else. A rejoin builds a new session; local tracks survive.
 */
export class MediaSession {
  private sendTransport: types.Transport | null = null;
  private recvTransport: types.Transport | null = null;
  private readonly producers = new Map<MediaSource, types.Producer>();
  private readonly publishing = new Set<MediaSource>();
  private readonly consumersByProducer = new Map<string, types.Consumer<ConsumerAppData>>();
  private readonly consuming = new Set<string>();
  private closed = false;
  /** Whether the receiving transport has had its first negotiation (see `createConsumers`). */
  private recvNegotiated = false;
  /** Whether the videos are on screen (false while the tab is hidden): the SFU sends only those. */
  private videoShown = true;
  private markStarted!: () => void;
  /** Producers announced while the transports are still being set up wait for this. */
  private readonly started = new Promise<void>((resolve) => (this.markStarted = resolve));

  constructor(
    private readonly socket: PeerClientSocket,
    private readonly loadingDevice: Promise<Device>,
    private readonly events: MediaSessionEvents,
  ) {}

  /** `announcedDevice`: the device whose capabilities the join request already sent, if any. */
  async start(joined: JoinRoomResult, announcedDevice: Device | null): Promise<void> {
    const device = await this.loadingDevice;
    if (device !== announcedDevice) {
      await request(this.socket, 'media:setRtpCapabilities', { rtpCapabilities: deviceCapabilities(device) });
    }
    const [sendParams, recvParams] = joined.media
      ? [joined.media.send, joined.media.recv]
      : await Promise.all([
          request(this.socket, 'media:createTransport', { direction: 'send' }),
          request(this.socket, 'media:createTransport', { direction: 'recv' }),
        ]);
    this.sendTransport = device.createSendTransport(this.transportOptions(sendParams, joined.iceServers));
    this.recvTransport = device.createRecvTransport(this.transportOptions(recvParams, joined.iceServers));
    this.wireTransport(this.sendTransport);
    this.wireTransport(this.recvTransport);
    this.sendTransport.on('produce', ({ kind, rtpParameters, appData }, callback, errback) => {
      const source = appData['source'] as MediaSource;
      const paused = appData['paused'] === true;
      request(this.socket, 'media:produce', {
        transportId: sendParams.transportId,
        kind,
        source,
        rtpParameters: rtpParameters as RtpParameters,
        paused,
      })
        .then(({ producerId }) => callback({ id: producerId }))
        .catch(errback);
    });
    this.markStarted();
  }

  /** Starts sending a track; a paused producer exists (so it can be unmuted) but sends nothing. */
  async publish(source: MediaSource, track: MediaStreamTrack, paused: boolean): Promise<void> {
    if (!this.sendTransport) throw new Error('media session not started');
    if (this.hasProducer(source)) return;
    this.publishing.add(source);
    try {
      const producer = await this.sendTransport.produce({
        track,
        stopTracks: false,
        ...(source === 'camera' ? { encodings: CAMERA_SIMULCAST_ENCODINGS, codecOptions: CAMERA_CODEC_OPTIONS } : { codecOptions: MICROPHONE_CODEC_OPTIONS }),
        appData: { source, paused },
      });
      if (paused) producer.pause();
      this.producers.set(source, producer);
    } finally {
      this.publishing.delete(source);
    }
  }

  /** True also while the producer is being created, so a source is never published twice. */
  hasProducer(source: MediaSource): boolean {
    return this.producers.has(source) || this.publishing.has(source);
  }

  async setPaused(source: MediaSource, paused: boolean): Promise<void> {
    const producer = this.producers.get(source);
    if (!producer || producer.paused === paused) return;
    if (paused) producer.pause();
    else producer.resume();
    await request(this.socket, 'media:setProducerPaused', { producerId: producer.id, paused });
  }

  async replaceTrack(source: MediaSource, track: MediaStreamTrack): Promise<void> {
    await this.producers.get(source)?.replaceTrack({ track });
  }

  /**
   * Receives these producers. The server is asked for all of them at once, then the consumers are
   * created together. Rejects with the failures, if any, once the rest is received.
   */
  async consume(producerIds: readonly string[]): Promise<void> {
    await this.started;
    const fresh = this.claim(producerIds);
    try {
      const offers = await Promise.allSettled(fresh.map((producerId) => request(this.socket, 'media:consume', { producerId })));
      await this.createConsumers(offers);
    } finally {
      fresh.forEach((producerId) => this.consuming.delete(producerId));
    }
  }

  /** Receives producers whose consumers the server already made (with the join). */
  async receive(offers: readonly ConsumerParams[]): Promise<void> {
    await this.started;
    const fresh = this.claim(offers.map((offer) => offer.producerId));
    try {
      const claimed = offers.filter((offer) => fresh.includes(offer.producerId));
      await this.createConsumers(claimed.map((value) => ({ status: 'fulfilled', value })));
    } finally {
      fresh.forEach((producerId) => this.consuming.delete(producerId));
    }
  }

  /** The producers not yet received nor being received, now marked as being received. */
  private claim(producerIds: readonly string[]): string[] {
    const fresh = producerIds.filter((id) => !this.consumersByProducer.has(id) && !this.consuming.has(id));
    fresh.forEach((id) => this.consuming.add(id));
    return fresh;
  }

  /**
   * Creates the consumers in one tick, so mediasoup-client sets them all up in a single SDP
   * negotiation instead of one per track. The first time, one video goes ahead alone: the receiving
   * transport connects (ICE, DTLS) after its first negotiation, and a negotiation of one media
   * section is quick, so a face shows while the browser is still setting up the rest.
   */
  private async createConsumers(offers: readonly PromiseSettledResult<ConsumerParams>[]): Promise<void> {
    const recvTransport = this.recvTransport;
    if (!recvTransport || this.closed) return;
    const receiveAll = (batch: readonly PromiseSettledResult<ConsumerParams>[]) =>
      Promise.allSettled(
        batch.map((offer) => (offer.status === 'fulfilled' ? this.receiveOne(recvTransport, offer.value) : Promise.reject(offer.reason))),
      );
    const lead = this.recvNegotiated ? undefined : offers.find((offer) => offer.status === 'fulfilled' && offer.value.kind === 'video');
    if (offers.length > 0) this.recvNegotiated = true;
    let received: PromiseSettledResult<void>[];
    if (lead && offers.length > 1) {
      const leading = receiveAll([lead]);
      await nextTask(); // mediasoup-client has taken the lead's negotiation by now
      const rest = receiveAll(offers.filter((offer) => offer !== lead));
      received = [...(await leading), ...(await rest)];
    } else {
      received = await receiveAll(offers);
    }
    const failures = received.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
    if (failures.length > 0) throw new AggregateError(failures, `could not receive ${failures.length} of ${offers.length} tracks`);
  }

  /** Calls `recvTransport.consume` before its first await: that is what lets consumers batch. */
  private async receiveOne(recvTransport: types.Transport, params: ConsumerParams): Promise<void> {
    const consumer = await recvTransport.consume<ConsumerAppData>({
      id: params.consumerId,
      producerId: params.producerId,
      kind: params.kind,
      rtpParameters: params.rtpParameters as types.RtpParameters,
      appData: { participantId: params.participantId },
    });
    this.consumersByProducer.set(params.producerId, consumer);
    this.events.onRemoteTrack(params.participantId, params.source, consumer.track);
    // The server made it paused; a video nobody can see stays so until the tab is shown again.
    if (consumer.kind === 'video' && !this.videoShown) consumer.pause();
    else await request(this.socket, 'media:resumeConsumer', { consumerId: consumer.id });
  }

  /**
   * Hidden tabs receive no video: the SFU stops forwarding it (sparing the network, the SFU and this
   * device's decoder) and resumes it, with a fresh keyframe, when the tab is shown. Audio goes on.
   */
  async setVideoShown(shown: boolean): Promise<void> {
    if (this.videoShown === shown) return;
    this.videoShown = shown;
    const videos = [...this.consumersByProducer.values()].filter((consumer) => consumer.kind === 'video');
    await Promise.all(
      videos.map((consumer) => {
        if (shown) consumer.resume();
        else consumer.pause();
        const event = shown ? 'media:resumeConsumer' : 'media:pauseConsumer';
        // A consumer can close (its producer left) while this is on its way.
        return request(this.socket, event, { consumerId: consumer.id }).catch(() => undefined);
      }),
    );
  }

  /** Asks the SFU for the simulcast layer that suits how large a participant's video is shown. */
  async setPreferredLayer(participantId: string, spatialLayer: number): Promise<void> {
    const consumer = [...this.consumersByProducer.values()].find(
      (c) => c.kind === 'video' && c.appData.participantId === participantId,
    );
    if (!consumer || consumer.appData.spatialLayer === spatialLayer) return;
    consumer.appData.spatialLayer = spatialLayer;
    await request(this.socket, 'media:setPreferredLayers', { consumerId: consumer.id, spatialLayer });
  }

  /** The server closed a consumer (its producer went away). */
  dropConsumer(producerId: string): void {
    const consumer = this.consumersByProducer.get(producerId);
    if (!consumer) return;
    this.consumersByProducer.delete(producerId);
    consumer.close();
    this.events.onRemoteTrackEnded(consumer.appData.participantId, consumer.track);
  }

  dropParticipant(participantId: string): void {
    for (const [producerId, consumer] of this.consumersByProducer) {
      if (consumer.appData.participantId === participantId) this.dropConsumer(producerId);
    }
  }

  /** Closes transports (and with them producers and consumers); local tracks keep running. */
  close(): void {
    this.closed = true;
    this.markStarted();
    this.sendTransport?.close();
    this.recvTransport?.close();
    this.producers.clear();
    this.consumersByProducer.clear();
  }

  private transportOptions(params: TransportParams, iceServers: IceServer[]): types.TransportOptions {
    return {
      id: params.transportId,
      iceParameters: params.iceParameters,
      iceCandidates: params.iceCandidates as types.IceCandidate[],
      dtlsParameters: params.dtlsParameters as types.DtlsParameters,
      iceServers,
    };
  }

  private wireTransport(transport: types.Transport): void {
    transport.on('connect', ({ dtlsParameters }, callback, errback) => {
      request(this.socket, 'media:connectTransport', { transportId: transport.id, dtlsParameters })
        .then(() => callback())
        .catch(errback);
    });
    transport.on('connectionstatechange', (state) => {
      if (state === 'failed' && !this.closed) this.events.onTransportFailed();
    });
  }
}
