import type { CircleSessionView } from '@peercircle/shared';

/**
 * Who is offered the note form for the presenter, mirroring the server's rule (members/presenter-notes.ts
 * `write`): a member of a running circle in which someone else presents. Facilitators are refused.
 */
export function mayWritePresenterNote(view: CircleSessionView): boolean {
  return view.status === 'running' && view.presenterId !== null && view.presenterId !== view.viewerId && view.viewerRole === 'member';
}
