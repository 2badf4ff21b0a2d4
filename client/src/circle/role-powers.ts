import { nudgeWordings, type CircleSessionView, type QuestionView } from '@peercircle/shared';
import type { Announcement } from './circle-announcements';
import { nameOf } from './view-queries';

export type NudgeAvailability = { open: true; speakerName: string } | { open: false; reason: string };

/**
 * Whether the process observer may nudge now, and if not, why. A nudge the facilitator sent is not
 * in the observer's view; the server refuses a second one with its reason.
 */
export function nudgeAvailability(view: CircleSessionView): NudgeAvailability {
  const speakerId = view.floor.holderId;
  if (view.status !== 'running' || speakerId === null) return { open: false, reason: 'Nobody is speaking, so there is nobody to nudge.' };
  if (speakerId === view.viewerId) return { open: false, reason: 'You hold the floor yourself.' };
  const speakerName = nameOf(view, speakerId);
  if (view.nudge?.toId === speakerId) return { open: false, reason: `${speakerName} has had this turn's nudge. One nudge per turn.` };
  return { open: true, speakerName };
}

/** The nudge the viewer sent to the current speaker this turn, in words, if any. */
export function nudgeSentByMe(view: CircleSessionView): { speakerName: string; wording: string } | null {
  const nudge = view.nudge;
  if (!nudge || nudge.fromId !== view.viewerId) return null;
  return { speakerName: nameOf(view, nudge.toId), wording: nudgeWordings[nudge.kind] };
}

/** The nudge meant for the viewer, in words, while their turn lasts. */
export function nudgeForMe(view: CircleSessionView): string | null {
  return view.nudge && view.nudge.toId === view.viewerId ? nudgeWordings[view.nudge.kind] : null;
}

/** Questions the Gestalt guard flagged that the viewer may see flags on; merged ones live on in their target. */
export function flaggedQuestions(view: CircleSessionView): QuestionView[] {
  return view.questions.filter((question) => question.adviceFlag?.looksLikeAdvice && question.status !== 'merged');
}

export const isProcessObserver = (view: CircleSessionView) => view.roleHolders['process-observer'] === view.viewerId;
export const isScribe = (view: CircleSessionView) => view.roleHolders.scribe === view.viewerId;
export const isPresenter = (view: CircleSessionView) => view.presenterId !== null && view.presenterId === view.viewerId;

const polite = (text: string): Announcement => ({ text, urgency: 'polite' });

/**
 * What the forum roles bring a viewer to hear: the speaker their nudge, the presenter a new note
 * (not its text: they read it when they choose), the process observer a newly flagged question.
 */
export function rolePowerNews(previous: CircleSessionView, next: CircleSessionView): Announcement[] {
  const news: Announcement[] = [];
  const nudge = nudgeForMe(next);
  if (nudge !== null && next.nudge !== null && next.nudge.sentAt !== previous.nudge?.sentAt) news.push(polite(`Nudge from the process observer: ${nudge}`));
  // Taking up a role is not news of what it already shows.
  if (isPresenter(previous) && isPresenter(next)) {
    const known = new Set(previous.scribeNotes.map((note) => note.noteId));
    const added = next.scribeNotes.filter((note) => !known.has(note.noteId)).length;
    if (added > 0) news.push(polite(added === 1 ? 'A new note from the scribe' : `${added} new notes from the scribe`));
  }
  if (isProcessObserver(previous) && isProcessObserver(next)) {
    const known = new Set(flaggedQuestions(previous).map((question) => question.questionId));
    if (flaggedQuestions(next).some((question) => !known.has(question.questionId))) news.push(polite('A question may read as advice'));
  }
  return news;
}
