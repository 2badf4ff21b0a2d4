import { useId } from 'react';
import { useSessionCommand } from '../../circle/session-commands';
import { useOptimisticFlag } from '../../circle/use-optimistic-flag';
import { useCircle } from '../../circle/use-circle';
import { announce } from '../../store/ui-slice';

/** The presenter's choice to keep the questions the circle asked them, after the session ends. */
export function KeepQuestionsToggle() {
  const send = useSessionCommand();
  const keeps = useCircle((view) => view.presenterKeepsQuestions);
  const ids = { heading: useId(), note: useId() };
  const [shown, change] = useOptimisticFlag(keeps, async (keep) => {
    const accepted = await send({ type: 'questions.keep', keep });
    if (accepted) announce(keep ? 'The questions will be kept for you' : 'The questions will be deleted when the session ends');
    return accepted;
  });

  return (
    <section className="panel-section" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Your questions</h2>
      <label className="checkbox">
        <input type="checkbox" checked={shown} onChange={(event) => change(event.target.checked)} aria-describedby={ids.note} />
        Keep the questions asked of me after the session
      </label>
      <p id={ids.note} className="hint">
        {shown ? 'You will find them on your home page afterwards; only you can read them. ' : ''}
        Everyone else’s copies are deleted when the session ends.
      </p>
    </section>
  );
}
