import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/store';
import { notify } from '../store/ui-slice';
import { arrivalAnnouncement, newArrivals } from './lobby-arrivals';

/** Tells the facilitator, on screen and aloud, when someone starts waiting at the door; they may be looking elsewhere. */
export function useLobbyAnnouncements(): void {
  const waiting = useAppStore((state) => state.lobby.waiting);
  const previous = useRef(waiting);
  useEffect(() => {
    const text = arrivalAnnouncement(newArrivals(previous.current, waiting));
    previous.current = waiting;
    if (text) notify(text);
  }, [waiting]);
}
