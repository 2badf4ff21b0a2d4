import { useEffect, useId, useRef, type MouseEvent } from 'react';

export interface FormProblem {
  /** The id of the field to fix; none for a problem with the form as a whole (e.g. from the server). */
  fieldId?: string;
  message: string;
}

interface FormProblemsProps {
  /** A new array after each failed submit, so focus comes back here every time. */
  problems: readonly FormProblem[];
  heading?: string;
}

/**
 * What stopped a form, at its top. It takes focus when it appears, so the problems are read out
 * at once, and links to each field; the fields also carry their own message.
 */
export function FormProblems({ problems, heading = 'Please check the form' }: FormProblemsProps) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();

  useEffect(() => {
    if (problems.length > 0) ref.current?.focus();
  }, [problems]);

  if (problems.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="form-problems" role="alert" aria-labelledby={headingId}>
      <p id={headingId}>{heading}</p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.fieldId ?? ''}:${problem.message}`}>
            {problem.fieldId ? (
              <a href={`#${problem.fieldId}`} onClick={focusField(problem.fieldId)}>
                {problem.message}
              </a>
            ) : (
              problem.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Moves focus to the field without changing the URL's hash (the router owns the URL). */
const focusField = (fieldId: string) => (event: MouseEvent) => {
  event.preventDefault();
  document.getElementById(fieldId)?.focus();
};
