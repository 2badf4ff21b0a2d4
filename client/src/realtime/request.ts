import type { Ack, ClientRequestName, ErrorCode, RequestPayload, RequestResult } from '@peercircle/shared';
import type { PeerClientSocket } from './socket';

const REQUEST_TIMEOUT_MS = 10_000;

/** A request the server answered with `{ ok: false }`, or one that got no answer in time. */
export class RequestError extends Error {
  override readonly name = 'RequestError';
  constructor(
    readonly code: ErrorCode | 'timeout',
    message: string,
    /** With `wrong_node`: the cluster node that hosts the circle. */
    readonly node?: string,
  ) {
    super(message);
  }
}

interface AckingEmitter {
  emitWithAck(event: string, payload: unknown): Promise<Ack<unknown>>;
}

/** Sends a typed request and resolves with the data of its ack. */
export async function request<E extends ClientRequestName>(
  socket: PeerClientSocket,
  event: E,
  payload: RequestPayload<E>,
): Promise<RequestResult<E>> {
  // socket.io's emit typing cannot follow a generic event name through the mapped event type.
  const emitter = socket.timeout(REQUEST_TIMEOUT_MS) as unknown as AckingEmitter;
  let reply: Ack<unknown>;
  try {
    reply = await emitter.emitWithAck(event, payload);
  } catch {
    throw new RequestError('timeout', `The server did not answer ${event}`);
  }
  if (!reply.ok) throw new RequestError(reply.error.code, reply.error.message, reply.error.node);
  return reply.data as RequestResult<E>;
}
