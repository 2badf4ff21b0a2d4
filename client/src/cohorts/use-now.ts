import { useEffect, useState } from 'react';

/** The time now, refreshed every `intervalMs`, for what changes as the clock moves (a Join button appearing). */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
