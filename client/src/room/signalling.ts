import { RequestError } from '../realtime/request';
import { ensureConnecting, pinToNode, refusalOf, type PeerClientSocket } from '../realtime/socket';
import { setConnectionStatus } from '../store/connection-slice';
import { useAppStore } from '../store/store';
import { announce } from '../store/ui-slice';

/**
 * Resolves once the socket is connected. Rejects when the server refuses it (with its reason) or
 * after `timeoutMs`; other connection errors are the network's, and socket.io keeps trying meanwhile.
 */
export function untilConnected(socket: PeerClientSocket, timeoutMs: number): Promise<void> {
  if (socket.connected) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      socket.off('connect', onConnect);
      socket.off('connect_error', onError);
    };
    const onConnect = () => {
      done();
      resolve();
    };
    const onError = (error: Error) => {
      const refusal = refusalOf(error);
      if (!refusal) return;
      done();
      reject(new RequestError(refusal.code, refusal.message));
    };
    const timer = setTimeout(() => {
      done();
      reject(new RequestError('timeout', 'Could not reach PeerCircle. Check your network and try again.'));
    }, timeoutMs);
    socket.on('connect', onConnect);
    socket.on('connect_error', onError);
    ensureConnecting(socket);
  });
}

/** Cluster mode: reconnects to the node that hosts the circle (the server named it in a `wrong_node` refusal). */
export async function moveToNode(socket: PeerClientSocket, node: string, timeoutMs: number): Promise<void> {
  pinToNode(socket, node);
  socket.disconnect();
  await untilConnected(socket, timeoutMs);
}

/** What the room connection does when the signalling connection comes back. */
export interface ConnectionReactions {
  inRoom(): boolean;
  /** The connection was recovered with its state: only check no update was missed. */
  resync(): void;
  /** A new connection: the server no longer knows us, so join again. */
  recoverMedia(message: string): void;
}

/** The signalling connection's losses, returns and refusals, as the person in the room sees them. */
export function watchConnection(socket: PeerClientSocket, reactions: ConnectionReactions): void {
  socket.on('disconnect', (reason) => {
    if (reason === 'io client disconnect' || !reactions.inRoom()) return;
    setConnectionStatus('reconnecting');
    announce('Connection lost. Reconnecting…', 'assertive');
  });
  socket.on('connect', () => {
    if (!reactions.inRoom() || useAppStore.getState().connection.status !== 'reconnecting') return;
    if (socket.recovered) {
      setConnectionStatus('connected');
      announce('Reconnected');
      reactions.resync();
    } else {
      reactions.recoverMedia('Rejoining the room');
    }
  });
  socket.on('connect_error', (error) => {
    if (!reactions.inRoom()) return;
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
