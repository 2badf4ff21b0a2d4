import { useRef } from 'react';
import { useAppStore } from '../store/store';
import { micHeldByFloor, micHoldNote } from './mic-hold';
import { structurallyEqual } from './structural-equal';
import { tileStatuses, type TileStatuses } from './tile-status';

const none: TileStatuses = {};

/** Presenter, floor, next speaker and hands for the video tiles; empty in a room without a circle view yet. */
export function useTileStatuses(): TileStatuses {
  const previous = useRef<TileStatuses>(none);
  return useAppStore((state) => {
    const view = state.session.view;
    const next = view ? tileStatuses(view) : none;
    if (structurallyEqual(previous.current, next)) return previous.current;
    previous.current = next;
    return next;
  });
}

/**
 * The viewer is listening: the floor rule holds the microphone they have switched on. (Muted by
 * their own choice they are shown as muted; without a microphone nothing is held.)
 */
export function useListening(): boolean {
  return useAppStore(({ session, media }) => {
    const hasMic = Boolean(media.localStream?.getAudioTracks().length);
    return session.view !== null && media.micEnabled && hasMic && micHeldByFloor(session.view);
  });
}

/** What holds the viewer's microphone, in words: their turn to come, or the guardian's pause. */
export function useMicHoldNote(): string {
  return useAppStore(({ session }) => micHoldNote(session.view));
}
