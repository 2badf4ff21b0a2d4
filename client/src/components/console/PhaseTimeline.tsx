import { useId } from 'react';
import type { FloorRule } from '@peercircle/shared';
import { useSessionCommand } from '../../circle/session-commands';
import { formatMinutes } from '../../circle/time-format';
import { useCircle } from '../../circle/use-circle';

const ruleName: Record<FloorRule, string> = { round: 'Round', queue: 'Queue', open: 'Open', silence: 'Silence' };

/** The agenda in order, the current phase marked, with a way to jump to any phase while running. */
export function PhaseTimeline() {
  const send = useSessionCommand();
  const phases = useCircle((view) => view.agenda.phases);
  const currentIndex = useCircle((view) => (view.status === 'running' ? view.currentPhaseIndex : null));
  const running = useCircle((view) => view.status === 'running');
  const headingId = useId();

  return (
    <>
      <h3 id={headingId}>Phases</h3>
      <ol className="timeline" aria-labelledby={headingId}>
        {phases.map((phase, index) => {
          const current = index === currentIndex;
          return (
            <li key={phase.phaseId} className={current ? 'current' : undefined} aria-current={current ? 'step' : undefined}>
              <span className="timeline-title">
                {phase.title}
                {current ? <span className="tag now">Now</span> : null}
              </span>
              <span className="timeline-meta">
                {ruleName[phase.floorRule]} · {formatMinutes(phase.plannedMs)}
                {phase.curiousQuestionsOnly ? ' · curious questions only' : ''}
              </span>
              {running && !current ? (
                <button
                  type="button"
                  className="small"
                  aria-label={`Go to phase ${index + 1}: ${phase.title}`}
                  onClick={() => void send({ type: 'phase.goTo', phaseIndex: index })}
                >
                  Go
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
