import type { types as mediasoupTypes } from 'mediasoup';
import { DomainError, type MediaSource, type ProducerSummary, type TransportDirection } from '@peercircle/shared';

export interface ProducerAppData extends mediasoupTypes.AppData {
  participantId: string;
  source: MediaSource;
}

export interface ConsumerAppData extends mediasoupTypes.AppData {
  participantId: string;
  source: MediaSource;
}

export interface TransportAppData extends mediasoupTypes.AppData {
  direction: TransportDirection;
}

export type PeerTransport = mediasoupTypes.WebRtcTransport<TransportAppData>;
export type PeerProducer = mediasoupTypes.Producer<ProducerAppData>;
export type PeerConsumer = mediasoupTypes.Consumer<ConsumerAppData>;

/** Why a producer is paused. It plays only when no reason remains. */
export type PauseReason = 'self' | 'floor';

/**
 * The mediasoup objects one participant owns in a room. Every lookup goes through these maps, so a
 * participant can only ever reach its own transports, producers and consumers.
 */
export class MediaPeer {
  readonly transports = new Map<string, PeerTransport>();
  readonly producers = new Map<string, PeerProducer>();
  readonly consumers = new Map<string, PeerConsumer>();
  private readonly pauseReasons = new Map<string, Set<PauseReason>>();
  rtpCapabilities: mediasoupTypes.RtpCapabilities | undefined;
  /** Whether the circle's floor rule lets this participant be heard right now. */
  audioAllowed = true;

  constructor(
    readonly participantId: string,
    readonly displayName: string,
  ) {}

  transport(transportId: string, direction: TransportDirection): PeerTransport {
    const transport = this.transports.get(transportId);
    if (!transport || transport.appData.direction !== direction) {
      throw new DomainError('not_found', `No ${direction} transport ${transportId} belongs to you`);
    }
    return transport;
  }

  anyTransport(transportId: string): PeerTransport {
    const transport = this.transports.get(transportId);
    if (!transport) throw new DomainError('not_found', `No transport ${transportId} belongs to you`);
    return transport;
  }

  producer(producerId: string): PeerProducer {
    const producer = this.producers.get(producerId);
    if (!producer) throw new DomainError('not_found', `No producer ${producerId} belongs to you`);
    return producer;
  }

  consumer(consumerId: string): PeerConsumer {
    const consumer = this.consumers.get(consumerId);
    if (!consumer) throw new DomainError('not_found', `No consumer ${consumerId} belongs to you`);
    return consumer;
  }

  producerForSource(source: MediaSource): PeerProducer | undefined {
    return [...this.producers.values()].find((producer) => producer.appData.source === source);
  }

  /** Adds or removes one pause reason; returns whether the producer should now be paused. */
  setPauseReason(producerId: string, reason: PauseReason, active: boolean): boolean {
    const reasons = this.pauseReasons.get(producerId) ?? new Set<PauseReason>();
    if (active) reasons.add(reason);
    else reasons.delete(reason);
    this.pauseReasons.set(producerId, reasons);
    return reasons.size > 0;
  }

  isPausedBy(producerId: string, reason: PauseReason): boolean {
    return this.pauseReasons.get(producerId)?.has(reason) ?? false;
  }

  forgetProducer(producerId: string): void {
    this.producers.delete(producerId);
    this.pauseReasons.delete(producerId);
  }

  /** `paused` is the participant's own choice (muted, camera off); floor pauses show in the session. */
  producerSummaries(): ProducerSummary[] {
    return [...this.producers.values()].map((producer) => ({
      producerId: producer.id,
      kind: producer.kind,
      source: producer.appData.source,
      paused: this.isPausedBy(producer.id, 'self'),
    }));
  }

  /** Closing the transports closes every producer and consumer on them. */
  close(): void {
    for (const transport of this.transports.values()) transport.close();
    this.transports.clear();
    this.producers.clear();
    this.consumers.clear();
    this.pauseReasons.clear();
  }
}
