import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  agendaPhaseSchema,
  circleCommandSchema,
  circleCommandTypes,
  commandAuthority,
  type CircleCommand,
} from './commands';
import type { AgendaPhase } from './session-state';

describe('circleCommandSchema', () => {
  it('parses to the AgendaPhase type the state uses', () => {
    expectTypeOf<z.output<typeof agendaPhaseSchema>>().toEqualTypeOf<AgendaPhase>();
  });

  it.each<[string, unknown]>([
    ['hand.raise', { type: 'hand.raise', participantId: 'mem-cy', actorId: 'fac-ada' }],
    ['question.submit', { type: 'question.submit', text: 'Why now?', anonymous: true, authorId: 'mem-cy' }],
    ['turn.done', { type: 'turn.done', participantId: 'mem-cy' }],
  ])('strips actor ids smuggled into %s', (_type, input) => {
    const parsed = circleCommandSchema.parse(input);
    expect(parsed).not.toHaveProperty('participantId');
    expect(parsed).not.toHaveProperty('actorId');
    expect(parsed).not.toHaveProperty('authorId');
  });

  it('trims question texts', () => {
    const parsed = circleCommandSchema.parse({ type: 'question.edit', questionId: 'q1', text: '  What if?  ' });
    expect(parsed).toEqual({ type: 'question.edit', questionId: 'q1', text: 'What if?' });
  });

  it.each<[string, unknown]>([
    ['an id over 64 characters', { type: 'questions.hold', questionId: 'q'.repeat(65) }],
    ['a text over 500 characters', { type: 'question.submit', text: 'w'.repeat(501), anonymous: false }],
    ['more than 64 ids', { type: 'questions.reorder', questionIds: Array.from({ length: 65 }, (_, i) => `q${i}`) }],
    ['more than 64 voice samples', { type: 'voice.sample', samples: Array.from({ length: 65 }, () => ({ participantId: 'a', voiceMs: 1 })) }],
    ['a negative voice sample', { type: 'voice.sample', samples: [{ participantId: 'a', voiceMs: -1 }] }],
    ['an hour-long voice sample', { type: 'voice.sample', samples: [{ participantId: 'a', voiceMs: 3_600_000 }] }],
    ['a display name with a newline', { type: 'participant.join', participantId: 'a', displayName: 'A\nB', role: 'member' }],
    ['an unknown role', { type: 'participant.join', participantId: 'a', displayName: 'A', role: 'owner' }],
    ['a ten-hour phase', { type: 'agenda.updatePhases', phases: [{ phaseId: 'p', title: 'P', kind: 'other', floorRule: 'open', plannedMs: 36_000_000 }] }],
    ['a missing anonymous flag', { type: 'question.submit', text: 'Why?' }],
    ['a silence gap in a round phase', { type: 'agenda.updatePhases', phases: [{ phaseId: 'p', title: 'P', kind: 'other', floorRule: 'round', plannedMs: 60_000, silenceGapMs: 30_000 }] }],
    ['a silence gap under a second', { type: 'agenda.updatePhases', phases: [{ phaseId: 'p', title: 'P', kind: 'other', floorRule: 'queue', plannedMs: 60_000, silenceGapMs: 999 }] }],
    ['a silence gap over five minutes', { type: 'agenda.updatePhases', phases: [{ phaseId: 'p', title: 'P', kind: 'other', floorRule: 'queue', plannedMs: 60_000, silenceGapMs: 300_001 }] }],
    ['a fractional silence gap', { type: 'agenda.updatePhases', phases: [{ phaseId: 'p', title: 'P', kind: 'other', floorRule: 'queue', plannedMs: 60_000, silenceGapMs: 1_500.5 }] }],
    ['a reminder over 300 characters', { type: 'agenda.updatePhases', phases: [{ phaseId: 'p', title: 'P', kind: 'closing', floorRule: 'round', plannedMs: 60_000, reminder: 'r'.repeat(301) }] }],
    ['a reminder with a control character', { type: 'agenda.updatePhases', phases: [{ phaseId: 'p', title: 'P', kind: 'closing', floorRule: 'round', plannedMs: 60_000, reminder: 'Keep it\u0007 here' }] }],
    ['an unknown phase kind', { type: 'agenda.updatePhases', phases: [{ phaseId: 'p', title: 'P', kind: 'mirror', floorRule: 'round', plannedMs: 60_000 }] }],
    ['a question pass with a numeric id', { type: 'question.pass', questionId: 1 }],
    ['a free-form nudge', { type: 'nudge.send', kind: 'You are rambling' }],
    ['an empty scribe note', { type: 'scribeNote.add', text: '   ' }],
    ['a scribe note over 1000 characters', { type: 'scribeNote.add', text: 'n'.repeat(1_001) }],
    ['a scribe note with an escape character', { type: 'scribeNote.add', text: 'Note \u001b[2J' }],
    ['a scribe note with a line separator', { type: 'scribeNote.add', text: 'One\u2028Two' }],
  ])('rejects %s', (_label, input) => {
    expect(circleCommandSchema.safeParse(input).success).toBe(false);
  });

  it('groups commands by who may issue them', () => {
    const byAuthority = (authority: string) => circleCommandTypes.filter((type) => commandAuthority(type) === authority);
    expect(byAuthority('facilitator')).toHaveLength(32);
    expect(byAuthority('role')).toEqual(['timeSignal.send', 'pause.call', 'pause.resume', 'nudge.send', 'scribeNote.add', 'scribeNote.remove']);
    expect(byAuthority('member')).toEqual(['hand.raise', 'hand.lower', 'turn.pass', 'turn.done', 'question.submit', 'question.edit', 'question.withdraw', 'question.pass', 'questions.keep']);
    expect(byAuthority('system')).toEqual(['participant.join', 'participant.presence', 'participant.media', 'presenterBrief.reveal', 'updateCards.load', 'voice.sample']);
  });

  it('names every command type once', () => {
    expect(new Set(circleCommandTypes).size).toBe(circleCommandTypes.length);
    expectTypeOf<(typeof circleCommandTypes)[number]>().toEqualTypeOf<CircleCommand['type']>();
  });
});
