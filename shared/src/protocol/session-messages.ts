import { participantCommandSchema } from '../circle/commands';
import type { ViewDelta } from '../circle/view-delta';
import type { CircleSessionView } from '../circle/view-for';

/**
 * A circle command as a client sends it: the reducer's own schema, narrowed to what participants
 * issue (system commands come only from the server). Who acts is the socket's authenticated
 * participant, never a payload field.
 */
export const sessionCommandRequestSchema = participantCommandSchema;

export interface SessionCommandResult {
  version: number;
}

/**
 * Sent to each participant after every accepted command: their whole view the first time, then
 * only what changed since the view they were last sent. A client whose view is not the delta's base
 * asks for a snapshot (`session:sync`).
 */
export type SessionUpdateEvent =
  | { kind: 'snapshot'; view: CircleSessionView; serverNow: number }
  | { kind: 'delta'; delta: ViewDelta; serverNow: number };

export interface SessionSnapshot {
  view: CircleSessionView;
  serverNow: number;
}

export interface ServerTime {
  serverNow: number;
}
