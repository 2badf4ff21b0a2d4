import type { PresenterBriefContent } from '@peercircle/shared';
import { briefQuestions } from './brief-questions';

/** A brief's answered questions as a definition list; `without` leaves out one already shown elsewhere. */
export function BriefAnswers({ brief, without }: { brief: PresenterBriefContent; without?: keyof PresenterBriefContent }) {
  return (
    <dl>
      {briefQuestions
        .filter(({ field }) => field !== without && brief[field].length > 0)
        .map(({ field, label }) => (
          <div key={field}>
            <dt>{label}</dt>
            <dd className="brief-answer">{brief[field]}</dd>
          </div>
        ))}
    </dl>
  );
}
