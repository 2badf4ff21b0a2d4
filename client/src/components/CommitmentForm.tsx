import { useId, useState, type FormEvent } from 'react';
import { commitmentSchema, type Commitment } from '@peercircle/shared';
import { callApi } from '../api/api-client';
import { messageForError } from '../api/api-error-messages';
import { fieldErrorsFrom } from '../forms/field-errors';
import { commitmentVisibilityChoice, commitmentVisibilityLabel } from '../me/commitment-visibility';
import { announce } from '../store/ui-slice';
import { CountedTextArea } from './CountedTextArea';

const maxLength = 500;
const visibilities = ['private', 'shared'] as const;

/** At the closing: what the member will do before the next session, kept private or shared. */
export function CommitmentForm({ sessionId }: { sessionId: string }) {
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<Commitment['visibility']>('private');
  const [saved, setSaved] = useState<Commitment[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { heading: useId(), text: useId(), problem: useId() };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = commitmentSchema.safeParse({ text, visibility });
    if (!parsed.success) {
      setProblem(fieldErrorsFrom(parsed.error).text ?? 'Check your commitment.');
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const commitment = await callApi('addCommitment', { params: { sessionId }, body: parsed.data });
      setSaved((previous) => [...previous, commitment]);
      setText('');
      announce(`Commitment saved (${commitmentVisibilityLabel[commitment.visibility]})`);
    } catch (error) {
      setProblem(messageForError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel-section" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Your commitment for next time</h2>
      {saved.length > 0 ? (
        <ul className="commitment-list">
          {saved.map((commitment) => (
            <li key={commitment.id}>
              <p className="commitment-text">{commitment.text}</p>
              <p className="hint">Saved · {commitmentVisibilityLabel[commitment.visibility]}</p>
            </li>
          ))}
        </ul>
      ) : null}
      <form className="question-form" onSubmit={submit} noValidate>
        <label htmlFor={ids.text}>{saved.length > 0 ? 'Another commitment' : 'What will you do before the next session?'}</label>
        <CountedTextArea
          id={ids.text}
          value={text}
          onChange={setText}
          maxLength={maxLength}
          invalid={Boolean(problem)}
          describedBy={problem ? ids.problem : undefined}
        />
        <fieldset>
          <legend>Who sees it</legend>
          {visibilities.map((choice) => (
            <label key={choice} className="checkbox">
              <input type="radio" name={`${ids.heading}-visibility`} checked={visibility === choice} onChange={() => setVisibility(choice)} />
              {commitmentVisibilityChoice[choice]}
            </label>
          ))}
        </fieldset>
        {problem ? (
          <p id={ids.problem} role="alert" className="error">
            {problem}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          Save commitment
        </button>
      </form>
    </section>
  );
}
