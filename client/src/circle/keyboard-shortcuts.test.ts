import { describe, expect, it } from 'vitest';
import { circleShortcut } from './keyboard-shortcuts';
import { act, ada, bo, circleInPhase, cy, maya, runningCircle, seatedCircle, viewAs } from './test-circle';

describe('circleShortcut', () => {
  it('raises and lowers your hand with H in queue phases', () => {
    let state = circleInPhase('curious-questions');
    expect(circleShortcut('h', false, viewAs(state, bo))).toEqual({ command: { type: 'hand.raise' } });
    state = act(state, { type: 'hand.raise' }, bo);
    expect(circleShortcut('H', false, viewAs(state, bo))).toEqual({ command: { type: 'hand.lower' } });
    expect(circleShortcut('h', false, viewAs(runningCircle(), bo))).toHaveProperty('unavailable');
  });

  it('passes or finishes your own round turn with P and D, and only yours', () => {
    const state = runningCircle();
    expect(circleShortcut('p', false, viewAs(state, maya))).toEqual({ command: { type: 'turn.pass' } });
    expect(circleShortcut('d', false, viewAs(state, maya))).toEqual({ command: { type: 'turn.done' } });
    expect(circleShortcut('p', false, viewAs(state, bo))).toHaveProperty('unavailable');
    expect(circleShortcut('d', false, viewAs(state, bo))).toHaveProperty('unavailable');
  });

  it('hands a queue floor back with D', () => {
    const state = act(circleInPhase('curious-questions'), { type: 'floor.give', participantId: cy });
    expect(circleShortcut('d', false, viewAs(state, cy))).toEqual({ command: { type: 'turn.done' } });
  });

  it('gives facilitators N for the next speaker or hand, and Shift+N for the next phase', () => {
    expect(circleShortcut('n', false, viewAs(runningCircle(), ada))).toEqual({ command: { type: 'round.advance' } });
    const queue = act(circleInPhase('curious-questions'), { type: 'hand.raise' }, bo);
    expect(circleShortcut('n', false, viewAs(queue, ada))).toEqual({ command: { type: 'floor.giveNextInQueue' } });
    expect(circleShortcut('n', false, viewAs(circleInPhase('curious-questions'), ada))).toEqual({
      unavailable: 'Nobody has a hand raised',
    });
    expect(circleShortcut('N', true, viewAs(runningCircle(), ada))).toEqual({ command: { type: 'phase.next' } });
    expect(circleShortcut('N', true, viewAs(seatedCircle(), ada))).toHaveProperty('unavailable');
  });

  it('leaves N alone for members and ignores other keys', () => {
    expect(circleShortcut('n', false, viewAs(runningCircle(), bo))).toBeNull();
    expect(circleShortcut('x', false, viewAs(runningCircle(), ada))).toBeNull();
  });
});
