import { useId, useState, type FormEvent } from 'react';
import { meetingReviewRules, meetingReviewSchema, type MyMeetingReview } from '@peercircle/shared';
import { callApi } from '../../api/api-client';
import { messageForError } from '../../api/api-error-messages';
import { fieldErrorsFrom } from '../../forms/field-errors';
import { announce } from '../../store/ui-slice';
import { CountedTextArea } from '../ui/CountedTextArea';
import { answeredReview, rememberAnswer } from './answered-reviews';
import { ErrorText } from '../ui/ErrorText';

const ratings = Array.from({ length: meetingReviewRules.highestRating }, (_, i) => i + meetingReviewRules.lowestRating);

/**
 * "Rate this meeting": a member's anonymous rating of the session from its closing on, and what would
 * have made it a 10. Answering again replaces the earlier answer.
 */
export function MeetingReviewForm({ sessionId, className = 'panel-section' }: { sessionId: string; className?: string }) {
  const [saved, setSaved] = useState<MyMeetingReview | undefined>(() => answeredReview(sessionId));
  const [changing, setChanging] = useState(false);
  const headingId = useId();
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId}>Rate this meeting</h2>
      {saved && !changing ? (
        <>
          <p>
            Thank you: you rated this meeting {saved.rating} out of 10. Your answer is anonymous; the facilitator sees only the circle’s
            average, and only once at least {meetingReviewRules.minAnswersShown} members have answered.
          </p>
          <button type="button" className="small" onClick={() => setChanging(true)}>
            Change your answer
          </button>
        </>
      ) : (
        <ReviewFields
          sessionId={sessionId}
          initial={saved}
          onSaved={(review) => {
            rememberAnswer(review);
            setSaved(review);
            setChanging(false);
            announce(`Thank you: your rating of ${review.rating} is saved`);
          }}
        />
      )}
    </section>
  );
}

function ReviewFields({ sessionId, initial, onSaved }: { sessionId: string; initial?: MyMeetingReview; onSaved(review: MyMeetingReview): void }) {
  const [rating, setRating] = useState<number | null>(initial?.rating ?? null);
  const [comment, setComment] = useState(initial?.comment ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { rating: useId(), comment: useId(), problem: useId(), hint: useId() };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = meetingReviewSchema.safeParse({ rating, comment });
    if (!parsed.success) {
      const errors = fieldErrorsFrom(parsed.error);
      setProblem(rating === null ? 'Choose a rating from 1 to 10.' : (errors.comment ?? 'Check your answer.'));
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      onSaved(await callApi('answerMeetingReview', { params: { sessionId }, body: parsed.data }));
    } catch (error) {
      setProblem(messageForError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="question-form meeting-review-form" onSubmit={submit} noValidate aria-describedby={ids.hint}>
      <p id={ids.hint} className="hint">
        Anonymous: nobody sees your answer as yours. The circle’s average shows once at least {meetingReviewRules.minAnswersShown} members answer.
      </p>
      <fieldset aria-describedby={problem ? ids.problem : undefined}>
        <legend>How was this meeting, from 1 (not at all useful) to 10 (excellent)?</legend>
        <div className="rating-scale">
          {ratings.map((value) => (
            <label key={value} className="rating-choice">
              <input type="radio" name={ids.rating} value={value} checked={rating === value} onChange={() => setRating(value)} />
              {value}
            </label>
          ))}
        </div>
      </fieldset>
      <label htmlFor={ids.comment}>What would have made it a 10? (optional)</label>
      <CountedTextArea id={ids.comment} value={comment} onChange={setComment} maxLength={meetingReviewRules.commentMaxChars} invalid={false} />
      <ErrorText id={ids.problem}>{problem}</ErrorText>
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {initial ? 'Save your new answer' : 'Send your rating'}
        </button>
      </div>
    </form>
  );
}
