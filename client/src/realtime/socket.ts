import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@peercircle/shared';

export type PeerClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** One socket per page, connected to the page's own origin (the server serves the SPA). */
export function createSocket(): PeerClientSocket {
  return io({
    autoConnect: false,
    transports: ['websocket'],
    reconnectionDelay: 500,
    reconnectionDelayMax: 3000,
    withCredentials: true,
  });
}
