import { useState } from 'react';
import { isDraftQuestion, questionAuthor, questionStatusLabel, splitQuestions } from '../../circle/question-queue';
import { useCircle } from '../../circle/use-circle';
import { useSilenceHold } from '../../circle/use-silence-left';
import { ConsoleSection } from './ConsoleSection';
import { QuestionMerge } from './QuestionMerge';
import { QuestionQueueItem } from './QuestionQueueItem';
import { SilenceReason } from './SilenceReason';

/** The facilitator's question queue: release one question at a time, hold, reorder, merge, close. */
export function QuestionQueueSection() {
  const questions = useCircle((view) => view.questions);
  const [selection, setSelection] = useState<string[]>([]);
  const silence = useSilenceHold();
  const { open, closed } = splitQuestions(questions);
  const numbered = open.map((question, index) => ({ question, number: index + 1 }));
  // Questions released or closed since they were selected drop out of the selection by themselves.
  const selectedIds = selection.filter((id) => open.some((q) => q.questionId === id && isDraftQuestion(q)));

  return (
    <ConsoleSection id="questions" title="Questions" count={open.length}>
      {open.length === 0 ? <p className="hint">No open questions.</p> : null}
      {open.length > 0 ? <SilenceReason hold={silence} /> : null}
      <ol className="question-list" aria-label="Open questions">
        {numbered.map(({ question, number }) => (
          <QuestionQueueItem
            key={question.questionId}
            question={question}
            number={number}
            allQuestions={questions}
            isFirst={number === 1}
            isLast={number === open.length}
            releaseHeldBy={silence.reason === null ? null : silence.reasonId}
            selected={selectedIds.includes(question.questionId)}
            onSelect={(selected) =>
              setSelection(selected ? [...selectedIds, question.questionId] : selectedIds.filter((id) => id !== question.questionId))
            }
          />
        ))}
      </ol>
      {selectedIds.length > 0 ? <QuestionMerge open={numbered} selectedIds={selectedIds} onMerged={() => setSelection([])} /> : null}
      {closed.length > 0 ? (
        <details className="closed-questions">
          <summary>Closed questions ({closed.length})</summary>
          <ul className="question-list">
            {closed.map((question) => (
              <li key={question.questionId} className={`question-item status-${question.status}`} data-question-id={question.questionId}>
                <p className="question-text">{question.text}</p>
                <p className="question-meta">
                  {questionAuthor(question)} · <span className="status-tag">{questionStatusLabel[question.status]}</span>
                </p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </ConsoleSection>
  );
}
