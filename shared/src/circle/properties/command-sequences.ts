import fc from 'fast-check';
import { circleCommandTypes, commandAuthority, type CircleCommandInput, type CircleCommandType } from '../commands';
import type { Actor } from '../reduce';
import { roleDelegations } from '../role-authority';
import { forumRoles, nudgeKinds, timeSignalKinds, type CircleSession } from '../session-state';
import {
  accept,
  actorFor,
  facilitator,
  facilitatorId,
  memberIds,
  runningCircle,
  seatedCircle,
  systemActor,
} from '../test-fixtures';
import { formatTemplates } from '../templates';

// Random circle commands, actors and starting states for the property tests of the circle engine.

const lateJoinerId = 'mem-fay';
export const knownIds = [facilitatorId, ...memberIds, lateJoinerId];
export const anyId = fc.constantFrom(...knownIds, 'mem-ghost');
export const questionId = fc.constantFrom('q1', 'q2', 'q3', 'q4', 'q5', 'q99');
export const questionText = fc.constantFrom(
  'What would success look like for you?',
  'You should delegate.',
  'Have you considered hiring?',
  '   ',
  'Who else is affected?',
);
const timer = fc.constantFrom('phase', 'speaker');
// Unlike any question, so a note's text found in a view can only have come from the notes.
export const noteTexts = ['Scribe: you paused at "my father".', 'Scribe: three options, none yours?', 'Scribe: line one\nline two'] as const;
const noteText = fc.constantFrom(...noteTexts, '  ');
const noteId = fc.integer({ min: 1, max: 40 }).map((n) => `note-${n}`);
const templatePhases = formatTemplates.flatMap((template) => template.phases);

export const actorArbitrary: fc.Arbitrary<Actor> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(facilitator) },
  { weight: 6, arbitrary: fc.constantFrom(...memberIds, lateJoinerId).map(actorFor) },
  { weight: 1, arbitrary: fc.constant(actorFor('mem-stranger')) },
  { weight: 2, arbitrary: fc.constant(systemActor) },
);

const turnTaking = fc.constantFrom<CircleCommandInput>(
  { type: 'phase.next' },
  { type: 'floor.giveNextInQueue' },
  { type: 'floor.clear' },
  { type: 'round.advance' },
  { type: 'round.passFor' },
  { type: 'hand.raise' },
  { type: 'hand.raise', handType: 'clarifying' },
  { type: 'hand.raise', handType: 'experience' },
  { type: 'hand.raise', handType: 'reply' },
  { type: 'hand.raise', handType: 'process' },
  { type: 'hand.lower' },
  { type: 'turn.pass' },
  { type: 'turn.done' },
);

const commandArbitrary: fc.Arbitrary<CircleCommandInput> = fc.oneof(
  { weight: 12, arbitrary: turnTaking },
  {
    weight: 1,
    arbitrary: fc.constantFrom<CircleCommandInput>(
      { type: 'session.start' },
      { type: 'session.end' },
      { type: 'agenda.applyTemplate', templateId: 'council' },
      { type: 'agenda.applyTemplate', templateId: 'clearness-committee' },
    ),
  },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 9 }).map((phaseIndex) => ({ type: 'phase.goTo', phaseIndex })) },
  fc.record({ type: fc.constant('timer.start'), timer }),
  fc.record({ type: fc.constantFrom('timer.pause', 'timer.resume', 'timer.reset'), timer }),
  fc.record({ type: fc.constant('timer.extend'), timer, ms: fc.integer({ min: 1_000, max: 600_000 }) }),
  { weight: 2, arbitrary: fc.record({ type: fc.constant('floor.give'), participantId: anyId }) },
  fc.record({ type: fc.constant('round.start'), orderMode: fc.constantFrom('seating', 'random') }),
  fc.record({ type: fc.constant('round.start'), orderMode: fc.constant('custom'), order: fc.shuffledSubarray([...knownIds, 'mem-ghost']) }),
  fc.record({ type: fc.constant('round.setOrder'), order: fc.shuffledSubarray(knownIds) }),
  fc.record({ type: fc.constant('queue.setPolicy'), policy: fc.constantFrom('first-come', 'least-heard-first') }),
  fc.record({ type: fc.constant('seating.set'), order: fc.shuffledSubarray(knownIds) }),
  fc.record({ type: fc.constant('presenter.set'), participantId: fc.option(anyId, { nil: null }) }),
  fc.record({ type: fc.constant('facilitatorMaySpeak.set'), enabled: fc.boolean() }),
  fc.record({ type: fc.constant('role.handOver'), participantId: anyId }),
  { weight: 2, arbitrary: fc.record({ type: fc.constant('roles.assign'), role: fc.constantFrom(...forumRoles), participantId: fc.option(anyId, { nil: null }) }) },
  fc.record({ type: fc.constant('roles.rotate'), role: fc.constantFrom(...forumRoles) }),
  { weight: 2, arbitrary: fc.record({ type: fc.constant('timeSignal.send'), kind: fc.constantFrom(...timeSignalKinds) }) },
  { weight: 3, arbitrary: fc.constantFrom<CircleCommandInput>({ type: 'pause.call' }, { type: 'pause.resume' }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('nudge.send'), kind: fc.constantFrom(...nudgeKinds) }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('scribeNote.add'), text: noteText }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('scribeNote.remove'), noteId }) },
  fc.record({ type: fc.constant('agenda.updatePhases'), phases: fc.shuffledSubarray(templatePhases, { minLength: 1, maxLength: 9 }) }),
  fc.record({ type: fc.constant('questions.reorder'), questionIds: fc.uniqueArray(questionId, { maxLength: 4 }) }),
  fc.record({ type: fc.constant('questions.merge'), sourceIds: fc.uniqueArray(questionId, { minLength: 1, maxLength: 2 }), targetId: questionId }),
  { weight: 3, arbitrary: fc.record({ type: fc.constantFrom('questions.hold', 'questions.release', 'questions.markAnswered'), questionId }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constantFrom('questions.pin', 'questions.unpin'), questionId }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('question.submit'), text: questionText, anonymous: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('question.edit'), questionId, text: questionText }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('question.withdraw'), questionId }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('question.pass'), questionId: fc.option(questionId, { nil: undefined }) }) },
  fc.record({ type: fc.constant('participant.join'), participantId: fc.constantFrom(lateJoinerId, 'mem-cy'), displayName: fc.constant('Fay'), role: fc.constantFrom('member', 'facilitator') }),
  { weight: 2, arbitrary: fc.record({ type: fc.constant('participant.presence'), participantId: anyId, presence: fc.constantFrom('present', 'away', 'left') }) },
  fc.record({ type: fc.constant('participant.media'), participantId: anyId, mic: fc.boolean(), camera: fc.boolean() }),
  fc.record({ type: fc.constant('voice.sample'), samples: fc.array(fc.record({ participantId: anyId, voiceMs: fc.integer({ min: 0, max: 10_000 }) }), { maxLength: 3 }) }),
  fc.anything().map((junk) => junk as CircleCommandInput),
  fc.record({ type: fc.string(), participantId: anyId }).map((junk) => junk as CircleCommandInput),
) as fc.Arbitrary<CircleCommandInput>;

export const stepArbitrary = fc.record({
  command: commandArbitrary,
  // Usually someone entitled to the command, so sequences get somewhere; otherwise anyone at all.
  fittingActor: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
  anyActor: actorArbitrary,
  participantId: fc.constantFrom(...memberIds, lateJoinerId, facilitatorId),
  // Mostly forward, sometimes a little backwards: time must not follow.
  delayMs: fc.integer({ min: -5_000, max: 180_000 }),
});
export type Step = typeof stepArbitrary extends fc.Arbitrary<infer S> ? S : never;

export function actorForStep(state: CircleSession, step: Step): Actor {
  const type = (step.command as { type?: unknown } | null)?.type;
  if (!step.fittingActor || !circleCommandTypes.includes(type as CircleCommandType)) return step.anyActor;
  const authority = commandAuthority(type as CircleCommandType);
  if (authority === 'system') return systemActor;
  if (authority === 'member') return actorFor(step.participantId);
  const delegatedRole = roleDelegations[type as CircleCommandType]?.role;
  const holderId = delegatedRole ? state.roleHolders[delegatedRole] : null;
  if (holderId && step.participantId !== facilitatorId) return actorFor(holderId);
  const someFacilitator = Object.values(state.participants).find((participant) => participant.role === 'facilitator');
  return someFacilitator ? actorFor(someFacilitator.participantId) : step.anyActor;
}

export const initialState = fc.constantFrom(
  () => seatedCircle(),
  () => runningCircle(),
  () => runningCircle('council'),
  () => accept(runningCircle(), { type: 'phase.goTo', phaseIndex: 2 }),
  () => accept(runningCircle('structured-inquiry'), { type: 'phase.goTo', phaseIndex: 1 }),
  () => withRoles(accept(runningCircle(), { type: 'phase.goTo', phaseIndex: 2 })),
  () => accept(runningCircle('clearness-committee'), { type: 'phase.goTo', phaseIndex: 2 }),
  () => ({ ...withRoles(runningCircle('council')), anyMemberMayPause: true }),
  () => withRoles(accept(runningCircle(), { type: 'phase.goTo', phaseIndex: 3 })),
);

/** Every role held by a different member, so role commands come from holders and non-holders alike. */
export function withRoles(state: CircleSession): CircleSession {
  return forumRoles.reduce((next, role, index) => accept(next, { type: 'roles.assign', role, participantId: memberIds[index] ?? null }), state);
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
