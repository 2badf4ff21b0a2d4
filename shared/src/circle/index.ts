export * from './session-state';
export * from './commands';
export { reduce, type Actor, type ReduceResult } from './reduce';
export { createCircleSession, type NewCircleSession } from './session';
export { viewFor, type CircleSessionView, type HandQueueView, type QuestionView, type WaitingHand } from './view-for';
export { applyViewDelta, diffViews, type ViewDelta } from './view-delta';
export { audibleParticipantIds, isAudible } from './audible';
export { checkForAdvice, type AdviceCheck, type AdviceReason } from './advice-guard';
export {
  doubleConfidentialityReminder,
  formatTemplates,
  formatTemplateIds,
  findTemplate,
  type FormatTemplate,
  type FormatTemplateId,
} from './templates';
export { silenceRemainingMs } from './silence-gap';
export { elapsedMs, isOverrun, isRunning, isWarning, remainingMs } from './timers';
export { currentPhase } from './current-phase';
export { currentSpeakerId, nextSpeakerId } from './round';
export { handQueueOrder, waitingHands } from './hand-queue';
export {
  admittedHandTypes,
  admitsHand,
  defaultAdmittedHandTypes,
  defaultHandType,
  handTypeLabels,
  nextAdmittingPhaseKind,
} from './hand-types';
export { floorMsAt } from './ledger';
export { maxQuestionsPerSession } from './questions';
export { participantControls, type ParticipantControls } from './participant-controls';
export { emptyRoleHistory, forumRoleLabels, holdsRole, nextRoleHolder, noRoleHolders, roleHoldersOf, rolesHeldBy } from './forum-roles';
export { roleDelegations } from './role-authority';
export { privacyCheckCount, type PrivacyCheckAnswer, type PrivacyCheckCount } from './privacy-checks';
export { isPaused, maxPausesPerSession, pauseOf, pausesOf } from './guardian-pause';
export { nudgeWordings } from './nudges';
export { maxScribeNoteLength, maxScribeNotes } from './scribe-notes';
export { briefPhaseKinds, presenterBriefDue, type CirclePresenterBrief } from './presenter-brief';
export { updateCardsDue, type UpdateCard } from './update-cards';
