import { useId } from 'react';
import type { CircleSessionView } from '@peercircle/shared';
import { useCircle } from '../../circle/use-circle';
import { currentPhaseOf, isFacilitatorView } from '../../circle/view-queries';
import { phaseReminder } from '../../circle/question-pace';
import { ChimeToggle } from './ChimeToggle';
import { PhaseTimers } from './PhaseTimers';
import { SilenceCountdown } from './SilenceCountdown';

function headline(view: CircleSessionView) {
  const phase = currentPhaseOf(view);
  if (view.status === 'ended') return { step: `${view.title} · Ended`, title: 'The session has ended', guidance: 'Thank you for being part of the circle.' };
  if (view.status === 'not-started' || !phase) {
    const first = view.agenda.phases[0];
    return { step: `${view.title} · Not started yet`, title: 'Waiting to begin', guidance: first ? `First: ${first.title}` : '' };
  }
  const step = `${view.title} · In session · Phase ${(view.currentPhaseIndex ?? 0) + 1} of ${view.agenda.phases.length}`;
  return { step, title: phase.title, guidance: phase.guidance };
}

/**
 * Everyone's view of where the circle is: the phase, its guidance and reminder, the silence between
 * questions and the countdowns. A facilitator has the phase and turn countdowns at the top of their
 * console instead, beside the controls that act on them.
 */
export function PhaseHeader() {
  const { step, title, guidance } = useCircle(headline);
  const running = useCircle((view) => view.status === 'running');
  const curiousOnly = useCircle((view) => view.status === 'running' && Boolean(currentPhaseOf(view)?.curiousQuestionsOnly));
  const facilitator = useCircle(isFacilitatorView);
  const reminder = useCircle(phaseReminder);
  const titleId = useId();

  return (
    <section className="phase-header" aria-labelledby={titleId}>
      <div className="phase-text">
        <p className="phase-step">{step}</p>
        <h2 id={titleId}>{title}</h2>
        {guidance ? <p className="phase-guidance">{guidance}</p> : null}
        {curiousOnly ? <p className="tag curious">Curious questions only — no advice</p> : null}
        {reminder ? (
          <p className="phase-reminder" role="note">
            {reminder}
          </p>
        ) : null}
      </div>
      <div className="phase-timers">
        {/* The silence is everyone's, facilitators included: it holds the floor and the next question. */}
        <SilenceCountdown />
        {running && !facilitator ? <PhaseTimers /> : null}
        <ChimeToggle />
      </div>
    </section>
  );
}
