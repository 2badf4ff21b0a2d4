import { useId, useState, type FormEvent } from 'react';
import { monthlyUpdateRules, monthlyUpdateSchema, topicUrgencies, type MyMonthlyUpdate } from '@peercircle/shared';
import { callApi } from '../../api/api-client';
import { messageForError } from '../../api/api-error-messages';
import { useApi } from '../../api/use-api';
import { formatDate, formatDateTime } from '../../cohorts/session-time';
import { announce } from '../../store/ui-slice';
import { Loaded } from '../ui/Loaded';
import { fieldsFrom, updateBodyFrom, type UpdateFormFields } from './update-form-state';

interface MonthlyUpdateSectionProps {
  sessionId: string;
  startsAt: number;
  /** From the member home: within five days of the session and not submitted yet. */
  updateDue: boolean;
  areaNames: readonly string[];
  /** The chart shows the new ratings. */
  onSubmitted(): void;
}

/** The member's "5% update" for the coming session: submitted, then replaced as often as they like until it starts. */
export function MonthlyUpdateSection({ sessionId, startsAt, updateDue, areaNames, onSubmitted }: MonthlyUpdateSectionProps) {
  const headingId = useId();
  const mine = useApi('myMonthlyUpdate', { sessionId });
  return (
    <section className="page-section card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Your update for {formatDate(startsAt)} {updateDue ? <span className="tag now">Update due</span> : null}
      </h2>
      <p className="hint">
        A rating from {monthlyUpdateRules.lowestRating} to {monthlyUpdateRules.highestRating} and one line for each area, and up to three
        topics. The circle sees your card only while you hold the floor in the check-in.
      </p>
      <Loaded resource={mine} what="your update">
        {(data) => (
          <UpdateForm sessionId={sessionId} saved={data.update} areaNames={areaNames} onSaved={(update) => {
              mine.replace({ update });
              onSubmitted();
            }}
          />
        )}
      </Loaded>
    </section>
  );
}

interface UpdateFormProps {
  sessionId: string;
  saved: MyMonthlyUpdate | null;
  areaNames: readonly string[];
  onSaved(update: MyMonthlyUpdate): void;
}

function UpdateForm({ sessionId, saved, areaNames, onSaved }: UpdateFormProps) {
  const [fields, setFields] = useState<UpdateFormFields>(() => fieldsFrom(saved));
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const areaName = (index: number) => areaNames[index] ?? `Area ${index + 1}`;

  const setArea = (index: number, change: Partial<UpdateFormFields['areas'][number]>) =>
    setFields((f) => ({ ...f, areas: f.areas.map((area, i) => (i === index ? { ...area, ...change } : area)) }));
  const setTopic = (index: number, change: Partial<UpdateFormFields['topics'][number]>) =>
    setFields((f) => ({ ...f, topics: f.topics.map((topic, i) => (i === index ? { ...topic, ...change } : topic)) }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = monthlyUpdateSchema.safeParse(updateBodyFrom(fields));
    if (!parsed.success) {
      setProblems(parsed.error.issues.map((issue) => problemText(issue.path, issue.message, areaName)));
      return;
    }
    setProblems([]);
    setBusy(true);
    try {
      const update = await callApi('submitMonthlyUpdate', { params: { sessionId }, body: parsed.data });
      announce(saved ? 'Update replaced' : 'Update submitted');
      onSaved(update);
    } catch (error) {
      setProblems([messageForError(error)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack monthly-update-form" onSubmit={submit} noValidate aria-label="Your monthly update">
      {saved ? <p className="hint">Submitted {formatDateTime(saved.submittedAt)}. You can change it until the session starts.</p> : null}
      {problems.length > 0 ? (
        <div role="alert" className="error">
          <p>Please check your update:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {fields.areas.map((area, index) => (
        <fieldset key={index} className="update-area">
          <legend>{areaName(index)}</legend>
          <label htmlFor={`${id}-rating-${index}`}>
            {areaName(index)} rating ({monthlyUpdateRules.lowestRating} to {monthlyUpdateRules.highestRating})
          </label>
          <input
            id={`${id}-rating-${index}`}
            type="number"
            inputMode="numeric"
            min={monthlyUpdateRules.lowestRating}
            max={monthlyUpdateRules.highestRating}
            step={1}
            value={area.rating}
            onChange={(event) => setArea(index, { rating: event.target.value })}
          />
          <label htmlFor={`${id}-line-${index}`}>{areaName(index)}: one line</label>
          <input id={`${id}-line-${index}`} type="text" maxLength={monthlyUpdateRules.lineMaxChars} value={area.line} onChange={(event) => setArea(index, { line: event.target.value })} />
        </fieldset>
      ))}
      <fieldset>
        <legend>Topics, most important first (optional)</legend>
        {fields.topics.map((topic, index) => (
          <div key={index} className="update-topic">
            <label htmlFor={`${id}-topic-${index}`}>Topic {index + 1}{index === 0 ? ' (most important)' : ''}</label>
            <input id={`${id}-topic-${index}`} type="text" maxLength={monthlyUpdateRules.topicMaxChars} value={topic.title} onChange={(event) => setTopic(index, { title: event.target.value })} />
            <label className="checkbox">
              <input type="checkbox" checked={topic.mightPresent} onChange={(event) => setTopic(index, { mightPresent: event.target.checked })} />
              I might want to present topic {index + 1}
            </label>
            <label htmlFor={`${id}-urgency-${index}`}>How urgent is topic {index + 1}</label>
            <select id={`${id}-urgency-${index}`} value={topic.urgency} onChange={(event) => setTopic(index, { urgency: event.target.value as (typeof topicUrgencies)[number] })}>
              {topicUrgencies.map((urgency) => (
                <option key={urgency} value={urgency}>
                  {urgency}
                </option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={fields.shareWithFacilitator} onChange={(event) => setFields((f) => ({ ...f, shareWithFacilitator: event.target.checked }))} />
        Share my ratings with the facilitator
      </label>
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          {saved ? 'Replace my update' : 'Submit my update'}
        </button>
      </div>
    </form>
  );
}

/** A schema problem in the member's words, naming the area or topic it is about. */
function problemText(path: readonly PropertyKey[], message: string, areaName: (index: number) => string): string {
  const [group, index, field] = path;
  const clean = message.startsWith('Invalid input: expected number') ? 'give a rating as a whole number' : message;
  if (group === 'areas' && typeof index === 'number') return `${areaName(index)} ${field === 'line' ? 'line' : 'rating'}: ${clean}`;
  if (group === 'topics' && typeof index === 'number') return `Topic ${index + 1}: ${clean}`;
  return clean;
}
