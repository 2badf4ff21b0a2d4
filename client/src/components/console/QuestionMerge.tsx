import { useId, useState, type FormEvent } from 'react';
import type { QuestionView } from '@peercircle/shared';
import { useSessionCommand } from '../../circle/session-commands';

interface QuestionMergeProps {
  /** Open questions with their shown numbers. */
  open: readonly { question: QuestionView; number: number }[];
  selectedIds: readonly string[];
  onMerged(): void;
}

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** Folds the selected near-duplicates into one question, optionally rewording it. */
export function QuestionMerge({ open, selectedIds, onMerged }: QuestionMergeProps) {
  const send = useSessionCommand();
  const targets = open.filter(({ question }) => !selectedIds.includes(question.questionId));
  const [chosen, setChosen] = useState('');
  const [wording, setWording] = useState('');
  const ids = { heading: useId(), target: useId(), wording: useId() };
  const targetId = targets.some(({ question }) => question.questionId === chosen) ? chosen : (targets[0]?.question.questionId ?? '');

  async function merge(event: FormEvent) {
    event.preventDefault();
    const text = wording.trim();
    const merged = await send({ type: 'questions.merge', sourceIds: [...selectedIds], targetId, ...(text ? { text } : {}) });
    if (!merged) return;
    setWording('');
    onMerged();
  }

  return (
    <form className="merge-form" aria-labelledby={ids.heading} onSubmit={merge}>
      <h3 id={ids.heading}>
        Merge {selectedIds.length} selected {selectedIds.length === 1 ? 'question' : 'questions'}
      </h3>
      {targets.length === 0 ? (
        <p className="hint">Leave at least one open question unselected to merge into.</p>
      ) : (
        <>
          <label htmlFor={ids.target}>Merge into</label>
          <select id={ids.target} value={targetId} onChange={(event) => setChosen(event.target.value)}>
            {targets.map(({ question, number }) => (
              <option key={question.questionId} value={question.questionId}>
                {number}. {excerpt(question.text)}
              </option>
            ))}
          </select>
          <label htmlFor={ids.wording}>Merged wording (optional)</label>
          <textarea id={ids.wording} rows={2} maxLength={500} value={wording} onChange={(event) => setWording(event.target.value)} />
        </>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={targets.length === 0}>
          Merge questions
        </button>
        <button type="button" onClick={onMerged}>
          Clear selection
        </button>
      </div>
    </form>
  );
}
