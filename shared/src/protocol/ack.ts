import type { ErrorBody } from '../errors';

/** The reply to every client request: typed data or a typed error, never a bare exception. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export const ackOk = <T>(data: T): Ack<T> => ({ ok: true, data });
export const ackError = (error: ErrorBody): Ack<never> => ({ ok: false, error });
