import { z } from 'zod';
import type { ErrorBody } from '../errors';

/** Bumped whenever a request or event changes shape incompatibly; a client of another version is refused. */
export const PROTOCOL_VERSION = 5;

/** What a client presents when its socket connects (socket.io's `auth`), validated by the server. */
export const handshakeAuthSchema = z.object({
  protocolVersion: z.number().int().min(0).max(1_000_000),
  /** Demo rooms only: the signed participant id this tab had, to come back as the same participant. */
  identityToken: z.string().max(200).optional(),
});
export type HandshakeAuth = z.infer<typeof handshakeAuthSchema>;

/**
 * A refused connection: socket.io's `connect_error` carries it as `error.data`, so the client can
 * tell "reload, PeerCircle was updated" from "sign in again" or "slow down".
 */
export type ConnectionRefusal = ErrorBody;

export function isConnectionRefusal(value: unknown): value is ConnectionRefusal {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as Record<string, unknown>;
  return typeof code === 'string' && typeof message === 'string';
}
