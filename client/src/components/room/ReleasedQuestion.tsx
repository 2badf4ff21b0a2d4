import { useCircle } from '../../circle/use-circle';
import { releasedQuestion } from '../../circle/question-queue';
import { nameOf } from '../../circle/view-queries';

/** The question being put to the presenter now, shown to the whole circle. */
export function ReleasedQuestion() {
  const question = useCircle((view) => releasedQuestion(view.questions) ?? null);
  const addressee = useCircle((view) => {
    if (view.presenterId === null) return null;
    return view.presenterId === view.viewerId ? 'you' : nameOf(view, view.presenterId);
  });
  if (!question) return null;
  return (
    <section className="released-question" aria-label="Question being asked">
      <p className="released-question-text">
        <span className="released-question-label">{addressee ? `Question for ${addressee}:` : 'Question:'}</span> {question.text}
      </p>
      <p className="released-question-author">
        {question.anonymous ? 'Asked anonymously' : `Asked by ${question.authorName}`}
        {question.pinned ? ' · kept on screen by the facilitator' : ''}
      </p>
    </section>
  );
}
