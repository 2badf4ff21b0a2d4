import { io, type Socket } from 'socket.io-client';
import {
  PROTOCOL_VERSION,
  type Ack,
  type ClientRequestName,
  type ClientToServerEvents,
  type RequestPayload,
  type RequestResult,
  type ServerToClientEvents,
} from '@peercircle/shared';

/** A socket.io connection to PeerCircle as a test or bench participant opens it (no browser). */
export type PeerSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Connects with the handshake the web client sends (signed in by `loginCookie`), and no reconnection: a test sees a drop. */
export async function connectPeerSocket(baseUrl: string, loginCookie?: string): Promise<PeerSocket> {
  const socket: PeerSocket = io(baseUrl, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    auth: { protocolVersion: PROTOCOL_VERSION },
    ...(loginCookie ? { extraHeaders: { cookie: loginCookie } } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

/** Sends a request and resolves with its ack's data; rejects with the server's reason when refused. */
export async function request<E extends ClientRequestName>(socket: PeerSocket, event: E, payload: RequestPayload<E>): Promise<RequestResult<E>> {
  // socket.io's emit typing cannot follow a generic event name through the mapped event type.
  const emitter = socket.timeout(10_000) as unknown as { emitWithAck(e: string, p: unknown): Promise<Ack<unknown>> };
  const reply = await emitter.emitWithAck(event, payload);
  if (!reply.ok) throw new Error(`${event} refused: ${reply.error.code} ${reply.error.message}`);
  return reply.data as RequestResult<E>;
}

/** A cohort member in their session's room by socket, signed in by their login cookie: present, without a browser. */
export async function joinSessionBySocket(baseUrl: string, loginCookie: string, sessionId: string): Promise<PeerSocket> {
  const socket = await connectPeerSocket(baseUrl, loginCookie);
  await request(socket, 'room:join', { sessionId });
  return socket;
}
