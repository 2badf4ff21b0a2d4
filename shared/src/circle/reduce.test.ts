import { describe, expect, it } from 'vitest';
import { commandAuthority, circleCommandTypes, type CircleCommandInput, type CircleCommandType } from './commands';
import { reduce } from './reduce';
import { roleDelegations } from './role-authority';
import type { CircleSession } from './session-state';
import {
  accept,
  actorFor,
  exampleCommands,
  facilitator,
  runningCircle,
  seatedCircle,
  secondMemberId,
  systemActor,
  thirdMemberId,
} from './test-fixtures';

const member = actorFor(secondMemberId);
const typesWith = (authority: string) => circleCommandTypes.filter((type) => commandAuthority(type) === authority);
const example = (type: CircleCommandType) => exampleCommands[type] as CircleCommandInput;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function rejection(state: CircleSession, command: CircleCommandInput, actor = facilitator, now = state.clock + 1_000) {
  const result = reduce(state, command, actor, now);
  if (result.ok) throw new Error(`${command.type} was accepted`);
  return result.error;
}

describe('permissions', () => {
  it('covers every command with an example', () => {
    expect(Object.keys(exampleCommands).sort()).toEqual([...circleCommandTypes].sort());
    expect(circleCommandTypes).toHaveLength(53);
  });

  it.each(typesWith('facilitator'))('%s from a member is forbidden and changes nothing', (type) => {
    const state = deepFreeze(runningCircle());
    const result = reduce(state, example(type), member, state.clock + 1_000);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it.each(typesWith('system'))('%s from a participant is forbidden, facilitator included', (type) => {
    const state = runningCircle();
    expect(rejection(state, example(type), member).code).toBe('forbidden');
    expect(rejection(state, example(type), facilitator).code).toBe('forbidden');
  });

  it.each(typesWith('role'))('%s from a member without the role is forbidden', (type) => {
    expect(rejection(runningCircle(), example(type), member).code).toBe('forbidden');
  });

  it.each([...typesWith('facilitator'), ...typesWith('member'), ...typesWith('role')])('%s from the system is forbidden', (type) => {
    expect(rejection(runningCircle(), example(type), systemActor).code).toBe('forbidden');
  });

  it.each(typesWith('member'))('%s from someone outside the circle is forbidden', (type) => {
    expect(rejection(runningCircle(), example(type), actorFor('mem-stranger')).code).toBe('forbidden');
  });

  const presenterOnly = new Set(['questions.keep', 'question.pass']);

  it.each(typesWith('member').filter((type) => !presenterOnly.has(type)))('%s is open to members and facilitators alike', (type) => {
    const state = runningCircle();
    for (const actor of [member, facilitator]) {
      const result = reduce(state, example(type), actor, state.clock + 1_000);
      expect(result.ok || result.error.code !== 'forbidden').toBe(true);
    }
  });

  it('lets only the presenter decide to keep the questions, and a new presenter starts undecided', () => {
    const withPresenter = accept(runningCircle(), { type: 'presenter.set', participantId: secondMemberId });
    expect(rejection(withPresenter, { type: 'questions.keep', keep: true }, facilitator).code).toBe('forbidden');
    const kept = accept(withPresenter, { type: 'questions.keep', keep: true }, member);
    expect(kept.presenterKeepsQuestions).toBe(true);
    expect(accept(kept, { type: 'presenter.set', participantId: null }).presenterKeepsQuestions).toBe(false);
  });

  it('deletes every question when the session ends', () => {
    const asked = accept(runningCircle(), { type: 'question.submit', text: 'What would you regret?', anonymous: true }, member);
    expect(asked.questions).toHaveLength(1);
    expect(accept(asked, { type: 'session.end' }).questions).toEqual([]);
  });

  it('decides permissions from the actor only: an actor id in the payload is stripped', () => {
    const state = accept(runningCircle(), { type: 'phase.goTo', phaseIndex: 2 });
    const smuggled = { type: 'hand.raise', participantId: 'mem-cy', role: 'facilitator' } as CircleCommandInput;
    const next = accept(state, smuggled, member);
    expect(next.handQueue.raised.map((hand) => hand.participantId)).toEqual([secondMemberId]);
  });

  it('follows the role in the state, so a handed-over facilitator loses facilitator commands', () => {
    const state = accept(runningCircle(), { type: 'role.handOver', participantId: secondMemberId });
    expect(rejection(state, { type: 'phase.next' }).code).toBe('forbidden');
    expect(reduce(state, { type: 'phase.next' }, member, state.clock + 1).ok).toBe(true);
  });
});

describe('session lifecycle', () => {
  it('starts once, in the first phase', () => {
    const state = runningCircle();
    expect(state).toMatchObject({ status: 'running', currentPhaseIndex: 0 });
    expect(rejection(state, { type: 'session.start' }).code).toBe('conflict');
  });

  it.each(circleCommandTypes.filter((type) => !['session.start', 'session.end'].includes(type)))(
    '%s after the end is refused as session_ended',
    (type) => {
      const scribe = actorFor(thirdMemberId);
      const withScribe = accept(runningCircle(), { type: 'roles.assign', role: 'scribe', participantId: thirdMemberId });
      const ended = accept(withScribe, { type: 'session.end' });
      // The scribe's commands are the scribe's alone, so the scribe tries them.
      const actor = commandAuthority(type) === 'system' ? systemActor : roleDelegations[type]?.holderOnly ? scribe : facilitator;
      expect(rejection(ended, example(type), actor).code).toBe('session_ended');
    },
  );

  it('cannot be started or ended again once ended', () => {
    const ended = accept(runningCircle(), { type: 'session.end' });
    expect(rejection(ended, { type: 'session.start' }).code).toBe('session_ended');
    expect(rejection(ended, { type: 'session.end' }).code).toBe('session_ended');
  });

  it.each([
    'phase.next',
    'phase.goTo',
    'timer.start',
    'floor.give',
    'round.start',
    'round.advance',
    'hand.raise',
    'turn.done',
    'question.submit',
    'questions.hold',
    'voice.sample',
  ] as const)('%s before the start is refused as session_not_running', (type) => {
    const actor = commandAuthority(type) === 'system' ? systemActor : facilitator;
    expect(rejection(seatedCircle(), example(type), actor).code).toBe('session_not_running');
  });

  it.each(['agenda.updatePhases', 'queue.setPolicy', 'seating.set', 'presenter.set', 'facilitatorMaySpeak.set', 'role.handOver'] as const)(
    '%s is part of preparing and works before the start',
    (type) => {
      const state = seatedCircle();
      expect(reduce(state, example(type), facilitator, state.clock + 1_000).ok).toBe(true);
    },
  );

  it('ends from any phase: floor closed, round and hands gone, timers frozen', () => {
    const state = runningCircle();
    const ended = accept(state, { type: 'session.end' }, facilitator, state.clock + 30_000);
    expect(ended).toMatchObject({ status: 'ended', currentPhaseIndex: null, round: null, floor: { holderId: null } });
    expect(ended.phaseTimer).toMatchObject({ runningSince: null, accumulatedMs: 30_000 });
    expect(ended.ledger[secondMemberId]?.floorMs ?? 0).toBeGreaterThanOrEqual(0);
  });

  it('can be ended before it started', () => {
    expect(accept(seatedCircle(), { type: 'session.end' }).status).toBe('ended');
  });

  it('refuses to start an agenda without phases', () => {
    const state = { ...seatedCircle(), agenda: { templateId: null, phases: [] } };
    expect(rejection(state, { type: 'session.start' }).code).toBe('conflict');
  });
});

describe('version and clock', () => {
  it('bumps the version by one and moves the clock to now on every accepted command', () => {
    const state = runningCircle();
    const next = accept(state, { type: 'phase.next' }, facilitator, state.clock + 5_000);
    expect(next.version).toBe(state.version + 1);
    expect(next.clock).toBe(state.clock + 5_000);
  });

  it('treats a now earlier than the clock as the clock', () => {
    const state = runningCircle();
    const next = accept(state, { type: 'phase.next' }, facilitator, state.clock - 60_000);
    expect(next.clock).toBe(state.clock);
    expect(next.phaseTimer.runningSince).toBe(state.clock);
  });

  it('treats a non-finite now as the clock', () => {
    const state = runningCircle();
    expect(accept(state, { type: 'phase.next' }, facilitator, Number.NaN).clock).toBe(state.clock);
  });

  it('leaves the state untouched on rejection', () => {
    const state = deepFreeze(runningCircle());
    const snapshot = structuredClone(state);
    expect(reduce(state, { type: 'round.setOrder', order: ['nobody'] }, facilitator, state.clock + 1).ok).toBe(false);
    expect(state).toEqual(snapshot);
  });

  it('never mutates its input, even for commands that touch every area', () => {
    let state = deepFreeze(runningCircle());
    const steps: CircleCommandInput[] = [
      { type: 'turn.done' },
      { type: 'round.passFor' },
      { type: 'phase.goTo', phaseIndex: 2 },
      { type: 'hand.raise' },
      { type: 'floor.giveNextInQueue' },
      { type: 'question.submit', text: 'What is at stake?', anonymous: true },
      { type: 'questions.release', questionId: 'q1' },
      { type: 'timer.pause', timer: 'phase' },
      { type: 'voice.sample', samples: [{ participantId: secondMemberId, voiceMs: 100 }] },
      { type: 'session.end' },
    ];
    for (const command of steps) {
      const actor = command.type === 'voice.sample' ? systemActor : command.type === 'turn.done' || command.type === 'hand.raise' ? member : facilitator;
      const result = reduce(state, command, actor, state.clock + 1_000);
      if (result.ok) state = deepFreeze(result.state);
    }
    expect(state.status).toBe('ended');
  });
});

describe('payload validation', () => {
  it.each([
    [{ type: 'session.explode' }],
    [{ type: 'phase.goTo', phaseIndex: -1 }],
    [{ type: 'phase.goTo', phaseIndex: 1.5 }],
    [{ type: 'floor.give', participantId: 'x'.repeat(65) }],
    [{ type: 'floor.give', participantId: '' }],
    [{ type: 'seating.set', order: Array.from({ length: 65 }, (_, i) => `mem-${i}`) }],
    [{ type: 'round.start', orderMode: 'custom' }],
    [{ type: 'round.start', orderMode: 'seating', order: ['mem-bo'] }],
    [{ type: 'timer.extend', timer: 'phase', ms: 0 }],
    [{ type: 'timer.extend', timer: 'lunch', ms: 60_000 }],
    [{ type: 'questions.merge', sourceIds: ['q1'], targetId: 'q1' }],
    [{ type: 'questions.merge', sourceIds: [], targetId: 'q1' }],
    [{ type: 'agenda.updatePhases', phases: [] }],
    [null],
    ['phase.next'],
  ])('refuses %j as invalid_payload', (command) => {
    expect(rejection(runningCircle(), command as CircleCommandInput).code).toBe('invalid_payload');
  });

  it.each([
    ['empty', '   '],
    ['too long', 'x'.repeat(501)],
  ])('refuses a question text that is %s', (_label, text) => {
    expect(rejection(runningCircle(), { type: 'question.submit', text, anonymous: false }, member).code).toBe('invalid_payload');
  });

  it('explains what is wrong in a human message', () => {
    const error = rejection(runningCircle(), { type: 'round.start', orderMode: 'custom' });
    expect(error.message).toMatch(/custom order/);
  });
});
