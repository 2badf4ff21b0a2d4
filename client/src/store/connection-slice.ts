import { updateSlice } from './store';

/** Mirrors the signalling connection, LiveKit-style: one explicit state, never a set of booleans. */
export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'failed';

export interface ConnectionState {
  status: ConnectionStatus;
  error: string | null;
}


export function setConnectionStatus(status: ConnectionStatus, error: string | null = null): void {
  updateSlice('connection', () => ({ status, error }));
}
