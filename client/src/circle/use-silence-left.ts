import { useEffect, useId, useState } from 'react';
import { silenceRemainingMs } from '@peercircle/shared';
import { useAppStore } from '../store/store';
import { silenceReason } from './question-pace';
import { serverNow } from './server-clock';
import { useCircle } from './use-circle';

const tickMs = 250;

/**
 * The silence left now (server time), re-rendering a few times a second only while one runs: a
 * silence that is over stays in the view until the phase ends, and should not keep anything ticking.
 */
export function useSilenceLeftMs(): number {
  const gap = useCircle((view) => (view.status === 'running' ? (view.silenceGap ?? null) : null));
  const offset = useAppStore((state) => state.session.clockOffsetMs);
  const [, setTick] = useState(0);
  useEffect(() => {
    if (gap === null) return;
    const timer = setInterval(() => {
      setTick((tick) => tick + 1);
      if (silenceRemainingMs(gap, serverNow()) === 0) clearInterval(timer);
    }, tickMs);
    return () => clearInterval(timer);
  }, [gap, offset]);
  return silenceRemainingMs(gap, serverNow());
}

/** While the silence runs: why the floor and the next question wait, with an id for the controls it holds. */
export interface SilenceHold {
  reason: string | null;
  reasonId: string;
}

export function useSilenceHold(): SilenceHold {
  const reason = silenceReason(useSilenceLeftMs());
  const reasonId = useId();
  return { reason, reasonId };
}
