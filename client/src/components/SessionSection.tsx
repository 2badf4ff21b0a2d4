import { useId } from 'react';
import { shortcutKeys } from '../circle/keyboard-shortcuts';
import { useSessionCommand } from '../circle/session-commands';
import { useCircle } from '../circle/use-circle';
import { AgendaEditor } from './AgendaEditor';
import { ConfirmButton } from './ConfirmButton';
import { FormatSwitcher } from './FormatSwitcher';
import { PhaseTimeline } from './PhaseTimeline';

/** Starting, pacing and ending the session, and shaping its agenda. */
export function SessionSection() {
  const send = useSessionCommand();
  const status = useCircle((view) => view.status);
  const onLastPhase = useCircle((view) => view.currentPhaseIndex === view.agenda.phases.length - 1);
  const headingId = useId();

  return (
    <section className="panel-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Session</h2>
      <div className="button-row">
        {status === 'not-started' ? (
          <button type="button" className="primary" onClick={() => void send({ type: 'session.start' })}>
            Start session
          </button>
        ) : null}
        {status === 'running' ? (
          <button
            type="button"
            className="primary"
            disabled={onLastPhase}
            onClick={() => void send({ type: 'phase.next' })}
            aria-keyshortcuts={shortcutKeys.nextPhase}
          >
            Next phase
          </button>
        ) : null}
        {status !== 'ended' ? <AgendaEditor /> : null}
        {status === 'running' ? (
          <ConfirmButton
            className="danger"
            question="End the session for everyone?"
            detail="The current turn closes and the timers stop. A session cannot be restarted."
            confirmText="Yes, end the session"
            onConfirm={() => void send({ type: 'session.end' })}
          >
            End session
          </ConfirmButton>
        ) : null}
      </div>
      {status === 'running' && onLastPhase ? <p className="hint">This is the last phase; end the session when the circle is done.</p> : null}
      {status === 'ended' ? <p>The session has ended.</p> : null}
      {status === 'not-started' ? <FormatSwitcher /> : null}
      <PhaseTimeline />
    </section>
  );
}
