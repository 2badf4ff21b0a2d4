import type { types } from 'msc-node';
import type { ConsumerParams } from '@peercircle/shared';
import { request, type PeerSocket } from '../peer-socket';
import { countSrtpWithoutDecrypting } from './count-srtp';

export interface Reception {
  /** Consumers open on this side (one per remote producer, audio and video). */
  consumers(): number;
  /** RTP packets received from the SFU since joining, all consumers together. */
  packets(): number;
}

/**
 * Consumes every producer of everyone else, as the web client does: the consumers the join opened,
 * then each producer announced later, each resumed once its track exists here. Received RTP packets
 * are counted and dropped, still encrypted (see count-srtp.ts). Listens before the join answers, so
 * call it first and hand the join's recv transport and consumers to `start`. With `videoHidden`, as
 * the web client in a hidden tab, video consumers are made but never resumed: the SFU sends voices only.
 */
export function receiveEveryone(
  socket: PeerSocket,
  { videoHidden = false }: { videoHidden?: boolean | undefined } = {},
): Reception & { start(transport: types.Transport, joined: ConsumerParams[]): void } {
  const announced: string[] = [];
  const consumed = new Set<string>();
  const consumers = new Map<string, types.Consumer>();
  let transport: types.Transport | null = null;
  let packets = 0;

  const consume = async (offer: ConsumerParams): Promise<void> => {
    const consumer = await transport!.consume({ id: offer.consumerId, producerId: offer.producerId, kind: offer.kind, rtpParameters: offer.rtpParameters as types.RtpParameters });
    consumers.set(consumer.id, consumer);
    if (!(videoHidden && offer.kind === 'video')) await request(socket, 'media:resumeConsumer', { consumerId: offer.consumerId });
  };
  const consumeProducer = (producerId: string) => {
    if (consumed.has(producerId)) return;
    consumed.add(producerId);
    // A producer may close before its consumer is made; the next announcement is unaffected.
    request(socket, 'media:consume', { producerId }).then(consume).catch(() => undefined);
  };

  socket.on('media:producerAdded', ({ producerId }) => (transport ? consumeProducer(producerId) : announced.push(producerId)));
  socket.on('media:consumerClosed', ({ consumerId }) => {
    consumers.get(consumerId)?.close();
    consumers.delete(consumerId);
  });
  return {
    start(recvTransport, joined) {
      transport = recvTransport;
      countSrtpWithoutDecrypting(recvTransport, () => (packets += 1));
      for (const offer of joined) {
        consumed.add(offer.producerId);
        consume(offer).catch(() => undefined);
      }
      announced.splice(0).forEach(consumeProducer);
    },
    consumers: () => consumers.size,
    packets: () => packets,
  };
}
