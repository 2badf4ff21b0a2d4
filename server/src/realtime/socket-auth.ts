import type { Identity } from '@peercircle/shared';
import { isAllowedOrigin } from '../http/auth-context';
import type { DemoIdentities } from './demo-identity';
import { participantChannel, type PeerServer, type PeerSocket } from './socket-types';

export interface SocketAuthOptions {
  /** Who holds a login cookie (null: nobody signed in, or the login was revoked). */
  identify(cookieHeader: string | undefined): Promise<Identity | null>;
  /** Present only when ad-hoc demo rooms are switched on. */
  demoIdentities: DemoIdentities | null;
  publicOrigin: string | null;
}

/**
 * Decides who a socket is, at connection and again on every recovery (so a revoked login, e.g. a
 * removed member, cannot slip back in through socket.io's connection-state recovery).
 */
export function authenticateSockets(io: PeerServer, options: SocketAuthOptions): void {
  io.use((socket, next) => {
    authenticate(socket, options).then(
      (failure) => next(failure ? new Error(failure) : undefined),
      () => next(new Error('unauthenticated')),
    );
  });
}

async function authenticate(socket: PeerSocket, options: SocketAuthOptions): Promise<string | null> {
  const { headers } = socket.handshake;
  if (!isAllowedOrigin(headers.origin, headers.host, options.publicOrigin)) return 'forbidden origin';
  const identity = await options.identify(headers.cookie);
  if (socket.recovered) return identity?.id === socket.data.identity?.id ? null : 'unauthenticated';
  if (identity) {
    socket.data.identity = identity;
    socket.data.participantId = identity.id;
    return null;
  }
  if (!options.demoIdentities) return 'unauthenticated';
  const auth = socket.handshake.auth as { identityToken?: unknown } | undefined;
  const returning = options.demoIdentities.verify(auth?.identityToken);
  const participantId = returning ?? options.demoIdentities.issue().participantId;
  socket.data.participantId = participantId;
  socket.data.identityToken = options.demoIdentities.tokenFor(participantId);
  return null;
}

/** Ends every live connection of someone (removed from their cohort, or signed out everywhere). */
export function disconnectEverywhere(io: PeerServer, participantId: string): void {
  io.in(participantChannel(participantId)).disconnectSockets(true);
}
