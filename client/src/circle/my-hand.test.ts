import { describe, expect, it } from 'vitest';
import { describeHand, handJoinedQueueNews, myHand, waitingForText, type HandState } from './my-hand';
import { act, ada, bo, circleInPhase, cy, di, viewAs } from './test-circle';

const clarifying = () => circleInPhase('clarifying-questions');
const toPhase = (phaseId: string) => (state: ReturnType<typeof clarifying>) => {
  const phaseIndex = state.agenda.phases.findIndex((phase) => phase.phaseId === phaseId);
  return act(state, { type: 'phase.goTo', phaseIndex });
};

describe('myHand', () => {
  it('offers every type, saying which wait and for what', () => {
    const hand = myHand(viewAs(clarifying(), bo), true);
    expect(hand).toMatchObject({ raised: false, defaultType: 'clarifying' });
    expect(hand?.raised === false && hand.choices.map((choice) => [choice.handType, choice.admittedNow, choice.waitingFor])).toEqual([
      ['clarifying', true, null],
      ['experience', false, 'reflections'],
      ['reply', false, 'reflections'],
      ['process', true, null],
    ]);
  });

  it('shows a waiting hand to its owner through phases without hands, and in the queue once called for', () => {
    let state = act(clarifying(), { type: 'hand.raise', handType: 'experience' }, di);
    expect(myHand(viewAs(state, di), true)).toEqual({ raised: true, handType: 'experience', waitingFor: 'reflections' });
    state = toPhase('break')(state);
    expect(myHand(viewAs(state, di), false)).toEqual({ raised: true, handType: 'experience', waitingFor: 'reflections' });
    const before = viewAs(state, di);
    state = toPhase('reflections')(state);
    // Bo opens the reflections round; Di's turn comes later, so the hand is in the queue meanwhile.
    expect(myHand(viewAs(state, di), false)).toMatchObject({ raised: true, handType: 'experience', queued: { position: 1 } });
    expect(handJoinedQueueNews(before, viewAs(state, di))).toBe('Your experience share is now in the queue');
    expect(handJoinedQueueNews(viewAs(toPhase('break')(clarifying()), cy), viewAs(state, cy))).toBeNull();
  });

  it('gives facilitators no hand', () => {
    expect(myHand(viewAs(clarifying(), ada), true)).toBeNull();
  });
});

describe('describeHand', () => {
  it.each<[HandState, string]>([
    [{ raised: true, handType: 'clarifying', queued: { position: 1, queueLength: 3 } }, 'Your clarifying question is raised — you are next in the queue'],
    [{ raised: true, handType: 'process', queued: { position: 2, queueLength: 3 } }, 'Your process point is raised — you are 2nd of 3 in the queue'],
    [{ raised: true, handType: 'reply', queued: { position: 12, queueLength: 13 } }, 'Your reply to the current speaker is raised — you are 12th of 13 in the queue'],
    [{ raised: true, handType: 'experience', waitingFor: 'reflections' }, 'Your experience share is waiting for reflections: it joins the queue then'],
    [{ raised: true, handType: 'experience', waitingFor: null }, 'Your experience share is waiting, but no later phase calls it — lower it if it no longer fits'],
  ])('%j', (hand, sentence) => {
    expect(describeHand(hand)).toBe(sentence);
  });

  it('names the phase a hand waits for', () => {
    expect(waitingForText('clarifying-questions')).toBe('waiting for clarifying questions');
  });
});
