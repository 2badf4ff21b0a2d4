import { describe, expect, it } from 'vitest';
import { circleShortcut } from './keyboard-shortcuts';
import { act, ada, bo, circleInPhase, cy, di, maya, runningCircle, seatedCircle, viewAs } from './test-circle';

describe('circleShortcut', () => {
  it('raises and lowers your hand with H in queue phases', () => {
    let state = circleInPhase('curious-questions');
    expect(circleShortcut('h', false, viewAs(state, bo))).toEqual({ command: { type: 'hand.raise', handType: 'clarifying' } });
    state = act(state, { type: 'hand.raise' }, bo);
    expect(circleShortcut('H', false, viewAs(state, bo))).toEqual({ command: { type: 'hand.lower' } });
    expect(circleShortcut('h', false, viewAs(runningCircle(), bo))).toHaveProperty('unavailable');
  });

  it.each([
    ['clarifying questions', 'clarifying-questions', 'clarifying'],
    ['curious questions', 'curious-questions', 'clarifying'],
  ])('raises a hand with H for the first type %s call', (_name, phaseId, handType) => {
    expect(circleShortcut('h', false, viewAs(circleInPhase(phaseId), bo))).toEqual({ command: { type: 'hand.raise', handType } });
  });

  it('lowers a waiting hand with H, even in a phase without raised hands', () => {
    let state = act(circleInPhase('clarifying-questions'), { type: 'hand.raise', handType: 'experience' }, bo);
    state = act(state, { type: 'phase.next' });
    state = act(state, { type: 'phase.next' });
    expect(circleShortcut('h', false, viewAs(state, bo))).toEqual({ command: { type: 'hand.lower' } });
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

  it('leaves the facilitator keys alone for members and ignores other keys', () => {
    for (const key of ['n', 't', 'e', 'r', 'g', 'a']) expect(circleShortcut(key, false, viewAs(runningCircle(), bo))).toBeNull();
    expect(circleShortcut('x', false, viewAs(runningCircle(), ada))).toBeNull();
  });

  it('starts and pauses the speaker timer with T and the phase timer with Shift+T', () => {
    let state = runningCircle();
    expect(circleShortcut('t', false, viewAs(state, ada))).toMatchObject({ command: { type: 'timer.pause', timer: 'speaker' } });
    expect(circleShortcut('T', true, viewAs(state, ada))).toMatchObject({ command: { type: 'timer.pause', timer: 'phase' } });
    state = act(state, { type: 'timer.pause', timer: 'speaker' });
    expect(circleShortcut('t', false, viewAs(state, ada))).toMatchObject({ command: { type: 'timer.resume', timer: 'speaker' } });
    state = act(state, { type: 'timer.reset', timer: 'speaker' });
    expect(circleShortcut('t', false, viewAs(state, ada))).toMatchObject({ command: { type: 'timer.start', timer: 'speaker' } });
    // Clarifying questions have no time per turn: the speaker timer needs a minute first.
    expect(circleShortcut('t', false, viewAs(circleInPhase('clarifying-questions'), ada))).toHaveProperty('unavailable');
  });

  it('adds a minute to the speaker timer with E and to the phase timer with Shift+E', () => {
    expect(circleShortcut('e', false, viewAs(runningCircle(), ada))).toMatchObject({
      command: { type: 'timer.extend', timer: 'speaker', ms: 60_000 },
    });
    expect(circleShortcut('E', true, viewAs(runningCircle(), ada))).toMatchObject({
      command: { type: 'timer.extend', timer: 'phase', ms: 60_000 },
    });
    expect(circleShortcut('e', false, viewAs(seatedCircle(), ada))).toHaveProperty('unavailable');
  });

  it('releases the first waiting question in the facilitator order with R, passing held ones', () => {
    let state = circleInPhase('curious-questions');
    expect(circleShortcut('r', false, viewAs(state, ada))).toEqual({ unavailable: 'No questions waiting' });
    for (const [author, text] of [[bo, 'What is at stake?'], [cy, 'Who else decides?'], [di, 'What did you try?']] as const) {
      state = act(state, { type: 'question.submit', text, anonymous: false }, author);
    }
    state = act(state, { type: 'questions.hold', questionId: 'q1' });
    state = act(state, { type: 'questions.reorder', questionIds: ['q3', 'q1', 'q2'] });
    expect(circleShortcut('r', false, viewAs(state, ada))).toEqual({ command: { type: 'questions.release', questionId: 'q3' } });
  });

  it('moves focus to the floor chooser with G in queue phases only', () => {
    expect(circleShortcut('g', false, viewAs(circleInPhase('clarifying-questions'), ada))).toEqual({ focus: 'floor-chooser' });
    expect(circleShortcut('g', false, viewAs(runningCircle(), ada))).toHaveProperty('unavailable');
  });

  it('lets in whoever has waited longest with A, also before the start', () => {
    const waiting = [
      { memberId: 'm-2', displayName: 'Second', since: 2_000 },
      { memberId: 'm-1', displayName: 'First', since: 1_000 },
    ];
    expect(circleShortcut('a', false, viewAs(seatedCircle(), ada), waiting)).toEqual({ admit: waiting[1] });
    expect(circleShortcut('a', false, viewAs(runningCircle(), ada), [])).toEqual({ unavailable: 'Nobody is waiting in the lobby' });
  });

  it('gives the facilitator no hand to raise', () => {
    expect(circleShortcut('h', false, viewAs(circleInPhase('curious-questions'), ada))).toHaveProperty('unavailable');
  });
});
