import { useId } from 'react';
import type { QuestionView } from '@peercircle/shared';
import { adviceReasons } from '../../circle/advice-reasons';
import { isDraftQuestion, questionAuthor, questionOrderAfterMove, questionStatusLabel } from '../../circle/question-queue';
import { useSessionCommand } from '../../circle/session-commands';

interface QuestionQueueItemProps {
  question: QuestionView;
  /** Its place among the open questions, as shown and as used in accessible names. */
  number: number;
  allQuestions: readonly QuestionView[];
  isFirst: boolean;
  isLast: boolean;
  /** The id of the reason releasing must wait (the silence between questions), or null when it need not. */
  releaseHeldBy: string | null;
  selected: boolean;
  onSelect(selected: boolean): void;
}

/** One open question with the facilitator's moderation actions. */
export function QuestionQueueItem({ question, number, allQuestions, isFirst, isLast, releaseHeldBy, selected, onSelect }: QuestionQueueItemProps) {
  const send = useSessionCommand();
  const { questionId, status } = question;
  const draft = isDraftQuestion(question);
  const named = `question ${number}`;
  const pinHintId = useId();
  const reorder = (delta: number) => void send({ type: 'questions.reorder', questionIds: questionOrderAfterMove(allQuestions, questionId, delta) });

  return (
    <li className={`question-item status-${status}`} data-question-id={questionId}>
      <p className="question-text">
        <span className="question-number">{number}.</span> {question.text}
      </p>
      <p className="question-meta">
        {questionAuthor(question)} · <span className="status-tag">{questionStatusLabel[status]}</span>
      </p>
      {question.adviceFlag?.looksLikeAdvice ? (
        <p className="advice-flag">Reads like advice: {adviceReasons(question.adviceFlag)}</p>
      ) : null}
      <div className="button-row">
        {draft ? (
          <button
            type="button"
            className="small primary"
            aria-label={`Release ${named}`}
            aria-disabled={releaseHeldBy !== null || undefined}
            aria-describedby={releaseHeldBy ?? undefined}
            onClick={() => (releaseHeldBy === null ? void send({ type: 'questions.release', questionId }) : undefined)}
          >
            Release
          </button>
        ) : null}
        {status === 'pending' ? (
          <button type="button" className="small" aria-label={`Hold ${named}`} onClick={() => void send({ type: 'questions.hold', questionId })}>
            Hold
          </button>
        ) : null}
        {status === 'released' ? (
          <button
            type="button"
            className="small"
            aria-pressed={question.pinned}
            aria-describedby={pinHintId}
            onClick={() => void send({ type: question.pinned ? 'questions.unpin' : 'questions.pin', questionId })}
          >
            Keep on screen<span className="visually-hidden"> {named}</span>
          </button>
        ) : null}
        <button type="button" className="small" aria-label={`Mark answered ${named}`} onClick={() => void send({ type: 'questions.markAnswered', questionId })}>
          Mark answered
        </button>
        <button type="button" className="small icon-button" aria-label={`Move ${named} up`} aria-disabled={isFirst || undefined} onClick={() => (isFirst ? undefined : reorder(-1))}>
          <span aria-hidden="true">↑</span>
        </button>
        <button type="button" className="small icon-button" aria-label={`Move ${named} down`} aria-disabled={isLast || undefined} onClick={() => (isLast ? undefined : reorder(1))}>
          <span aria-hidden="true">↓</span>
        </button>
      </div>
      {status === 'released' ? (
        <p id={pinHintId} className="hint">
          {question.pinned ? 'Kept on screen across phases until you release another or mark it answered.' : 'Closes when the phase changes, unless kept on screen.'}
        </p>
      ) : null}
      {draft ? (
        <label className="checkbox">
          <input type="checkbox" checked={selected} onChange={(event) => onSelect(event.target.checked)} />
          Select<span className="visually-hidden"> {named}</span> for merging
        </label>
      ) : null}
    </li>
  );
}
