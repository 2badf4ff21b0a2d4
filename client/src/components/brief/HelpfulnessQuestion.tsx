import { useId, useState, type FormEvent } from 'react';
import { helpfulnessAnswers, type HelpfulnessAnswer } from '@peercircle/shared';
import { callApi } from '../../api/api-client';
import { messageForError } from '../../api/api-error-messages';
import { useApi } from '../../api/use-api';
import { announce } from '../../store/ui-slice';
import { ErrorText } from '../ui/ErrorText';

const answerLabels: Record<HelpfulnessAnswer, string> = { yes: 'Yes', partly: 'Partly', no: 'No' };

/**
 * The presenter's "Were we helpful?" at the closing and after the end. Stored for the presenter
 * alone. What they heard, they record as their commitment for next time (the commitment form).
 */
export function HelpfulnessQuestion({ sessionId }: { sessionId: string }) {
  const page = useApi('presenterBrief', { sessionId });
  const [answer, setAnswer] = useState<HelpfulnessAnswer | null>(null);
  const [words, setWords] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { heading: useId(), words: useId() };
  const given = page.data?.helpfulness ?? null;
  const chosen = answer ?? given?.answer ?? null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    setBusy(true);
    setProblem(null);
    try {
      const saved = await callApi('answerHelpfulness', { params: { sessionId }, body: { answer: chosen, ...(words.trim() ? { words } : {}) } });
      if (page.data) page.replace({ ...page.data, helpfulness: saved });
      announce('Your answer is saved');
    } catch (error) {
      setProblem(messageForError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel-section" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Were we helpful?</h2>
      <form onSubmit={submit} className="stack">
        <fieldset>
          <legend>Your answer, for you alone</legend>
          {helpfulnessAnswers.map((option) => (
            <label key={option} className="checkbox">
              <input type="radio" name={ids.heading} value={option} checked={chosen === option} onChange={() => setAnswer(option)} />
              {answerLabels[option]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={ids.words}>In your own words (optional)</label>
          <textarea id={ids.words} rows={2} maxLength={1000} value={words} onChange={(event) => setWords(event.target.value)} />
        </div>
        <ErrorText>{problem}</ErrorText>
        <button type="submit" disabled={busy || chosen === null}>
          {given ? 'Change my answer' : 'Save my answer'}
        </button>
        <p className="hint">What you heard from the circle, you can record below as your commitment for next time.</p>
      </form>
    </section>
  );
}
