import { circleCommandSchema } from '../circle/commands';
import type { CircleSessionView } from '../circle/view-for';

/**
 * A circle command as a client sends it. The schema is the reducer's own; who acts is the socket's
 * authenticated participant, never a payload field.
 */
export const sessionCommandRequestSchema = circleCommandSchema;

export interface SessionCommandResult {
  version: number;
}

/** A participant's view of the circle session, sent after every accepted command. */
export interface SessionUpdateEvent {
  view: CircleSessionView;
  /** Server time when the update was sent, for the client's clock offset. */
  serverNow: number;
}

export interface SessionSnapshot {
  view: CircleSessionView;
  serverNow: number;
}

export interface ServerTime {
  serverNow: number;
}
