import type { CircleSessionView } from '@peercircle/shared';
import { isFacilitatorView, nameOf } from './view-queries';

export const pauseCalledNews = 'Pause called — silence';

/**
 * The viewer's pause button, if any: call a pause (the guardian, facilitators, and every member
 * where the cohort allows it), resume one (the guardian and facilitators), or wait for the resume
 * (a member who may call but not resume keeps the button, disabled, so keyboard focus stays put).
 */
export type PauseButton = 'call' | 'resume' | 'waiting' | null;

export function pauseButton(view: CircleSessionView): PauseButton {
  if (view.status !== 'running') return null;
  const mayResume = isFacilitatorView(view) || view.roleHolders.guardian === view.viewerId;
  const mayCall = mayResume || (view.anyMemberMayPause && view.viewerRole === 'member');
  if (!view.pause) return mayCall ? 'call' : null;
  if (mayResume) return 'resume';
  return mayCall ? 'waiting' : null;
}

/** When the pause in progress began (server time), or null. */
export function pauseStartedAt(view: CircleSessionView): number | null {
  return view.status === 'running' ? (view.pause?.startedAt ?? null) : null;
}

/** What everyone hears on resume: who has the floor again. */
export function resumedNews(view: CircleSessionView): string {
  const holderId = view.floor.holderId;
  if (holderId === view.viewerId) return 'Resumed: you have the floor';
  return holderId === null ? 'Resumed' : `Resumed: ${nameOf(view, holderId)} has the floor`;
}
