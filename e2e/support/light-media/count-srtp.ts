import type { RTCPeerConnection, types } from 'msc-node';

/** The parts of werift's RTCDtlsTransport replaced here (public in its class, absent from msc-node's types). */
interface SrtpStartingDtlsTransport {
  srtpStarted: boolean;
  updateSrtpSession(): void;
  startSrtp(): void;
  iceTransport: { connection: { onData: { subscribe(handler: (datagram: Buffer) => void): unknown } } };
}

/** werift's STUN protocol: every datagram of a connection's socket enters here. */
interface DatagramReceiving {
  datagramReceived(datagram: Buffer, address: unknown): void;
}

/**
 * Makes a receiving transport count the RTP packets it gets instead of reading them. werift parses
 * each datagram as STUN first, then decrypts it in JavaScript (a new AES context per packet) and
 * routes it through its RTP stack: a light participant spent several times what the mediasoup worker
 * spends sending the same packet, so the load generator, not the SFU, was the limit of
 * bench:capacity. The SFU still encrypts and sends every packet; only this side no longer reads them.
 *
 * Call before the transport's first `consume`. Its DTLS transports exist once msc-node asks to
 * connect, and SRTP starts after that: from then on packets are counted, undecrypted. Once connected,
 * media datagrams are counted as they leave the socket, before werift's STUN parsing; STUN and DTLS
 * still go to werift (ICE consent, DTLS alerts).
 */
export function countSrtpWithoutDecrypting(transport: types.Transport, onRtpPacket: () => void): void {
  const pc = (transport.handler as unknown as { _pc: RTCPeerConnection })._pc;
  transport.on('connect', () => {
    for (const dtls of pc.dtlsTransports as unknown as SrtpStartingDtlsTransport[]) {
      dtls.startSrtp = function countInsteadOfDecrypting(this: SrtpStartingDtlsTransport) {
        if (this.srtpStarted) return;
        this.srtpStarted = true;
        this.updateSrtpSession(); // SRTCP can still send, as before
        this.iceTransport.connection.onData.subscribe((datagram) => {
          if (isRtp(datagram)) onRtpPacket();
        });
      };
    }
  });
  transport.on('connectionstatechange', (state) => {
    if (state !== 'connected') return;
    for (const iceTransport of pc.iceTransports) {
      for (const protocol of (iceTransport.connection as unknown as { protocols: DatagramReceiving[] }).protocols) {
        const toWerift = protocol.datagramReceived.bind(protocol);
        protocol.datagramReceived = (datagram, address) => {
          if (!isMedia(datagram)) return toWerift(datagram, address);
          if (!isRtcp(datagram)) onRtpPacket();
        };
      }
    }
  });
}

/** RFC 7983's demultiplexing: a first byte of 128–191 is RTP or RTCP. */
const isMedia = (datagram: Buffer) => datagram.length >= 2 && datagram[0]! >= 128 && datagram[0]! <= 191;
/** RTCP's packet types are 192–223 (RFC 5761). */
const isRtcp = (datagram: Buffer) => datagram[1]! >= 192 && datagram[1]! <= 223;
const isRtp = (datagram: Buffer) => isMedia(datagram) && !isRtcp(datagram);
