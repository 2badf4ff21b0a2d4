/** Every error a client can receive carries one of these codes. */
export const errorCodes = [
  'invalid_payload',
  'unauthenticated',
  'forbidden',
  'not_found',
  'not_in_room',
  'already_in_room',
  'room_full',
  'media_unavailable',
  'conflict',
  'session_not_running',
  'session_ended',
  'wrong_phase',
  'not_your_turn',
  /** The clearness committee's silence between questions has not yet passed. */
  'silence_gap',
  /** The circle is paused: the floor, the round, the phase and the timers stay as they are. */
  'paused',
  'agreement_required',
  'waiting_in_lobby',
  'session_closed',
  'link_expired',
  'rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  'protocol_mismatch',
  'unavailable',
  /** Cluster mode: the circle is hosted by another node; reconnect with `?node=<ErrorBody.node>`. */
  'wrong_node',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** With `wrong_node`: the node that hosts the circle. */
  node?: string;
}

/** A failure the domain expects and the caller can act on; mapped to an ack or HTTP status. */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly node?: string,
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    return this.node === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, node: this.node };
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
