import { describe, expect, it } from 'vitest';
import type { CircleCommandInput } from './commands';
import { reduce, type Actor } from './reduce';
import { currentSpeakerId, nextSpeakerId } from './round';
import { seededShuffle } from './random-order';
import type { CircleSession } from './session-state';
import {
  accept,
  actorFor,
  circleInPhase,
  facilitator,
  facilitatorId,
  fourthMemberId as ed,
  join,
  presenterId as bo,
  runningCircle,
  secondMemberId as cy,
  systemActor,
  thirdMemberId as di,
} from './test-fixtures';

type Step = [actor: 'facilitator' | string, command: CircleCommandInput];

function play(state: CircleSession, steps: Step[]): CircleSession {
  return steps.reduce(
    (current, [who, command]) => accept(current, command, who === 'facilitator' ? facilitator : actorFor(who)),
    state,
  );
}

const done = (who: string): Step => [who, { type: 'turn.done' }];
const pass = (who: string): Step => [who, { type: 'turn.pass' }];
const advance: Step = ['facilitator', { type: 'round.advance' }];
const passFor: Step = ['facilitator', { type: 'round.passFor' }];

function away(state: CircleSession, participantId: string, presence: 'away' | 'left' | 'present' = 'away') {
  return accept(state, { type: 'participant.presence', participantId, presence }, systemActor);
}

function rejectionCode(state: CircleSession, command: CircleCommandInput, actor: Actor = facilitator) {
  const result = reduce(state, command, actor, state.clock + 1_000);
  return result.ok ? 'accepted' : result.error.code;
}

describe('entering a round phase', () => {
  it('starts a round in seating order with present members only, and gives the first the floor', () => {
    const state = runningCircle();
    expect(state.round).toMatchObject({ order: [bo, cy, di, ed], orderMode: 'seating', position: 0, status: 'active' });
    expect(state.floor).toEqual({ holderId: bo, since: state.clock });
    expect(state.speakerTimer).toMatchObject({ durationMs: 120_000, runningSince: state.clock });
    expect(state.ledger[bo]?.turns).toBe(1);
  });

  it('leaves out members who are away and a presenter who listens', () => {
    let state = away(runningCircle(), di);
    state = accept(state, { type: 'phase.goTo', phaseIndex: 5 }); // reflections: presenter listens
    expect(state.round?.order).toEqual([cy, ed]);
    expect(state.floor.holderId).toBe(cy);
  });

  it('follows an edited seating', () => {
    let state = accept(runningCircle(), { type: 'seating.set', order: [ed, di] });
    state = accept(state, { type: 'round.start', orderMode: 'seating' });
    expect(state.round?.order).toEqual([ed, di, bo, cy]);
  });

  it('completes at once when nobody can speak', () => {
    let state = runningCircle();
    for (const id of [cy, di, ed]) state = away(state, id, 'left');
    state = accept(state, { type: 'phase.goTo', phaseIndex: 5 });
    expect(state.round).toMatchObject({ order: [], status: 'complete' });
    expect(state.floor.holderId).toBeNull();
  });
});

describe('moving through a round', () => {
  it.each<[string, Step[], { spoken: string[]; holder: string | null; status: 'active' | 'complete'; deferred?: string[] }]>([
    ['"I\'m done" hands over to the next speaker', [done(bo)], { spoken: [bo], holder: cy, status: 'active' }],
    ['the facilitator advances', [advance, advance], { spoken: [bo, cy], holder: di, status: 'active' }],
    ['the last speaker completes the round and clears the floor', [done(bo), done(cy), done(di), done(ed)], { spoken: [bo, cy, di, ed], holder: null, status: 'complete' }],
    ['a first pass defers the speaker', [pass(bo)], { spoken: [], holder: cy, status: 'active', deferred: [bo] }],
    ['a deferred speaker comes back after the others', [pass(bo), done(cy), done(di), done(ed)], { spoken: [cy, di, ed], holder: bo, status: 'active', deferred: [bo] }],
    ['speaking on the come-back completes the round', [pass(bo), done(cy), done(di), done(ed), done(bo)], { spoken: [cy, di, ed, bo], holder: null, status: 'complete', deferred: [] }],
    ['passing again on the come-back is final', [pass(bo), done(cy), done(di), done(ed), pass(bo)], { spoken: [cy, di, ed], holder: null, status: 'complete', deferred: [] }],
    ['come-backs follow the order of passing', [pass(bo), pass(cy), done(di), done(ed), done(bo)], { spoken: [di, ed, bo], holder: cy, status: 'active', deferred: [cy] }],
    ['the facilitator passes for a speaker who dropped', [passFor], { spoken: [], holder: cy, status: 'active', deferred: [bo] }],
    ['a lone last speaker who passes comes straight back', [done(bo), done(cy), done(di), pass(ed)], { spoken: [bo, cy, di], holder: ed, status: 'active', deferred: [ed] }],
  ])('%s', (_label, steps, expected) => {
    const state = play(runningCircle(), steps);
    expect(state.round?.spoken).toEqual(expected.spoken);
    expect(state.floor.holderId).toBe(expected.holder);
    expect(currentSpeakerId(state.round)).toBe(expected.holder);
    expect(state.round?.status).toBe(expected.status);
    if (expected.deferred) expect(state.round?.deferred).toEqual(expected.deferred);
  });

  it('records a final pass and gives a come-back turn its own floor grant', () => {
    const state = play(runningCircle(), [pass(bo), done(cy), done(di), done(ed), pass(bo)]);
    expect(state.round?.passes).toEqual({ [bo]: 2 });
    expect(state.round?.order).toEqual([bo, cy, di, ed, bo]);
    expect(state.ledger[bo]?.turns).toBe(2);
  });

  it('restarts the speaker timer for every turn', () => {
    const state = runningCircle();
    const next = accept(state, { type: 'turn.done' }, actorFor(bo), state.clock + 90_000);
    expect(next.speakerTimer).toMatchObject({ durationMs: 120_000, accumulatedMs: 0, runningSince: next.clock });
    expect(next.ledger[bo]?.floorMs).toBe(90_000);
  });

  it('skips speakers who are away when their turn comes', () => {
    let state = away(runningCircle(), di);
    state = play(state, [done(bo), done(cy)]);
    expect(state.floor.holderId).toBe(ed);
    expect(state.round?.skipped).toEqual([di]);
  });

  it('skips a deferred speaker who has gone by their come-back', () => {
    let state = play(runningCircle(), [pass(bo), done(cy)]);
    state = away(state, bo, 'left');
    state = play(state, [done(di), done(ed)]);
    expect(state.round).toMatchObject({ status: 'complete', skipped: [bo], deferred: [] });
    expect(state.floor.holderId).toBeNull();
  });

  it('keeps the floor with a speaker who drops mid-turn until the facilitator moves on', () => {
    const state = away(runningCircle(), bo);
    expect(state.floor.holderId).toBe(bo);
    expect(accept(state, { type: 'round.passFor' }).floor.holderId).toBe(cy);
  });
});

describe('round commands out of place', () => {
  it.each<[string, CircleCommandInput, string, string]>([
    ['turn.pass from someone waiting', { type: 'turn.pass' }, cy, 'not_your_turn'],
    ['turn.done from someone waiting', { type: 'turn.done' }, di, 'not_your_turn'],
    ['turn.done from the facilitator', { type: 'turn.done' }, facilitatorId, 'not_your_turn'],
    ['floor.give in a round', { type: 'floor.give', participantId: cy }, facilitatorId, 'wrong_phase'],
    ['floor.clear in a round', { type: 'floor.clear' }, facilitatorId, 'wrong_phase'],
    ['hand.raise in a round', { type: 'hand.raise' }, cy, 'wrong_phase'],
  ])('%s is refused', (_label, command, who, code) => {
    expect(rejectionCode(runningCircle(), command, actorFor(who))).toBe(code);
  });

  it.each<[CircleCommandInput, string]>([
    [{ type: 'round.advance' }, 'wrong_phase'],
    [{ type: 'round.passFor' }, 'wrong_phase'],
    [{ type: 'round.start', orderMode: 'seating' }, 'wrong_phase'],
    [{ type: 'round.setOrder', order: [cy] }, 'wrong_phase'],
  ])('%j outside a round phase is refused', (command, code) => {
    expect(rejectionCode(circleInPhase('clarifying-questions'), command)).toBe(code);
  });

  it.each<[string, CircleCommandInput]>([
    ['turn.pass', { type: 'turn.pass' }],
    ['turn.done', { type: 'turn.done' }],
  ])('%s is refused where nobody takes turns', (_label, command) => {
    expect(rejectionCode(circleInPhase('break'), command, actorFor(cy))).toBe('wrong_phase');
  });

  it('refuses to move a complete round', () => {
    const state = play(runningCircle(), [done(bo), done(cy), done(di), done(ed)]);
    expect(rejectionCode(state, { type: 'round.advance' })).toBe('conflict');
    expect(rejectionCode(state, { type: 'round.passFor' })).toBe('conflict');
    expect(rejectionCode(state, { type: 'turn.pass' }, actorFor(ed))).toBe('conflict');
    expect(rejectionCode(state, { type: 'round.setOrder', order: [] })).toBe('conflict');
  });
});

describe('round.start', () => {
  it('restarts the round, crediting the interrupted turn', () => {
    const state = play(runningCircle(), [done(bo)]);
    const restarted = accept(state, { type: 'round.start', orderMode: 'seating' }, facilitator, state.clock + 10_000);
    expect(restarted.round).toMatchObject({ position: 0, spoken: [], order: [bo, cy, di, ed] });
    expect(restarted.ledger[cy]?.floorMs).toBe(10_000);
    expect(restarted.floor.holderId).toBe(bo);
  });

  it('takes a custom order that may include the facilitator', () => {
    const state = accept(runningCircle(), { type: 'round.start', orderMode: 'custom', order: [facilitatorId, ed] });
    expect(state.round).toMatchObject({ order: [facilitatorId, ed], orderMode: 'custom' });
    expect(state.floor.holderId).toBe(facilitatorId);
    expect(accept(state, { type: 'turn.done' }).floor.holderId).toBe(ed);
  });

  it.each<[string[], string]>([
    [[cy, cy], 'invalid_payload'],
    [[cy, 'mem-nobody'], 'not_found'],
  ])('refuses the custom order %j', (order, code) => {
    expect(rejectionCode(runningCircle(), { type: 'round.start', orderMode: 'custom', order })).toBe(code);
  });

  it('draws a random order reproducibly from the session and version', () => {
    const state = runningCircle();
    const first = accept(state, { type: 'round.start', orderMode: 'random' });
    const again = accept(state, { type: 'round.start', orderMode: 'random' }, facilitator, state.clock + 99_000);
    expect(first.round?.orderMode).toBe('random');
    expect(first.round?.order).toEqual(again.round?.order);
    expect([...(first.round?.order ?? [])].sort()).toEqual([bo, cy, di, ed].sort());
  });

  it('draws different orders at different versions', () => {
    let state = runningCircle();
    const orders = new Set<string>();
    for (let i = 0; i < 12; i += 1) {
      state = accept(state, { type: 'round.start', orderMode: 'random' });
      orders.add(state.round?.order.join(',') ?? '');
    }
    expect(orders.size).toBeGreaterThan(3);
  });

  it('shuffles fairly enough: every position sees every speaker', () => {
    const seen = Array.from({ length: 4 }, () => new Set<string>());
    for (let seed = 0; seed < 200; seed += 1) {
      seededShuffle(['a', 'b', 'c', 'd'], seed).forEach((id, position) => seen[position]?.add(id));
    }
    expect(seen.map((ids) => ids.size)).toEqual([4, 4, 4, 4]);
  });
});

describe('round.setOrder', () => {
  it('reorders who comes after the current speaker', () => {
    const state = accept(runningCircle(), { type: 'round.setOrder', order: [ed, cy, di] });
    expect(state.round).toMatchObject({ order: [bo, ed, cy, di], orderMode: 'custom' });
    expect(state.floor.holderId).toBe(bo);
    expect(play(state, [done(bo)]).floor.holderId).toBe(ed);
  });

  it('adds a late joiner and drops someone left out', () => {
    let state = join(runningCircle(), 'mem-fay');
    state = accept(state, { type: 'round.setOrder', order: ['mem-fay', cy] });
    expect(state.round?.order).toEqual([bo, 'mem-fay', cy]);
  });

  it('keeps an owed come-back at the end unless placed elsewhere', () => {
    const state = play(runningCircle(), [pass(bo)]);
    expect(accept(state, { type: 'round.setOrder', order: [ed, di] }).round?.order).toEqual([bo, cy, ed, di, bo]);
    expect(accept(state, { type: 'round.setOrder', order: [bo, ed] }).round?.order).toEqual([bo, cy, bo, ed]);
  });

  it('does not give the current come-back speaker a second come-back', () => {
    const state = play(runningCircle(), [pass(bo), done(cy), done(di), done(ed)]);
    expect(state.floor.holderId).toBe(bo);
    expect(accept(state, { type: 'round.setOrder', order: [] }).round?.order).toEqual([bo, cy, di, ed, bo]);
  });

  it('brings back someone skipped while away', () => {
    let state = away(runningCircle(), cy);
    state = play(state, [done(bo)]);
    expect(state.round?.skipped).toEqual([cy]);
    state = away(state, cy, 'present');
    state = accept(state, { type: 'round.setOrder', order: [ed, cy] });
    expect(state.round?.skipped).toEqual([cy]);
    state = play(state, [done(di), done(ed), done(cy)]);
    expect(state.round).toMatchObject({ status: 'complete', spoken: [bo, di, ed, cy], skipped: [] });
  });

  it('still counts someone as skipped when brought back and then left out again', () => {
    let state = away(runningCircle(), cy);
    state = play(state, [done(bo)]);
    state = accept(state, { type: 'round.setOrder', order: [cy, ed] });
    state = accept(state, { type: 'round.setOrder', order: [ed] });
    state = play(state, [done(di), done(ed)]);
    expect(state.round).toMatchObject({ status: 'complete', spoken: [bo, di, ed], skipped: [cy] });
  });

  it.each<[string, Step[], string[]]>([
    ['the current speaker', [], [bo]],
    ['someone who spoke', [done(bo)], [bo]],
    [
      'someone who passed finally',
      [
        ['facilitator', { type: 'round.start', orderMode: 'custom', order: [cy, bo, di] }],
        pass(cy),
        ['facilitator', { type: 'round.setOrder', order: [cy, di] }],
        done(bo),
        pass(cy),
      ],
      [cy],
    ],
  ])('refuses to add %s again', (_label, steps, order) => {
    const state = play(runningCircle(), steps);
    expect(rejectionCode(state, { type: 'round.setOrder', order })).toBe('invalid_payload');
  });
});

describe('nextSpeakerId: who is next in the round, as everyone is shown', () => {
  const next = (state: CircleSession) => nextSpeakerId(state.round, state.participants);

  it.each<[string, (state: CircleSession) => CircleSession, string | null]>([
    ['the following turn', (state) => state, cy],
    ['after a few turns', (state) => play(state, [done(bo), done(cy)]), ed],
    ['skipping someone away, as the round will', (state) => away(state, cy), di],
    ['a come-back turn after a pass, at the end', (state) => play(state, [pass(bo), done(cy), done(di)]), bo],
    ['nobody after the last turn', (state) => play(state, [done(bo), done(cy), done(di)]), null],
    ['nobody once the round is complete', (state) => play(state, [done(bo), done(cy), done(di), done(ed)]), null],
    ['nobody outside a round', (state) => accept(state, { type: 'phase.goTo', phaseIndex: 2 }), null],
  ])('names %s', (_label, arrange, expected) => {
    expect(next(arrange(runningCircle()))).toBe(expected);
  });

  it('is who then gets the floor when the turn ends by speaking', () => {
    const state = away(play(runningCircle(), [pass(bo)]), di);
    expect(next(state)).toBe(ed);
    expect(play(state, [done(cy)]).floor.holderId).toBe(ed);
  });
});
