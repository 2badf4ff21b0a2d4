import type { RTCPeerConnection, types } from 'msc-node';

interface ConsentCheckingConnection {
  remoteIsLite: boolean;
  state: string;
  /** Private in werift's types: its RFC 7675 loop, one check every ~5 s while the connection lasts. */
  queryConsent(): Promise<void> & { cancel(): void };
}

/**
 * mediasoup is an ICE-lite agent and drops a transport that sent no ICE consent check for 30 s;
 * werift 0.18 sends consent checks only to full agents, so a light participant's media would stop
 * after half a minute. Once the transport is connected (roles already settled by the lite flag),
 * this runs werift's own consent loop towards mediasoup. Returns a function that stops it.
 */
export function keepIceConsent(transport: types.Transport): () => void {
  const pc = (transport.handler as unknown as { _pc: RTCPeerConnection })._pc;
  const loops: { cancel(): void }[] = [];
  transport.on('connectionstatechange', (state) => {
    if (state !== 'connected' || loops.length > 0) return;
    for (const iceTransport of pc.iceTransports) {
      const connection = iceTransport.connection as unknown as ConsentCheckingConnection;
      connection.remoteIsLite = false;
      const loop = connection.queryConsent();
      loop.catch(() => undefined); // rejects with "cancel" when stopped
      loops.push(loop);
    }
  });
  return () => loops.forEach((loop) => loop.cancel());
}
