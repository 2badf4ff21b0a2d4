import type { CircleSessionView } from '@peercircle/shared';

export const listeningNote = "Listening — your microphone opens when it's your turn";

/**
 * Whether the circle's floor rule holds the viewer's microphone: the server pauses it in the SFU for
 * everyone outside the view's `audible` set, whatever the browser sends (server/src/circle/floor-enforcement.ts).
 */
export function micHeldByFloor(view: CircleSessionView): boolean {
  return view.audible !== 'everyone' && !view.audible.includes(view.viewerId);
}
