import { ApiError } from '../api/api-client';
import { messageForError } from '../api/api-error-messages';

export interface InviteFailure {
  heading: string;
  detail: string;
  /** Only waiting out the rate limit or a network hiccup makes trying the same link again worthwhile. */
  canRetry: boolean;
}

const askForNewLink = 'Ask your facilitator to send you a new invite link.';

/**
 * Why a personal invite link did not sign someone in. The server's message says whether the link
 * expired or was already used; it is shown as it is, with what to do next.
 */
export function describeInviteFailure(error: unknown): InviteFailure {
  if (error instanceof ApiError && error.code === 'rate_limited') {
    return { heading: 'Too many attempts', detail: 'Too many attempts from this browser. Wait a minute, then try again.', canRetry: true };
  }
  if (error instanceof ApiError && (error.code === 'invalid_payload' || error.code === 'not_found')) {
    return {
      heading: 'This invite link is not valid',
      detail: `Check that you opened the whole link from your invitation. ${askForNewLink}`,
      canRetry: false,
    };
  }
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
    return { heading: 'This invite link cannot be used', detail: `${messageForError(error)} ${askForNewLink}`, canRetry: false };
  }
  return { heading: 'We could not open your invitation', detail: messageForError(error), canRetry: true };
}
