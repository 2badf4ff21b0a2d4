import { useEffect, useState } from 'react';
import { useAppStore } from '../store/store';

/** The server's current time as best this client knows it. */
export function serverNow(): number {
  return Date.now() + useAppStore.getState().session.clockOffsetMs;
}

/** Re-renders every `intervalMs` with the server time, for countdowns. */
export function useServerNow(intervalMs = 250): number {
  const offset = useAppStore((state) => state.session.clockOffsetMs);
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    const tick = () => setNow(Date.now() + offset);
    tick();
    const timer = setInterval(tick, intervalMs);
    return () => clearInterval(timer);
  }, [offset, intervalMs]);
  return now;
}
