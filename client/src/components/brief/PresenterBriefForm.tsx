import { useId, useState, type FormEvent } from 'react';
import type { PresenterBriefContent, PresenterBriefPage } from '@peercircle/shared';
import { callApi } from '../../api/api-client';
import { messageForError } from '../../api/api-error-messages';
import { useApi } from '../../api/use-api';
import { formatDate } from '../../cohorts/session-time';
import { announce } from '../../store/ui-slice';
import { TextField } from '../ui/TextField';
import { briefQuestions } from './brief-questions';
import { ErrorText } from '../ui/ErrorText';

const empty: PresenterBriefContent = { issue: '', stakes: '', background: '', feelings: '', tried: '', options: '', wantFromGroup: '', notWanted: '' };

/** On member home, for the member who presents the next session: their brief, saved as a draft until ready. */
export function PresenterBriefSection({ sessionId }: { sessionId: string }) {
  const page = useApi('presenterBrief', { sessionId });
  const headingId = useId();
  if (!page.data || !page.data.presenting || !page.data.writable) return null;
  return (
    <section className="page-section card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>Your brief for {formatDate(page.data.sessionStartsAt)}</h2>
      <p className="hint">
        You present at this session. Only you read your brief until the presentation starts; then everyone in the circle sees it until
        your response. The facilitator sees only whether it is ready.
      </p>
      <BriefForm page={page.data} onSaved={page.replace} />
    </section>
  );
}

function BriefForm({ page, onSaved }: { page: PresenterBriefPage; onSaved(page: PresenterBriefPage): void }) {
  const [content, setContent] = useState<PresenterBriefContent>(() => {
    if (!page.brief) return empty;
    const { sessionId: _s, ready: _r, keep: _k, updatedAt: _u, ...written } = page.brief;
    return written;
  });
  const [keep, setKeep] = useState(page.brief?.keep ?? false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const baseId = useId();
  const ready = page.brief?.ready ?? false;

  async function save(markReady: boolean) {
    setBusy(true);
    setProblem(null);
    try {
      const brief = await callApi('savePresenterBrief', { params: { sessionId: page.sessionId }, body: { ...content, ready: markReady, keep } });
      onSaved({ ...page, brief });
      announce(markReady ? 'Your brief is ready for the circle' : 'Your brief is saved as a draft');
    } catch (error) {
      setProblem(messageForError(error));
    } finally {
      setBusy(false);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };

  return (
    <form className="stack" onSubmit={submit}>
      <p className="tag">
        {ready ? 'Ready: the circle will see it when the presentation starts' : 'Draft: not shown to anyone'}
      </p>
      {briefQuestions.map(({ field, label, multiline, maxLength }) => (
        <TextField
          key={field}
          id={`${baseId}-${field}`}
          label={label}
          value={content[field]}
          onChange={(value) => setContent((previous) => ({ ...previous, [field]: value }))}
          maxLength={maxLength}
          {...(multiline ? { rows: 3 } : {})}
          {...(field === 'issue' ? { hint: 'Needed before you mark the brief ready.' } : {})}
        />
      ))}
      <label className="checkbox">
        <input type="checkbox" checked={keep} onChange={(event) => setKeep(event.target.checked)} />
        Keep my brief after the session (only I can read it then; otherwise it is deleted)
      </label>
      <ErrorText>{problem}</ErrorText>
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {ready ? 'Save and set back to draft' : 'Save draft'}
        </button>
        <button type="button" className="primary" disabled={busy || content.issue.trim().length === 0} onClick={() => void save(true)}>
          {ready ? 'Save, still ready' : 'Mark ready'}
        </button>
      </div>
    </form>
  );
}
