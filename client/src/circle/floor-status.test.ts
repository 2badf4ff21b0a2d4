import { describe, expect, it } from 'vitest';
import { describeFloor, turnOptions } from './floor-status';
import { act, ada, bo, circleInPhase, cy, di, maya, runningCircle, seatedCircle, viewAs } from './test-circle';

describe('describeFloor', () => {
  it('waits for the facilitator before the start', () => {
    expect(describeFloor(viewAs(seatedCircle(), bo)).sentence).toBe('Waiting for the facilitator to start');
  });

  it('tells the speaker in a round that it is their turn, and everyone else who holds the floor', () => {
    const state = runningCircle('council');
    expect(describeFloor(viewAs(state, maya))).toEqual({ sentence: "It's your turn to speak", tone: 'speaking' });
    expect(describeFloor(viewAs(state, bo)).sentence).toBe('You are listening — Maya holds the floor');
    expect(describeFloor(viewAs(state, ada)).sentence).toBe('You are listening — Maya holds the floor');
  });

  it('says when the round is complete', () => {
    let state = runningCircle('council');
    for (const speaker of [maya, bo, cy, di]) state = act(state, { type: 'turn.done' }, speaker);
    expect(describeFloor(viewAs(state, bo)).sentence).toBe('The round is complete — waiting for the facilitator');
  });

  it('describes open, silent and free-floor phases', () => {
    expect(describeFloor(viewAs(circleInPhase('break'), bo)).sentence).toBe('Open conversation — everyone may speak');
    expect(describeFloor(viewAs(circleInPhase('silence', 'council'), bo)).sentence).toBe('Silence');
    const questions = circleInPhase('curious-questions');
    expect(describeFloor(viewAs(questions, bo)).sentence).toBe('The floor is free — raise your hand to speak');
    expect(describeFloor(viewAs(questions, ada)).sentence).toBe('The floor is free — give it to the next hand');
  });

  it('does not invite hands while the presenter holds the floor', () => {
    const dilemma = act(circleInPhase('dilemma'), { type: 'turn.done' }, maya);
    expect(describeFloor(viewAs(dilemma, bo)).sentence).toBe('The floor is free — waiting for the facilitator');
  });

  it('says the session has ended', () => {
    const ended = act(runningCircle(), { type: 'session.end' });
    expect(describeFloor(viewAs(ended, bo))).toEqual({ sentence: 'The session has ended', tone: 'ended' });
  });
});

describe('turnOptions', () => {
  it('offers pass and done to the speaker in a round only, and marks the come-back turn', () => {
    let state = runningCircle('council');
    expect(turnOptions(viewAs(state, maya)).roundTurn).toEqual({ comeBack: false });
    expect(turnOptions(viewAs(state, bo)).roundTurn).toBeNull();
    state = act(state, { type: 'turn.pass' }, maya);
    for (const speaker of [bo, cy, di]) state = act(state, { type: 'turn.done' }, speaker);
    expect(turnOptions(viewAs(state, maya)).roundTurn).toEqual({ comeBack: true });
  });

  it('offers a hand in queue phases with the place in the queue', () => {
    let state = circleInPhase('curious-questions');
    expect(turnOptions(viewAs(state, bo)).hand).toMatchObject({ raised: false, defaultType: 'clarifying' });
    state = act(state, { type: 'hand.raise' }, cy);
    state = act(state, { type: 'hand.raise' }, bo);
    expect(turnOptions(viewAs(state, bo)).hand).toEqual({ raised: true, handType: 'clarifying', queued: { position: 2, queueLength: 2 } });
    expect(turnOptions(viewAs(runningCircle('council'), bo)).hand).toBeNull();
  });

  it.each([
    ['check-in', 'check-in'],
    ['the dilemma, where everyone listens to the presenter', 'dilemma'],
    ['the presenter responding', 'response'],
    ['the closing round', 'closing'],
  ])('offers no hand in %s', (_label, phaseId) => {
    expect(turnOptions(viewAs(circleInPhase(phaseId), bo)).hand).toBeNull();
  });

  it('offers no hand to the facilitator, who gives the floor', () => {
    expect(turnOptions(viewAs(circleInPhase('curious-questions'), ada)).hand).toBeNull();
  });

  it('lets the holder of a queue floor hand it back instead of raising a hand', () => {
    const state = act(circleInPhase('curious-questions'), { type: 'floor.give', participantId: bo });
    expect(turnOptions(viewAs(state, bo))).toEqual({ roundTurn: null, holdsQueueFloor: true, hand: null });
  });
});
