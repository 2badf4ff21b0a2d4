import { io, type Socket } from 'socket.io-client';
import {
  isConnectionRefusal,
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type ConnectionRefusal,
  type HandshakeAuth,
  type ServerToClientEvents,
} from '@peercircle/shared';

export type PeerClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const IDENTITY_KEY = 'peercircle.identityToken';

function handshakeAuth(identityToken: string | null): HandshakeAuth {
  return identityToken ? { protocolVersion: PROTOCOL_VERSION, identityToken } : { protocolVersion: PROTOCOL_VERSION };
}

/**
 * The identity this tab presents on every (re)connection. Kept per tab, so two tabs are two
 * participants, and a reload or dropped connection comes back as the same one.
 */
export function rememberIdentity(socket: PeerClientSocket, identityToken: string): void {
  sessionStorage.setItem(IDENTITY_KEY, identityToken);
  socket.auth = handshakeAuth(identityToken);
}

/** One socket per page, connected to the page's own origin (the server serves the SPA). */
export function createSocket(): PeerClientSocket {
  return io({
    autoConnect: false,
    auth: handshakeAuth(sessionStorage.getItem(IDENTITY_KEY)),
    transports: ['websocket'],
    reconnectionDelay: 500,
    reconnectionDelayMax: 3000,
    withCredentials: true,
  });
}

/**
 * Opens the connection unless it is open or opening. socket.io's `connect()` on a socket whose
 * handshake is still pending sends a second CONNECT packet, and the server closes the whole
 * connection for it: a Join clicked while the early connection is being accepted used to fail so.
 */
export function ensureConnecting(socket: Pick<PeerClientSocket, 'active' | 'connect'>): void {
  if (!socket.active) socket.connect();
}

/**
 * Cluster mode: this socket's connections from now on ask the load balancer for `node` (it routes
 * `?node=<id>` to that server). Whether that changed anything.
 */
export function pinToNode(socket: PeerClientSocket, node: string): boolean {
  const query = (socket.io.opts.query ?? {}) as Record<string, string>;
  if (query['node'] === node) return false;
  socket.io.opts.query = { ...query, node };
  return true;
}

/** Why the server refused the connection (old client, signed out, flooding), if it said. */
export function refusalOf(error: unknown): ConnectionRefusal | null {
  const data = (error as { data?: unknown } | null)?.data;
  return isConnectionRefusal(data) ? data : null;
}
