import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@peercircle/shared';

export type PeerClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const IDENTITY_KEY = 'peercircle.identityToken';

/**
 * The identity this tab presents on every (re)connection. Kept per tab, so two tabs are two
 * participants, and a reload or dropped connection comes back as the same one.
 */
export function rememberIdentity(socket: PeerClientSocket, identityToken: string): void {
  sessionStorage.setItem(IDENTITY_KEY, identityToken);
  socket.auth = { identityToken };
}

/** One socket per page, connected to the page's own origin (the server serves the SPA). */
export function createSocket(): PeerClientSocket {
  const identityToken = sessionStorage.getItem(IDENTITY_KEY);
  return io({
    autoConnect: false,
    auth: identityToken ? { identityToken } : {},
    transports: ['websocket'],
    reconnectionDelay: 500,
    reconnectionDelayMax: 3000,
    withCredentials: true,
  });
}
