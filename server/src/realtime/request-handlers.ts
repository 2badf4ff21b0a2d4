import { z } from 'zod';
import type { Logger } from 'pino';
import {
  clientRequestSchemas,
  isDomainError,
  type Ack,
  type ClientRequestName,
  type ErrorBody,
  type ParsedRequest,
  type RequestResult,
} from '@peercircle/shared';
import type { PeerSocket } from './socket-types';

export type RequestHandler<E extends ClientRequestName> = (
  payload: ParsedRequest<E>,
  socket: PeerSocket,
) => Promise<RequestResult<E>> | RequestResult<E>;

export type RequestHandlers = { [E in ClientRequestName]?: RequestHandler<E> };

/** Whether a request may be handled now (a flood is refused before any work is done). */
export type RequestAdmission = (socket: PeerSocket, event: ClientRequestName) => boolean;

const tooMany: Ack<never> = { ok: false, error: { code: 'rate_limited', message: 'Too many requests; slow down' } };

/**
 * Registers request handlers on a socket. Each request is admitted first, then its payload parsed
 * with its schema; a handler only ever sees valid input, and every outcome reaches the client as a
 * typed ack.
 */
export function registerRequestHandlers(socket: PeerSocket, handlers: RequestHandlers, admit: RequestAdmission, logger: Logger): void {
  for (const event of Object.keys(handlers) as ClientRequestName[]) {
    const handler = handlers[event] as RequestHandler<typeof event>;
    const schema = clientRequestSchemas[event] as z.ZodType;
    // socket.io's typed `on` cannot express a listener generic over the event name.
    (socket as unknown as { on(e: string, l: (...args: unknown[]) => void): void }).on(
      event,
      (payload: unknown, ack: unknown) => {
        const reply = typeof ack === 'function' ? (ack as (reply: Ack<unknown>) => void) : () => undefined;
        if (!admit(socket, event)) return reply(tooMany);
        // Without an ack nobody hears the outcome; the request still counts against the budget.
        if (typeof ack !== 'function') return;
        void respond(event, schema, handler, payload, socket, logger).then(reply);
      },
    );
  }
}

/** A request slower than this is logged (its name and duration only), to find what holds joins up. */
const SLOW_REQUEST_MS = 2_000;

async function respond(
  event: ClientRequestName,
  schema: z.ZodType,
  handler: RequestHandler<ClientRequestName>,
  payload: unknown,
  socket: PeerSocket,
  logger: Logger,
): Promise<Ack<unknown>> {
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid_payload', message: z.prettifyError(parsed.error) } };
  }
  const startedAt = performance.now();
  try {
    const data = await handler(parsed.data as never, socket);
    return { ok: true, data };
  } catch (error) {
    return { ok: false, error: toErrorBody(error, event, logger) };
  } finally {
    const elapsedMs = Math.round(performance.now() - startedAt);
    if (elapsedMs > SLOW_REQUEST_MS) logger.warn({ event, elapsedMs }, 'slow request');
  }
}

function toErrorBody(error: unknown, event: ClientRequestName, logger: Logger): ErrorBody {
  if (isDomainError(error)) return error.toBody();
  // mediasoup rejects invalid RTP/DTLS parameters with a TypeError, unknown codecs with UnsupportedError.
  if (error instanceof TypeError || (error instanceof Error && error.name === 'UnsupportedError')) {
    logger.info({ event, reason: error.message }, 'request rejected by mediasoup validation');
    return { code: 'invalid_payload', message: error.message };
  }
  // mediasoup throws InvalidStateError when its worker or router closed under the request.
  if (error instanceof Error && error.name === 'InvalidStateError') {
    return { code: 'media_unavailable', message: 'Media was interrupted; rejoin the room' };
  }
  logger.error({ event, err: error }, 'request failed');
  return { code: 'internal', message: 'Something went wrong on the server' };
}
