import type { RTCPeerConnection, types } from 'msc-node';

interface ConsentCheckingConnection {
  remoteIsLite: boolean;
  iceControlling: boolean;
  state: string;
  /** Private in werift's types: its RFC 7675 loop, one check every ~5 s while the connection lasts. */
  queryConsent(): Promise<void> & { cancel(): void };
}

/**
 * mediasoup is an ICE-lite agent and drops a transport that sent no ICE consent check for 30 s;
 * werift 0.18 sends consent checks only to full agents, so a light participant's media would stop
 * after half a minute. Once the transport is connected (roles already settled by the lite flag),
 * this runs werift's own consent loop towards mediasoup. Every renegotiation (a consumer added
 * later) makes werift set the lite flag again, which ends the loop, and set the ICE role from the
 * SDP answer, which makes mediasoup refuse the checks (werift then closes the connection itself):
 * so both stay as they were when the transport connected. Returns a function that stops the loop.
 */
export function keepIceConsent(transport: types.Transport): () => void {
  const pc = (transport.handler as unknown as { _pc: RTCPeerConnection })._pc;
  const loops: { cancel(): void }[] = [];
  transport.on('connectionstatechange', (state) => {
    if (state !== 'connected' || loops.length > 0) return;
    for (const iceTransport of pc.iceTransports) {
      const connection = iceTransport.connection as unknown as ConsentCheckingConnection;
      pin(connection, 'remoteIsLite', false);
      pin(connection, 'iceControlling', true);
      const loop = connection.queryConsent();
      loop.catch(() => undefined); // rejects with "cancel" when stopped
      loops.push(loop);
    }
  });
  return () => loops.forEach((loop) => loop.cancel());
}

/** Keeps a property at one value whatever werift assigns to it later. */
function pin<T extends object>(target: T, key: keyof T, value: unknown): void {
  Object.defineProperty(target, key, { get: () => value, set: () => undefined, configurable: true });
}
