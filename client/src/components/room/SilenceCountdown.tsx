import { useId } from 'react';
import { silenceHeadline } from '../../circle/question-pace';
import { formatCountdown } from '../../circle/time-format';
import { useSilenceLeftMs } from '../../circle/use-silence-left';

/**
 * The silence after an answer, counted down for the whole circle. role="timer" is not live: its
 * start is announced once (see circle-announcements), not every second.
 */
export function SilenceCountdown() {
  const left = useSilenceLeftMs();
  const labelId = useId();
  if (left === 0) return null;
  return (
    <div className="timer-readout silence-countdown" data-testid="silence-countdown">
      <span id={labelId} className="timer-label">
        {silenceHeadline}
      </span>
      <span role="timer" aria-labelledby={labelId} className="timer-value">
        {formatCountdown(left, false)}
      </span>
    </div>
  );
}
