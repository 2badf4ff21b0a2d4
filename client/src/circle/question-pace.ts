import { silenceRemainingMs, type CircleSessionView, type QuestionView } from '@peercircle/shared';
import type { FloorStatus } from './floor-status';
import { releasedQuestion } from './question-queue';
import { formatCountdown } from './time-format';
import { currentPhaseOf, floorRuleOf, nameOf } from './view-queries';

/**
 * The clearness committee's pace as the client shows it: the silence after each answer (kept by the
 * server, counted down here on server time), and the focus person's right to pass on a question.
 */

export const silenceHeadline = 'Silence before the next question';

/** The floor as said from a member's side while the silence runs: free, yet not to be taken. */
export const silenceFloorStatus: FloorStatus = { sentence: 'Silence — the floor is given again once it has passed', tone: 'silence' };

/** Milliseconds of silence left at `now` (server time); 0 outside a silence or once it is over. */
export function silenceLeftMs(view: CircleSessionView, now: number): number {
  return view.status === 'running' ? silenceRemainingMs(view.silenceGap, now) : 0;
}

/** Why the floor cannot be given or a question released yet, for a disabled control; null when it can. */
export function silenceReason(remainingMs: number): string | null {
  return remainingMs > 0 ? `${silenceHeadline}: ${formatCountdown(remainingMs, false)} to go` : null;
}

/** What the presenter may pass on now: the question being put to them, or the spoken one they are answering. */
export type PassableQuestion = { questionId: string } | { questionId: null };

export function passableQuestion(view: CircleSessionView): PassableQuestion | null {
  if (view.status !== 'running' || view.presenterId === null || view.presenterId !== view.viewerId) return null;
  const released = releasedQuestion(view.questions);
  if (released) return { questionId: released.questionId };
  // Holding the floor to state the matter or respond is not answering a question (the engine's rule).
  const answering = floorRuleOf(view) === 'queue' && view.floor.holderId === view.viewerId && currentPhaseOf(view)?.presenterPart !== 'holds-floor';
  return answering ? { questionId: null } : null;
}

/** The question the banner last showed, and in which phase. */
export interface ShownQuestion {
  questionId: string;
  phaseId: string | null;
}

export type BannerQuestion = { question: QuestionView; passed: boolean };

/**
 * What the question banner shows: the question being asked or, once the presenter passes on it,
 * that same question marked as passed, until another is released or the phase changes.
 */
export function bannerQuestion(view: CircleSessionView, lastShown: ShownQuestion | null): BannerQuestion | null {
  const released = releasedQuestion(view.questions);
  if (released) return { question: released, passed: false };
  if (!lastShown || lastShown.phaseId !== (currentPhaseOf(view)?.phaseId ?? null)) return null;
  const passed = view.questions.find((q) => q.questionId === lastShown.questionId && q.status === 'passed');
  return passed ? { question: passed, passed: true } : null;
}

/** "Maya passed on this question", or "You passed…" to the presenter. */
export function passedLine(view: CircleSessionView): string {
  const presenterId = view.presenterId;
  if (presenterId === null) return 'Passed on';
  return `${presenterId === view.viewerId ? 'You' : nameOf(view, presenterId)} passed on this question`;
}

/** The phase's reminder (the clearness committee's double confidentiality), when it has one. */
export function phaseReminder(view: CircleSessionView): string | null {
  if (view.status !== 'running') return null;
  const reminder = currentPhaseOf(view)?.reminder?.trim() ?? '';
  return reminder === '' ? null : reminder;
}
