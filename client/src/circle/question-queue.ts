import type { QuestionStatus, QuestionView } from '@peercircle/shared';
import { moveBy } from './order-moves';

const openStatuses: readonly QuestionStatus[] = ['released', 'pending', 'held'];

/** Still to be dealt with: waiting, held back, or being asked now. */
const isOpenQuestion = (question: QuestionView) => openStatuses.includes(question.status);

/** Merging folds drafts only: questions not yet put to the presenter. */
export const isDraftQuestion = (question: QuestionView) => question.status === 'pending' || question.status === 'held';

export function splitQuestions(questions: readonly QuestionView[]): { open: QuestionView[]; closed: QuestionView[] } {
  return { open: questions.filter(isOpenQuestion), closed: questions.filter((q) => !isOpenQuestion(q)) };
}

/** The question being put to the presenter now; releasing another one closes it. */
export function releasedQuestion(questions: readonly QuestionView[]): QuestionView | undefined {
  return questions.find((question) => question.status === 'released');
}

/**
 * The full order for `questions.reorder` after moving one open question up or down among the open
 * ones; closed questions go after them, since their place no longer matters.
 */
export function questionOrderAfterMove(questions: readonly QuestionView[], questionId: string, delta: number): string[] {
  const { open, closed } = splitQuestions(questions);
  const openIds = moveBy(
    open.map((q) => q.questionId),
    questionId,
    delta,
  );
  return [...openIds, ...closed.map((q) => q.questionId)];
}

export function questionAuthor(question: QuestionView): string {
  return question.anonymous ? 'Anonymous' : question.authorName || 'Someone';
}

/** Statuses as the facilitator sees them; members never see "held" (their question reads as waiting). */
export const questionStatusLabel: Record<QuestionStatus, string> = {
  pending: 'Waiting',
  held: 'Held back',
  released: 'Being asked now',
  answered: 'Answered',
  passed: 'Passed by the presenter',
  withdrawn: 'Withdrawn',
  merged: 'Merged',
};

/** Statuses as an author sees their own question. */
export const myQuestionStatusLabel: Record<QuestionStatus, string> = {
  pending: 'Waiting to be asked',
  held: 'Waiting to be asked',
  released: 'Being asked now',
  answered: 'Answered',
  passed: 'The presenter passed on it',
  withdrawn: 'Withdrawn',
  merged: 'Merged with a similar question',
};

/** What "Release next question" puts to the presenter: the first waiting question in the facilitator's order; held ones stay back. */
export function nextQuestionToRelease(questions: readonly QuestionView[]): QuestionView | undefined {
  return [...questions].sort((a, b) => a.order - b.order).find((question) => question.status === 'pending');
}
