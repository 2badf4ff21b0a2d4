import { useId, useState, type FormEvent } from 'react';
import type { QuestionView } from '@peercircle/shared';
import { adviceReasons } from '../../circle/advice-reasons';
import { isDraftQuestion, myQuestionStatusLabel } from '../../circle/question-queue';
import { useSessionCommand } from '../../circle/session-commands';
import { useCircle } from '../../circle/use-circle';

/** The viewer's own questions, editable or withdrawable until the facilitator puts them to the presenter. */
export function MyQuestions() {
  const mine = useCircle((view) => view.questions.filter((question) => question.mine));
  const headingId = useId();
  if (mine.length === 0) return null;
  return (
    <section className="panel-section" aria-labelledby={headingId}>
      <h2 id={headingId}>My questions</h2>
      <ol className="question-list">
        {mine.map((question, index) => (
          <MyQuestion key={question.questionId} question={question} number={index + 1} />
        ))}
      </ol>
    </section>
  );
}

function MyQuestion({ question, number }: { question: QuestionView; number: number }) {
  const send = useSessionCommand();
  const [draft, setDraft] = useState<string | null>(null);
  const editId = useId();
  const editable = isDraftQuestion(question);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (draft === null || draft.trim() === '') return;
    if (await send({ type: 'question.edit', questionId: question.questionId, text: draft.trim() })) setDraft(null);
  }

  return (
    <li className={`question-item status-${question.status}`} data-question-id={question.questionId}>
      {draft === null ? (
        <p className="question-text">{question.text}</p>
      ) : (
        <form className="question-form" onSubmit={save}>
          <label htmlFor={editId}>Reworded question</label>
          <textarea id={editId} value={draft} rows={3} maxLength={500} onChange={(event) => setDraft(event.target.value)} />
          <div className="button-row">
            <button type="submit" className="primary" disabled={draft.trim() === ''}>
              Save changes
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <p className="question-meta">
        <span className="status-tag">{myQuestionStatusLabel[question.status]}</span>
        {question.anonymous ? ' · anonymous' : null}
      </p>
      {question.adviceFlag?.looksLikeAdvice ? (
        <p className="advice-flag">May read as advice: {adviceReasons(question.adviceFlag)}</p>
      ) : null}
      {editable && draft === null ? (
        <div className="button-row">
          <button type="button" aria-label={`Edit my question ${number}`} onClick={() => setDraft(question.text)}>
            Edit
          </button>
          <button
            type="button"
            aria-label={`Withdraw my question ${number}`}
            onClick={() => void send({ type: 'question.withdraw', questionId: question.questionId })}
          >
            Withdraw
          </button>
        </div>
      ) : null}
    </li>
  );
}
