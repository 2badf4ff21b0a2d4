import { reduce } from '@peercircle/shared';
import { describe, expect, it } from 'vitest';
import { floorAction, floorLine } from './console-strip';
import { act, ada, bo, circleInPhase, cy, di, maya, runningCircle, seatedCircle, viewAs } from './test-circle';

describe('the console strip', () => {
  it('moves a round on, naming who comes next', () => {
    const state = runningCircle('council');
    expect(floorAction(viewAs(state, ada))).toEqual({ kind: 'next-speaker', upNext: 'Bo' });
    expect(floorLine(viewAs(state, ada))).toBe('Maya is speaking · turn 1 of 4');
    let last = state;
    for (const speaker of [maya, bo, cy]) last = act(last, { type: 'turn.done' }, speaker);
    expect(floorAction(viewAs(last, ada))).toEqual({ kind: 'next-speaker', upNext: null });
    const complete = act(last, { type: 'turn.done' }, di);
    expect(floorAction(viewAs(complete, ada))).toEqual({ kind: 'none' });
    expect(floorLine(viewAs(complete, ada))).toBe('The round is complete');
  });

  it('calls the next raised hand of someone present in a queue', () => {
    let state = circleInPhase('clarifying-questions');
    expect(floorAction(viewAs(state, ada))).toEqual({ kind: 'next-hand', next: null, hands: 0 });
    expect(floorLine(viewAs(state, ada))).toBe('The floor is free');
    state = act(state, { type: 'hand.raise' }, cy);
    state = act(state, { type: 'hand.raise' }, bo);
    const away = reduce(state, { type: 'participant.presence', participantId: cy, presence: 'away' }, { kind: 'system' }, state.clock);
    if (!away.ok) throw away.error;
    state = away.state;
    expect(floorAction(viewAs(state, ada))).toEqual({ kind: 'next-hand', next: 'Bo', hands: 2 });
    state = act(state, { type: 'floor.give', participantId: di });
    expect(floorLine(viewAs(state, ada))).toBe('Di holds the floor');
  });

  it('offers no floor move in open and silent phases, or outside a running session', () => {
    for (const state of [circleInPhase('break'), circleInPhase('silence', 'council'), seatedCircle()]) {
      expect(floorAction(viewAs(state, ada))).toEqual({ kind: 'none' });
    }
    expect(floorLine(viewAs(circleInPhase('break'), ada))).toBe('Open conversation: nobody needs the floor');
    expect(floorLine(viewAs(seatedCircle(), ada))).toBe('Not started yet');
  });
});
