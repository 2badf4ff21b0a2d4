import type { ReactNode } from 'react';
import type { ApiResource } from '../../api/use-api';
import { messageForError } from '../../api/api-error-messages';

interface LoadedProps<T> {
  resource: ApiResource<T>;
  /** For the messages: "the cohort", "your kept questions". */
  what: string;
  children(data: T): ReactNode;
}

/** Shows loaded data, or that it is loading, or why it failed with a way to try again. */
export function Loaded<T>({ resource, what, children }: LoadedProps<T>) {
  if (resource.data !== undefined) return <>{children(resource.data)}</>;
  if (resource.error) {
    return (
      <div className="load-error" role="alert">
        <p>
          Could not load {what}. {messageForError(resource.error)}
        </p>
        <button type="button" onClick={resource.reload}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <p role="status" className="loading">
      Loading {what}…
    </p>
  );
}
