import {
  handshakeAuthSchema,
  PROTOCOL_VERSION,
  type ConnectionRefusal,
  type ErrorCode,
  type Identity,
} from '@peercircle/shared';
import { isAllowedOrigin } from '../http/auth-context';
import type { DemoIdentities } from './demo-identity';
import type { PeerServer, PeerSocket } from './socket-types';

export interface SocketAuthOptions {
  /** Who holds a login cookie, and which login it is (null: nobody signed in, or it was revoked). */
  identify(cookieHeader: string | undefined): Promise<{ identity: Identity; loginId: string } | null>;
  /** Present only when ad-hoc demo rooms are switched on. */
  demoIdentities: DemoIdentities | null;
  publicOrigin: string | null;
  /** Whether this participant was cut off recently (flooding) and must wait before coming back. */
  isBlocked(participantId: string): boolean;
  /** How many connections this participant has open now. */
  connectionsOf(participantId: string): number;
}

/** Tabs and devices one person reasonably has open at once; each connection costs the server. */
export const MAX_CONNECTIONS_PER_PARTICIPANT = 8;

type Refusal = { code: ErrorCode; message: string };

const refusals = {
  protocol: { code: 'protocol_mismatch', message: 'PeerCircle was updated — reload the page' },
  malformed: { code: 'invalid_payload', message: 'The connection request was malformed' },
  origin: { code: 'forbidden', message: 'Connections from other sites are not allowed' },
  unauthenticated: { code: 'unauthenticated', message: 'Please sign in or use your invite link' },
  blocked: { code: 'rate_limited', message: 'Too many requests; wait a moment before reconnecting' },
  crowded: { code: 'rate_limited', message: 'Too many open connections; close other PeerCircle tabs' },
} satisfies Record<string, Refusal>;

/**
 * Decides who a socket is, at connection and again on every recovery (so a revoked login, e.g. a
 * removed member, cannot slip back in through socket.io's connection-state recovery). A refusal
 * reaches the client's `connect_error` with `{ code, message }` as its data.
 */
export function authenticateSockets(io: PeerServer, options: SocketAuthOptions): void {
  io.use((socket, next) => {
    authenticate(socket, options).then(
      (refusal) => next(refusal ? refusalError(refusal) : undefined),
      () => next(refusalError(refusals.unauthenticated)),
    );
  });
}

async function authenticate(socket: PeerSocket, options: SocketAuthOptions): Promise<Refusal | null> {
  const { headers } = socket.handshake;
  if ((socket.handshake.auth as { protocolVersion?: unknown }).protocolVersion !== PROTOCOL_VERSION) return refusals.protocol;
  const auth = handshakeAuthSchema.safeParse(socket.handshake.auth);
  if (!auth.success) return refusals.malformed;
  if (!isAllowedOrigin(headers.origin, headers.host, options.publicOrigin)) return refusals.origin;
  const login = await options.identify(headers.cookie);
  if (socket.recovered) {
    if (options.isBlocked(socket.data.participantId)) return refusals.blocked;
    const sameLogin = login?.identity.id === socket.data.identity.id && login.loginId === socket.data.loginId;
    const sameGuest = socket.data.identity.kind === 'guest' && !login;
    return sameLogin || sameGuest ? null : refusals.unauthenticated;
  }
  const participantId = login?.identity.id ?? guestId(auth.data.identityToken, options.demoIdentities);
  if (!participantId) return refusals.unauthenticated;
  if (options.isBlocked(participantId)) return refusals.blocked;
  if (options.connectionsOf(participantId) >= MAX_CONNECTIONS_PER_PARTICIPANT) return refusals.crowded;
  if (login) {
    socket.data.identity = login.identity;
    socket.data.loginId = login.loginId;
  } else {
    socket.data.identity = { kind: 'guest', id: participantId };
    socket.data.identityToken = options.demoIdentities?.tokenFor(participantId);
  }
  socket.data.participantId = participantId;
  return null;
}

/** Demo rooms only: the participant a returning tab proves with its token, or a new one. */
function guestId(identityToken: string | undefined, demoIdentities: DemoIdentities | null): string | null {
  if (!demoIdentities) return null;
  return demoIdentities.verify(identityToken) ?? demoIdentities.issue().participantId;
}

function refusalError(refusal: ConnectionRefusal): Error & { data: ConnectionRefusal } {
  return Object.assign(new Error(refusal.code), { data: refusal });
}
