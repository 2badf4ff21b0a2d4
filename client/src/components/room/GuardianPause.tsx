import { useId } from 'react';
import { pauseButton, pauseStartedAt, type PauseButton } from '../../circle/guardian-pause';
import { useServerNow } from '../../circle/server-clock';
import { useSessionCommand } from '../../circle/session-commands';
import { formatDuration } from '../../circle/time-format';
import { useCircle } from '../../circle/use-circle';

const buttonText: Record<Exclude<PauseButton, null>, string> = {
  call: 'Call a pause',
  resume: 'Resume',
  waiting: 'Paused — the guardian or the facilitator resumes',
};

/**
 * The guardian's pause: while it lasts, a banner everyone sees with its running length; the button to
 * call one or resume it for those who may. The button is one element throughout, so a keyboard
 * user who calls a pause finds Resume where their focus already is.
 */
export function GuardianPause() {
  const startedAt = useCircle(pauseStartedAt);
  const button = useCircle(pauseButton);
  const send = useSessionCommand();
  if (startedAt === null && button === null) return null;
  const act = () => {
    if (button === 'call') void send({ type: 'pause.call' });
    if (button === 'resume') void send({ type: 'pause.resume' });
  };
  return (
    <div className={startedAt === null ? 'guardian-pause' : 'guardian-pause paused'}>
      {startedAt === null ? null : <PausedNotice startedAt={startedAt} />}
      {button === null ? null : (
        <button type="button" className={button === 'resume' ? 'primary' : undefined} aria-disabled={button === 'waiting' || undefined} onClick={act}>
          {buttonText[button]}
        </button>
      )}
    </div>
  );
}

function PausedNotice({ startedAt }: { startedAt: number }) {
  const now = useServerNow(1_000);
  const headingId = useId();
  const lengthId = useId();
  return (
    <section className="paused-notice" aria-labelledby={headingId} data-testid="pause-banner">
      <h2 id={headingId}>Paused — silence</h2>
      <p>
        Every microphone is paused and the timers wait.{' '}
        <span id={lengthId}>Paused for</span>{' '}
        {/* role="timer" is not live: the length is there to look at, never read out each second. */}
        <span role="timer" aria-labelledby={lengthId} className="pause-length">
          {formatDuration(now - startedAt)}
        </span>
      </p>
    </section>
  );
}
