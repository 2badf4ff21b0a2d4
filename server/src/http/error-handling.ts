import type { FastifyError, FastifyInstance } from 'fastify';
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
  agreement_required: 403,
  waiting_in_lobby: 409,
  session_closed: 409,
  link_expired: 410,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  protocol_mismatch: 400,
  unavailable: 503,
  internal: 500,
};

/** Every HTTP error leaves as `{ error: { code, message } }` with a matching status. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isDomainError(error)) {
      return reply.code(statusByCode[error.code]).send({ error: error.toBody() });
    }
    if (error.validation || error.statusCode === 400) {
      return reply.code(400).send({ error: { code: 'invalid_payload', message: error.message } });
    }
    if (error.statusCode === 429) {
      const message = (error as { error?: { message?: string } }).error?.message ?? 'Too many attempts. Wait a minute and try again.';
      return reply.code(429).send({ error: { code: 'rate_limited', message } });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: { code: 'internal', message: 'Something went wrong on the server' } });
  });
}
