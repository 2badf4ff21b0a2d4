import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDomainError, type ErrorCode } from '@peercircle/shared';

const statusByCode: Record<ErrorCode, number> = {
  invalid_payload: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  not_in_room: 409,
  already_in_room: 409,
  room_full: 409,
  media_unavailable: 503,
  conflict: 409,
  session_not_running: 409,
  session_ended: 409,
  wrong_phase: 409,
  not_your_turn: 409,
  silence_gap: 409,
  paused: 409,
  agreement_required: 403,
  waiting_in_lobby: 409,
  session_closed: 409,
  link_expired: 410,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  protocol_mismatch: 400,
  unavailable: 503,
  wrong_node: 421,
  internal: 500,
};

/** What Fastify's own 4xx refusals (body too large, wrong content type, malformed JSON…) are called. */
const codeByStatus: Record<number, ErrorCode> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

const messageByCode: Partial<Record<ErrorCode, string>> = {
  payload_too_large: 'The request body is too large',
  unsupported_media_type: 'Send the request body as JSON (Content-Type: application/json)',
  rate_limited: 'Too many attempts. Wait a minute and try again.',
};

/**
 * For Fastify's `frameworkErrors`: requests refused before any route is found (a URL with broken
 * percent-encoding, an over-long parameter). Typed like every other error, and without the URL,
 * which Fastify's own message would repeat.
 */
export function refuseUnroutable(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode ?? 500;
  if (status >= 500) {
    request.log.error({ fastifyCode: error.code }, 'request failed before routing');
    void reply.code(500).send({ error: { code: 'internal', message: 'Something went wrong on the server' } });
    return;
  }
  request.log.info({ statusCode: status, fastifyCode: error.code }, 'request refused');
  void reply.code(status).send({ error: { code: codeByStatus[status] ?? 'invalid_payload', message: 'This address is not valid' } });
}

/** Every HTTP error leaves as `{ error: { code, message } }` with a matching status. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isDomainError(error)) {
      return reply.code(statusByCode[error.code]).send({ error: error.toBody() });
    }
    if (error.validation) {
      return reply.code(400).send({ error: { code: 'invalid_payload', message: error.message } });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // The client's mistake, refused before any route ran: an info line, never an error (anyone can send these).
      request.log.info({ statusCode: status, fastifyCode: error.code }, 'request refused');
      const code = codeByStatus[status] ?? 'invalid_payload';
      // The rate limiter's own answer carries how long to wait.
      const limiterMessage = (error as { error?: { message?: string } }).error?.message;
      const message = limiterMessage ?? messageByCode[code] ?? error.message;
      return reply.code(status).send({ error: { code, message } });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: { code: 'internal', message: 'Something went wrong on the server' } });
  });
}
