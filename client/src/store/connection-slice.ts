import type { ErrorCode } from '@peercircle/shared';
import { updateSlice } from './store';

/** Mirrors the signalling connection, LiveKit-style: one explicit state, never a set of booleans. */
export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'failed';

export interface ConnectionState {
  status: ConnectionStatus;
  error: string | null;
  /** Set when the server refused the connection, e.g. `protocol_mismatch`: this page must reload. */
  refusal: ErrorCode | null;
}

export function setConnectionStatus(status: ConnectionStatus, error: string | null = null, refusal: ErrorCode | null = null): void {
  updateSlice('connection', () => ({ status, error, refusal }));
}
