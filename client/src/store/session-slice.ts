import type { CircleSessionView } from '@peercircle/shared';
import { updateSlice } from './store';

export interface SessionState {
  /** This participant's view of the circle, exactly as the server last sent it. */
  view: CircleSessionView | null;
  /** serverTime ≈ Date.now() + clockOffsetMs; timers count down on server time, not the local clock. */
  clockOffsetMs: number;
  chimeMuted: boolean;
}

/** Applies a view unless an equal or newer version is already shown (events can cross a resync). */
export function sessionViewReceived(view: CircleSessionView): void {
  updateSlice('session', (session) =>
    session.view && session.view.sessionId === view.sessionId && session.view.version >= view.version
      ? session
      : { ...session, view },
  );
}

/** A snapshot the server sent in answer to a join or sync: the truth, even if its version is lower. */
export function sessionSnapshotReceived(view: CircleSessionView): void {
  updateSlice('session', (session) => ({ ...session, view }));
}

export function sessionCleared(): void {
  updateSlice('session', (session) => ({ ...session, view: null }));
}

export function clockOffsetMeasured(clockOffsetMs: number): void {
  updateSlice('session', (session) => ({ ...session, clockOffsetMs }));
}

export function setChimeMuted(chimeMuted: boolean): void {
  updateSlice('session', (session) => ({ ...session, chimeMuted }));
}
