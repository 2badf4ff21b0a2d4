import type { CircleSessionView } from '@peercircle/shared';

export const listeningNote = "Listening — your microphone opens when it's your turn";
export const pausedNote = 'Paused — your microphone opens when the circle resumes';

/** Why the floor holds the viewer's microphone, in the words the tile and the control bar show. */
export function micHoldNote(view: CircleSessionView | null): string {
  return view?.pause ? pausedNote : listeningNote;
}

/**
 * Whether the circle's floor rule holds the viewer's microphone: the server pauses it in the SFU for
 * everyone outside the view's `audible` set, whatever the browser sends (server/src/circle/floor-enforcement.ts).
 */
export function micHeldByFloor(view: CircleSessionView): boolean {
  return view.audible !== 'everyone' && !view.audible.includes(view.viewerId);
}
