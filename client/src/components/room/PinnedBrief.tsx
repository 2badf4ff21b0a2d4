import { useEffect, useId } from 'react';
import { useAppStore } from '../../store/store';
import { announce } from '../../store/ui-slice';
import { briefQuestions } from '../brief/brief-questions';

/** The presenter's brief, pinned for everyone in the circle from the presentation to the response. */
export function PinnedBrief() {
  const brief = useAppStore((state) => state.session.view?.presenterBrief ?? null);
  const presenterName = useAppStore((state) => {
    const view = state.session.view;
    return view?.presenterId ? (view.participants[view.presenterId]?.displayName ?? null) : null;
  });
  const headingId = useId();
  const shown = brief !== null;
  useEffect(() => {
    if (shown) announce('The presenter’s brief is now shown');
  }, [shown]);
  if (!brief) return null;
  const title = presenterName ? `${presenterName}’s brief` : 'The presenter’s brief';
  return (
    <section className="card pinned-brief" aria-labelledby={headingId}>
      <details open>
        <summary>
          <h2 id={headingId}>{title}</h2>
        </summary>
        <dl>
          {briefQuestions
            .filter(({ field }) => brief[field].length > 0)
            .map(({ field, label }) => (
              <div key={field}>
                <dt>{label}</dt>
                <dd className="brief-answer">{brief[field]}</dd>
              </div>
            ))}
        </dl>
      </details>
    </section>
  );
}
