import type { CircleCommandInput, CircleCommandType } from './commands';
import { reduce, type Actor } from './reduce';
import { createCircleSession } from './session';
import type { CircleSession } from './session-state';
import type { FormatTemplateId } from './templates';

/**
 * Builders for tests of the circle engine (here and in server/). Pure; no test framework inside.
 * A circle of one facilitator and four members; `presenter` is one of the members.
 */
export const facilitatorId = 'fac-ada';
export const memberIds = ['mem-bo', 'mem-cy', 'mem-di', 'mem-ed'] as const;
export const [presenterId, secondMemberId, thirdMemberId, fourthMemberId] = memberIds;
export const startTime = 1_700_000_000_000;

export const systemActor: Actor = { kind: 'system' };
export const actorFor = (participantId: string): Actor => ({ kind: 'participant', participantId });
export const facilitator = actorFor(facilitatorId);

/** Applies a command that must be accepted; `now` defaults to one second after the clock. */
export function accept(state: CircleSession, command: CircleCommandInput, actor: Actor = facilitator, now?: number): CircleSession {
  const result = reduce(state, command, actor, now ?? state.clock + 1_000);
  if (!result.ok) throw new Error(`${command.type} was rejected: ${result.error.code}: ${result.error.message}`);
  return result.state;
}

export function join(state: CircleSession, participantId: string, role: 'facilitator' | 'member' = 'member'): CircleSession {
  const displayName = participantId.replace(/^\w+-/, '').toUpperCase();
  return accept(state, { type: 'participant.join', participantId, displayName, role }, systemActor);
}

/** Everyone joined, the presenter chosen, not started yet. */
export function seatedCircle(templateId: FormatTemplateId = 'consultancy'): CircleSession {
  let state = createCircleSession({ sessionId: 'session-1', title: 'March circle', templateId, now: startTime });
  state = join(state, facilitatorId, 'facilitator');
  for (const memberId of memberIds) state = join(state, memberId);
  return accept(state, { type: 'presenter.set', participantId: presenterId });
}

/** Started, so in the template's first phase. */
export function runningCircle(templateId: FormatTemplateId = 'consultancy'): CircleSession {
  return accept(seatedCircle(templateId), { type: 'session.start' });
}

export function phaseIndexOf(state: CircleSession, phaseId: string): number {
  const index = state.agenda.phases.findIndex((phase) => phase.phaseId === phaseId);
  if (index < 0) throw new Error(`no phase ${phaseId}`);
  return index;
}

/** A running circle moved to the given phase of its agenda. */
export function circleInPhase(phaseId: string, templateId: FormatTemplateId = 'consultancy'): CircleSession {
  const state = runningCircle(templateId);
  return accept(state, { type: 'phase.goTo', phaseIndex: phaseIndexOf(state, phaseId) });
}

/** One well-formed command of every type, for tables over the whole command set. */
/** A member's update card as the server loads it, with text that names its owner. */
export function sampleUpdateCard(participantId: string) {
  return {
    participantId,
    areas: [
      { name: 'work', rating: 7, line: `Work of ${participantId} is steady` },
      { name: 'relationships', rating: 4, line: `Home of ${participantId} is tense` },
      { name: 'self', rating: 6, line: `Sleep of ${participantId} is better` },
    ],
    topics: [`First topic of ${participantId}`, `Second topic of ${participantId}`],
  };
}

/** A brief with every field written, for the presenter's brief tests. */
export const sampleBriefContent = {
  issue: 'Whether to take the promotion that moves me away from the team I built.',
  stakes: 'My health and the team.',
  background: 'Three years in the role.',
  feelings: 'Torn.',
  tried: 'Talked it over with my partner.',
  options: 'Take it; decline it; ask for a delay.',
  wantFromGroup: 'Questions that help me see what I value.',
  notWanted: 'Advice about careers.',
};

export const exampleCommands = {
  'session.start': { type: 'session.start' },
  'session.end': { type: 'session.end' },
  'phase.goTo': { type: 'phase.goTo', phaseIndex: 1 },
  'phase.next': { type: 'phase.next' },
  'agenda.applyTemplate': { type: 'agenda.applyTemplate', templateId: 'council' },
  'agenda.updatePhases': {
    type: 'agenda.updatePhases',
    phases: [{ phaseId: 'check-in', title: 'Check-in', kind: 'check-in', floorRule: 'round', plannedMs: 600_000 }],
  },
  'timer.start': { type: 'timer.start', timer: 'phase' },
  'timer.pause': { type: 'timer.pause', timer: 'phase' },
  'timer.resume': { type: 'timer.resume', timer: 'phase' },
  'timer.reset': { type: 'timer.reset', timer: 'phase' },
  'timer.extend': { type: 'timer.extend', timer: 'phase', ms: 60_000 },
  'floor.give': { type: 'floor.give', participantId: secondMemberId },
  'floor.giveNextInQueue': { type: 'floor.giveNextInQueue' },
  'floor.clear': { type: 'floor.clear' },
  'round.start': { type: 'round.start', orderMode: 'seating' },
  'round.setOrder': { type: 'round.setOrder', order: [thirdMemberId] },
  'round.advance': { type: 'round.advance' },
  'round.passFor': { type: 'round.passFor' },
  'queue.setPolicy': { type: 'queue.setPolicy', policy: 'least-heard-first' },
  'seating.set': { type: 'seating.set', order: [fourthMemberId] },
  'presenter.set': { type: 'presenter.set', participantId: secondMemberId },
  'facilitatorMaySpeak.set': { type: 'facilitatorMaySpeak.set', enabled: true },
  'role.handOver': { type: 'role.handOver', participantId: secondMemberId },
  'roles.assign': { type: 'roles.assign', role: 'timekeeper', participantId: thirdMemberId },
  'roles.rotate': { type: 'roles.rotate', role: 'guardian' },
  'timeSignal.send': { type: 'timeSignal.send', kind: 'one-minute' },
  'pause.call': { type: 'pause.call' },
  'pause.resume': { type: 'pause.resume' },
  'nudge.send': { type: 'nudge.send', kind: 'how-or-what' },
  'scribeNote.add': { type: 'scribeNote.add', text: 'You said "stuck" three times.' },
  'scribeNote.remove': { type: 'scribeNote.remove', noteId: 'note-1' },
  'questions.reorder': { type: 'questions.reorder', questionIds: ['q1'] },
  'questions.merge': { type: 'questions.merge', sourceIds: ['q2'], targetId: 'q1' },
  'questions.hold': { type: 'questions.hold', questionId: 'q1' },
  'questions.release': { type: 'questions.release', questionId: 'q1' },
  'questions.markAnswered': { type: 'questions.markAnswered', questionId: 'q1' },
  'questions.pin': { type: 'questions.pin', questionId: 'q1' },
  'questions.unpin': { type: 'questions.unpin', questionId: 'q1' },
  'hand.raise': { type: 'hand.raise' },
  'hand.lower': { type: 'hand.lower' },
  'turn.pass': { type: 'turn.pass' },
  'turn.done': { type: 'turn.done' },
  'question.submit': { type: 'question.submit', text: 'What matters most to you here?', anonymous: false },
  'question.edit': { type: 'question.edit', questionId: 'q1', text: 'What would change if you did nothing?' },
  'question.withdraw': { type: 'question.withdraw', questionId: 'q1' },
  'question.pass': { type: 'question.pass', questionId: 'q1' },
  'questions.keep': { type: 'questions.keep', keep: true },
  'participant.join': { type: 'participant.join', participantId: 'mem-fay', displayName: 'Fay', role: 'member' },
  'participant.presence': { type: 'participant.presence', participantId: secondMemberId, presence: 'away' },
  'participant.media': { type: 'participant.media', participantId: secondMemberId, mic: true, camera: true },
  'voice.sample': { type: 'voice.sample', samples: [{ participantId: secondMemberId, voiceMs: 4_000 }] },
  'presenterBrief.reveal': { type: 'presenterBrief.reveal', brief: sampleBriefContent },
  'updateCards.load': { type: 'updateCards.load', cards: [] },
} satisfies { [T in CircleCommandType]: CircleCommandInput & { type: T } };
