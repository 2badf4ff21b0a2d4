import type { PresenterBriefContent } from '../api/presenter-brief-api';
import { DomainError } from '../errors';
import type { CommandOf } from './commands';
import type { CommandContext, Outcome } from './command-handler';
import { currentPhase } from './current-phase';
import type { CircleSession, PhaseKind } from './session-state';

/** The brief the presenter marked ready, as the circle reads it; it names the presenter it belongs to. */
export interface CirclePresenterBrief extends PresenterBriefContent {
  presenterId: string;
}

/**
 * The consultancy's phases, from the presentation to the presenter's response: the brief is in
 * everyone's view during these and no other, and it enters the circle only once one of them is running.
 */
export const briefPhaseKinds: readonly PhaseKind[] = [
  'presentation',
  'clarifying-questions',
  'curious-questions',
  'break',
  'reflections',
  'mirroring',
  'response',
];

function inBriefPhase(state: CircleSession): boolean {
  const kind = currentPhase(state)?.kind;
  return state.status === 'running' && kind !== undefined && briefPhaseKinds.includes(kind);
}

/**
 * The server hands the circle the presenter's ready brief as a presentation starts. Refused before
 * that (nothing of it may reach the circle earlier), without a presenter, and when it is already there.
 */
export function revealPresenterBrief(state: CircleSession, command: CommandOf<'presenterBrief.reveal'>, _context: CommandContext): Outcome {
  if (!inBriefPhase(state)) return new DomainError('conflict', 'The brief is shared only once the presentation has started');
  if (state.presenterId === null) return new DomainError('conflict', 'Nobody is presenting');
  if (state.presenterBrief?.presenterId === state.presenterId) return new DomainError('conflict', "The presenter's brief is already shared");
  return { ...state, presenterBrief: { ...command.brief, presenterId: state.presenterId } };
}

/** What a viewer's copy carries: the current presenter's brief, during the consultancy's phases only. */
export function presenterBriefFor(state: CircleSession): CirclePresenterBrief | null {
  const brief = state.presenterBrief ?? null;
  if (brief === null || brief.presenterId !== state.presenterId || !inBriefPhase(state)) return null;
  return brief;
}

/**
 * Whether the server should fetch the presenter's brief now: a consultancy phase has just begun, or
 * the presenter changed during one, and the circle has no brief of theirs yet.
 */
export function presenterBriefDue(state: CircleSession, previous: CircleSession): boolean {
  if (!inBriefPhase(state) || state.presenterId === null) return false;
  if (state.presenterBrief?.presenterId === state.presenterId) return false;
  return !inBriefPhase(previous) || previous.presenterId !== state.presenterId;
}
