import type { DomainError } from '../errors';
import type { CircleCommandType, CommandOf } from './commands';
import type { CircleSession } from './session-state';

/** A handler returns the next state, or the reason the command is rejected. It never mutates. */
export type Outcome = CircleSession | DomainError;

/** `now` is the effective time: never earlier than the session clock. */
export interface CommandContext {
  now: number;
}

export interface ParticipantContext extends CommandContext {
  /** The participant who issued the command, already checked against the command's authority. */
  actorId: string;
}

export type ParticipantHandler<T extends CircleCommandType> = (
  state: CircleSession,
  command: CommandOf<T>,
  context: ParticipantContext,
) => Outcome;

export type SystemHandler<T extends CircleCommandType> = (
  state: CircleSession,
  command: CommandOf<T>,
  context: CommandContext,
) => Outcome;
