import type { PrivacyItem } from '../cohort/privacy-checklist';
import { DomainError } from '../errors';
import type { CommandContext, Outcome } from './command-handler';
import type { CommandOf } from './commands';
import { joinParticipant } from './participants';
import type { CircleSession, PrivacyChecks } from './session-state';

/** What a facilitator sees of the checklist: how many, never who. */
export interface PrivacyCheckCount {
  asked: PrivacyItem[];
  /** Members present now who confirmed every item asked. */
  confirmed: number;
  /** Members present now; facilitators are not asked and not counted. */
  present: number;
}

/** One member's answer at the door: the items asked, and those they ticked. */
export interface PrivacyCheckAnswer {
  asked: PrivacyItem[];
  confirmed: PrivacyItem[];
}

const noChecks: PrivacyChecks = { asked: [], confirmedAll: [] };

/**
 * A member's latest answer at the door replaces their earlier one, so rejoining (or replaying a
 * join) never counts anyone twice. When the cohort starts asking an item it did not ask before,
 * earlier confirmations did not cover it and no longer count: the number errs low, never high.
 */
export function recordPrivacyCheck(
  state: CircleSession,
  participantId: string,
  check: PrivacyCheckAnswer,
): CircleSession {
  const previous = state.privacyChecks ?? noChecks;
  const widened = check.asked.some((item) => !previous.asked.includes(item));
  const others = widened ? [] : previous.confirmedAll.filter((id) => id !== participantId);
  const confirmedAll = check.asked.length > 0 && check.asked.every((item) => check.confirmed.includes(item));
  return { ...state, privacyChecks: { asked: check.asked, confirmedAll: confirmedAll ? [...others, participantId] : others } };
}

/** `participant.join`, remembering the member's checklist answer when the door passed one on. */
export function joinWithPrivacyCheck(state: CircleSession, command: CommandOf<'participant.join'>, context: CommandContext): Outcome {
  const joined = joinParticipant(state, command, context);
  if (!command.privacyCheck || joined instanceof DomainError) return joined;
  return recordPrivacyCheck(joined, command.participantId, command.privacyCheck);
}

/** Null when nothing is asked (demo rooms, a cohort that asks nothing, states from before the checklist). */
export function privacyCheckCount(state: CircleSession): PrivacyCheckCount | null {
  const checks = state.privacyChecks;
  if (!checks || checks.asked.length === 0) return null;
  const presentMembers = Object.values(state.participants).filter((p) => p.role === 'member' && p.presence === 'present');
  return {
    asked: checks.asked,
    confirmed: presentMembers.filter((p) => checks.confirmedAll.includes(p.participantId)).length,
    present: presentMembers.length,
  };
}
