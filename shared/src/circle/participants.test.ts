import { describe, expect, it } from 'vitest';
import type { CircleCommandInput } from './commands';
import { reduce } from './reduce';
import type { CircleSession } from './session-state';
import {
  accept,
  actorFor,
  facilitator,
  facilitatorId,
  fourthMemberId as ed,
  join,
  memberIds,
  presenterId as bo,
  runningCircle,
  seatedCircle,
  secondMemberId as cy,
  systemActor,
  thirdMemberId as di,
} from './test-fixtures';

function rejectionCode(state: CircleSession, command: CircleCommandInput, actor = facilitator) {
  const result = reduce(state, command, actor, state.clock + 1_000);
  return result.ok ? 'accepted' : result.error.code;
}

describe('joining', () => {
  it('seats newcomers in join order with an empty ledger entry', () => {
    const state = seatedCircle();
    expect(state.seating).toEqual([facilitatorId, ...memberIds]);
    expect(state.participants[cy]).toEqual({
      participantId: cy,
      displayName: 'CY',
      role: 'member',
      presence: 'present',
      mic: false,
      camera: false,
      joinedAt: state.participants[cy]?.joinedAt,
    });
    expect(state.ledger[cy]).toEqual({ floorMs: 0, voiceMs: 0, turns: 0 });
  });

  it('seats a member whose stored name has bidirectional controls, without them (names refuse them since)', () => {
    const state = accept(seatedCircle(), { type: 'participant.join', participantId: 'member-ann', displayName: 'Ann\u202eeb\u2069', role: 'member' }, systemActor);
    expect(state.participants['member-ann']?.displayName).toBe('Anneb');
  });

  it('marks a returning participant present and keeps their seat and current role', () => {
    let state = accept(runningCircle(), { type: 'role.handOver', participantId: cy });
    state = accept(state, { type: 'participant.presence', participantId: facilitatorId, presence: 'left' }, systemActor);
    state = accept(state, { type: 'participant.join', participantId: facilitatorId, displayName: 'Ada L.', role: 'facilitator' }, systemActor);
    expect(state.participants[facilitatorId]).toMatchObject({ presence: 'present', role: 'member', displayName: 'Ada L.' });
    expect(state.seating).toEqual([facilitatorId, ...memberIds]);
  });

  it('refuses a 65th participant', () => {
    let state = seatedCircle();
    for (let i = state.seating.length; i < 64; i += 1) state = join(state, `mem-${i}`);
    expect(rejectionCode(state, { type: 'participant.join', participantId: 'mem-late', displayName: 'Late', role: 'member' }, systemActor)).toBe('conflict');
  });

  it.each<[CircleCommandInput]>([
    [{ type: 'participant.presence', participantId: 'mem-ghost', presence: 'away' }],
    [{ type: 'participant.media', participantId: 'mem-ghost', mic: true, camera: false }],
    [{ type: 'voice.sample', samples: [{ participantId: cy, voiceMs: 10 }, { participantId: 'mem-ghost', voiceMs: 10 }] }],
  ])('refuses %j about an unknown participant as a whole', (command) => {
    expect(rejectionCode(runningCircle(), command, systemActor)).toBe('not_found');
  });
});

describe('presence, media and voice', () => {
  it('records mic and camera state', () => {
    const state = accept(runningCircle(), { type: 'participant.media', participantId: cy, mic: true, camera: false }, systemActor);
    expect(state.participants[cy]).toMatchObject({ mic: true, camera: false });
  });

  it('adds voice samples to the ledger, summing repeats', () => {
    const state = accept(
      runningCircle(),
      { type: 'voice.sample', samples: [{ participantId: cy, voiceMs: 1_500 }, { participantId: di, voiceMs: 700 }, { participantId: cy, voiceMs: 500 }] },
      systemActor,
    );
    expect(state.ledger[cy]?.voiceMs).toBe(2_000);
    expect(state.ledger[di]?.voiceMs).toBe(700);
  });
});

describe('seating', () => {
  it('puts the listed participants first and keeps the rest in place', () => {
    const state = accept(seatedCircle(), { type: 'seating.set', order: [ed, bo] });
    expect(state.seating).toEqual([ed, bo, facilitatorId, cy, di]);
  });

  it.each<[string[], string]>([
    [[cy, cy], 'invalid_payload'],
    [['mem-ghost'], 'not_found'],
  ])('refuses %j', (order, code) => {
    expect(rejectionCode(seatedCircle(), { type: 'seating.set', order })).toBe(code);
  });
});

describe('presenter', () => {
  it('is chosen, changed and cleared by the facilitator', () => {
    let state = seatedCircle();
    expect(state.presenterId).toBe(bo);
    state = accept(state, { type: 'presenter.set', participantId: cy });
    expect(state.presenterId).toBe(cy);
    expect(accept(state, { type: 'presenter.set', participantId: null }).presenterId).toBeNull();
  });

  it('must be in the circle', () => {
    expect(rejectionCode(seatedCircle(), { type: 'presenter.set', participantId: 'mem-ghost' })).toBe('not_found');
  });
});

describe('role handover', () => {
  it('makes the target facilitator and the actor a member', () => {
    const state = accept(runningCircle(), { type: 'role.handOver', participantId: cy });
    expect(state.participants[cy]?.role).toBe('facilitator');
    expect(state.participants[facilitatorId]?.role).toBe('member');
  });

  it('works between co-facilitators only towards members', () => {
    let state = join(seatedCircle(), 'fac-gus', 'facilitator');
    expect(rejectionCode(state, { type: 'role.handOver', participantId: 'fac-gus' })).toBe('conflict');
    state = accept(state, { type: 'role.handOver', participantId: cy }, actorFor('fac-gus'));
    expect([state.participants['fac-gus']?.role, state.participants[facilitatorId]?.role, state.participants[cy]?.role]).toEqual([
      'member',
      'facilitator',
      'facilitator',
    ]);
  });

  it.each<[string, (state: CircleSession) => CircleSession, string, string]>([
    ['to oneself', (s) => s, facilitatorId, 'conflict'],
    ['to an unknown participant', (s) => s, 'mem-ghost', 'not_found'],
    ['to someone away', (s) => accept(s, { type: 'participant.presence', participantId: cy, presence: 'away' }, systemActor), cy, 'conflict'],
  ])('is refused %s', (_label, arrange, participantId, code) => {
    expect(rejectionCode(arrange(runningCircle()), { type: 'role.handOver', participantId })).toBe(code);
  });
});
