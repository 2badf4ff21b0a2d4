import { useId } from 'react';
import { nudgeKinds, nudgeWordings, type NudgeKind } from '@peercircle/shared';
import { adviceReasons } from '../../circle/advice-reasons';
import { flaggedQuestions, nudgeAvailability, nudgeSentByMe } from '../../circle/role-powers';
import { useSessionCommand } from '../../circle/session-commands';
import { useCircle } from '../../circle/use-circle';
import { announce } from '../../store/ui-slice';

/**
 * The process observer's side: the questions the Gestalt guard flagged (never who asked them) and
 * one pre-worded nudge per turn for whoever speaks.
 */
export function ProcessObserverPanel() {
  const headingId = useId();
  return (
    <section className="panel-section process-observer" aria-labelledby={headingId}>
      <h2 id={headingId}>Process observer</h2>
      <FlaggedQuestions />
      <NudgeButtons />
    </section>
  );
}

function FlaggedQuestions() {
  const flagged = useCircle(flaggedQuestions);
  const headingId = useId();
  return (
    <>
      <h3 id={headingId}>Questions that may read as advice</h3>
      {flagged.length === 0 ? (
        <p className="hint">No flags so far.</p>
      ) : (
        <ul className="question-list" aria-labelledby={headingId}>
          {flagged.map((question) => (
            <li key={question.questionId} className={`question-item status-${question.status}`}>
              <p className="question-text">{question.text}</p>
              {question.adviceFlag ? <p className="advice-flag">Reads like advice: {adviceReasons(question.adviceFlag)}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function NudgeButtons() {
  const send = useSessionCommand();
  const availability = useCircle(nudgeAvailability);
  const sent = useCircle(nudgeSentByMe);
  const ids = { heading: useId(), reason: useId() };

  async function nudge(kind: NudgeKind) {
    if (!availability.open) return;
    if (await send({ type: 'nudge.send', kind })) announce(`Nudge sent to ${availability.speakerName}`);
  }

  return (
    <div role="group" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Nudge the speaker</h3>
      <p id={ids.reason} className="hint">
        {availability.open ? `Only ${availability.speakerName} sees it. One nudge per turn.` : availability.reason}
      </p>
      <div className="button-row">
        {nudgeKinds.map((kind) => (
          <button
            key={kind}
            type="button"
            className="small"
            aria-disabled={availability.open ? undefined : true}
            aria-describedby={ids.reason}
            onClick={() => void nudge(kind)}
          >
            {nudgeWordings[kind]}
          </button>
        ))}
      </div>
      {sent ? (
        <p className="hint" data-testid="nudge-sent">
          Sent to {sent.speakerName}: “{sent.wording}”
        </p>
      ) : null}
    </div>
  );
}
