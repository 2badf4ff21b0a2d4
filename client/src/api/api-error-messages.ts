import { ApiError } from './api-client';

/** What to tell a person about a failed call: the server's own words where they are meant for people. */
export function messageForError(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong. Try again.';
  if (error.code === 'rate_limited') return 'Too many attempts. Wait a minute, then try again.';
  if (error.code === 'internal' || error.code === 'bad_response' || error.status >= 500) {
    return 'Something went wrong on our side. Try again in a moment.';
  }
  return sentence(error.message);
}

/** Server and schema messages are lower-case fragments ("a name is required"); on screen they are sentences. */
export function sentence(message: string): string {
  const trimmed = message.trim();
  if (trimmed === '') return trimmed;
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
