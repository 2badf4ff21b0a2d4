import { DomainError } from '../errors';
import type { CommandContext, Outcome } from './command-handler';
import { enterPhase, leavePhase } from './phases';
import { emptyRoleHistory, noRoleHolders } from './forum-roles';
import { liftPause } from './guardian-pause';
import type { CircleSession, RoleHistory } from './session-state';
import { agendaFromTemplate, findTemplate, type FormatTemplateId } from './templates';
import { idleTimer, pausedTimer } from './timers';

export interface NewCircleSession {
  sessionId: string;
  title: string;
  templateId: FormatTemplateId;
  now: number;
  /** When members of the cohort last held each role, for rotation; empty for a first session. */
  roleHistory?: RoleHistory;
  /** The cohort lets any member call a pause, not only the guardian (off unless set). */
  anyMemberMayPause?: boolean;
}

/** A session before it starts: agenda copied from the template, nobody joined yet. */
export function createCircleSession({ sessionId, title, templateId, now, roleHistory, anyMemberMayPause }: NewCircleSession): CircleSession {
  const template = findTemplate(templateId);
  if (!template) throw new DomainError('not_found', `No session format called ${templateId}`);
  return {
    sessionId,
    title,
    version: 0,
    clock: now,
    status: 'not-started',
    participants: {},
    seating: [],
    presenterId: null,
    presenterKeepsQuestions: false,
    // Facilitators hold the space and must be able to step in, so they are heard unless they opt out.
    facilitatorMaySpeak: true,
    agenda: agendaFromTemplate(template),
    currentPhaseIndex: null,
    phaseTimer: idleTimer(),
    speakerTimer: idleTimer(),
    floor: { holderId: null, since: null },
    silenceGap: null,
    round: null,
    handQueue: { policy: 'first-come', raised: [] },
    questions: [],
    ledger: {},
    roleHolders: noRoleHolders,
    roleHistory: roleHistory ?? emptyRoleHistory(),
    timeSignal: null,
    anyMemberMayPause: anyMemberMayPause ?? false,
    pause: null,
    pauses: [],
    nudge: null,
    scribeNotes: [],
  };
}

export function startSession(state: CircleSession, _command: unknown, { now }: CommandContext): Outcome {
  if (state.status !== 'not-started') return new DomainError('conflict', 'The session has already started');
  if (state.agenda.phases.length === 0) return new DomainError('conflict', 'The agenda has no phases');
  return enterPhase({ ...state, status: 'running' }, 0, now);
}

/**
 * Ending ends a pause in progress (so it is recorded), closes the current turn, lowers every hand
 * (waiting ones too: no phase is left to admit them), freezes both timers where they stood, and
 * deletes every question, scribe's note and the presenter's brief:
 * in-session text does not outlive the session (a presenter who chose to keep theirs has them saved
 * by the server from the state before this one).
 */
export function endSession(state: CircleSession, _command: unknown, { now }: CommandContext): Outcome {
  const closed = leavePhase(liftPause(state, now), now);
  return {
    ...closed,
    status: 'ended',
    currentPhaseIndex: null,
    handQueue: { ...closed.handQueue, raised: [] },
    questions: [],
    scribeNotes: [],
    presenterBrief: null,
    updateCards: null,
    nudge: null,
    phaseTimer: pausedTimer(closed.phaseTimer, now),
    speakerTimer: pausedTimer(closed.speakerTimer, now),
  };
}
