import { z } from 'zod';
import { monthlyUpdateRules } from '../api/monthly-update-api';
import { DomainError } from '../errors';
import { singleLineText } from '../text/text-schemas';
import type { CommandOf } from './commands';
import type { CommandContext, Outcome } from './command-handler';
import { currentPhase } from './current-phase';
import type { CircleSession } from './session-state';

const rating = z.number().int().min(monthlyUpdateRules.lowestRating).max(monthlyUpdateRules.highestRating);

/**
 * What the circle may read of a member's monthly update while they hold the floor in the check-in:
 * their three areas and the titles of their topics by rank. Whether they might present a topic, and
 * how urgent it is, is never part of it.
 */
export const updateCardSchema = z.strictObject({
  participantId: z.string().min(1).max(64),
  areas: z
    .array(
      z.strictObject({
        name: singleLineText().min(1).max(monthlyUpdateRules.areaNameMaxChars),
        rating,
        line: singleLineText().max(monthlyUpdateRules.lineMaxChars),
      }),
    )
    .length(monthlyUpdateRules.areaCount),
  topics: z.array(singleLineText().min(1).max(monthlyUpdateRules.topicMaxChars)).max(monthlyUpdateRules.maxTopics),
});
export type UpdateCard = z.output<typeof updateCardSchema>;

/** One card per member, at most a large circle's worth. */
export const updateCardListSchema = z
  .array(updateCardSchema)
  .max(64)
  .refine((cards) => new Set(cards.map((card) => card.participantId)).size === cards.length, 'one card per member');

function inCheckIn(state: CircleSession): boolean {
  return state.status === 'running' && currentPhase(state)?.kind === 'check-in';
}

/**
 * The server hands the circle the submitted updates as a check-in phase starts. Refused outside a
 * check-in (the cards live in the state only while one runs) and when they are already there.
 */
export function loadUpdateCards(state: CircleSession, command: CommandOf<'updateCards.load'>, _context: CommandContext): Outcome {
  if (!inCheckIn(state)) return new DomainError('conflict', 'Updates are shared only during the check-in');
  if (state.updateCards) return new DomainError('conflict', 'The updates are already loaded');
  return { ...state, updateCards: Object.fromEntries(command.cards.map((card) => [card.participantId, card])) };
}

/** Cards leave the state as soon as the circle leaves the check-in: `enterPhase` and the end call this. */
export function withoutUpdateCardsOutsideCheckIn(state: CircleSession): CircleSession {
  if (state.updateCards == null || inCheckIn(state)) return state;
  return { ...state, updateCards: null };
}

/**
 * What every viewer's copy carries: the card of the member holding the floor in a check-in round,
 * and nobody else's, ever. States saved before cards existed have none.
 */
export function floorUpdateCardFor(state: CircleSession): UpdateCard | null {
  const phase = currentPhase(state);
  const holderId = state.floor.holderId;
  if (!inCheckIn(state) || phase?.floorRule !== 'round' || holderId === null) return null;
  return state.updateCards?.[holderId] ?? null;
}

/** Whether the server should fetch the cards now: a check-in has just begun and none are loaded. */
export function updateCardsDue(state: CircleSession, previous: CircleSession): boolean {
  if (!inCheckIn(state) || state.updateCards) return false;
  return !inCheckIn(previous) || previous.currentPhaseIndex !== state.currentPhaseIndex;
}
