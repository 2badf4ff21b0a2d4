import { useRef } from 'react';
import { useCircle } from '../../circle/use-circle';
import { bannerQuestion, passableQuestion, passedLine, type ShownQuestion } from '../../circle/question-pace';
import { currentPhaseOf, nameOf } from '../../circle/view-queries';
import { PassQuestionButton } from './PassQuestionButton';

/**
 * The question being put to the presenter now, shown to the whole circle; after the presenter passes
 * on it, the same question marked as passed until the next one or the next phase.
 */
export function ReleasedQuestion() {
  const lastShown = useRef<ShownQuestion | null>(null);
  const shown = useCircle((view) => bannerQuestion(view, lastShown.current));
  const phaseId = useCircle((view) => currentPhaseOf(view)?.phaseId ?? null);
  const passed = useCircle(passedLine);
  const mayPass = useCircle((view) => typeof passableQuestion(view)?.questionId === 'string');
  const addressee = useCircle((view) => {
    if (view.presenterId === null) return null;
    return view.presenterId === view.viewerId ? 'you' : nameOf(view, view.presenterId);
  });
  lastShown.current = shown ? { questionId: shown.question.questionId, phaseId } : null;
  if (!shown) return null;
  const { question } = shown;
  return (
    <section className={shown.passed ? 'released-question passed' : 'released-question'} aria-label={shown.passed ? 'Question passed on' : 'Question being asked'}>
      <p className="released-question-text">
        <span className="released-question-label">{addressee ? `Question for ${addressee}:` : 'Question:'}</span> {question.text}
      </p>
      <p className="released-question-author">
        {shown.passed ? <strong className="passed-tag">{passed}</strong> : null}
        {shown.passed ? ' · ' : ''}
        {question.anonymous ? 'Asked anonymously' : `Asked by ${question.authorName}`}
        {question.pinned ? ' · kept on screen by the facilitator' : ''}
      </p>
      {mayPass && !shown.passed ? (
        <div className="released-question-actions">
          <PassQuestionButton spoken={false} />
        </div>
      ) : null}
    </section>
  );
}
