import { describe, expect, it } from 'vitest';
import { handsInCallOrder } from './hand-order';
import { act, ada, bo, circleInPhase, cy, di, viewAs } from './test-circle';

/** Di speaks longest, then Bo briefly; then Di, Cy and Bo raise their hands in that order. */
function handsAfterSomeTalk() {
  let state = circleInPhase('clarifying-questions');
  state = act(state, { type: 'floor.give', participantId: di });
  state = act(state, { type: 'floor.give', participantId: bo }, ada, state.clock + 90_000);
  state = act(state, { type: 'floor.clear' }, ada, state.clock + 20_000);
  for (const who of [di, cy, bo]) state = act(state, { type: 'hand.raise' }, who);
  return state;
}

const ids = (hands: { participantId: string }[]) => hands.map((hand) => hand.participantId);

describe('handsInCallOrder', () => {
  it.each(['first-come', 'least-heard-first'] as const)('orders %s exactly as the server will', (policy) => {
    const state = act(handsAfterSomeTalk(), { type: 'queue.setPolicy', policy });
    const before = viewAs(act(handsAfterSomeTalk(), { type: 'queue.setPolicy', policy: policy === 'first-come' ? 'least-heard-first' : 'first-come' }), ada);
    expect(ids(handsInCallOrder(before, policy))).toEqual(ids(viewAs(state, ada).handQueue.raised));
  });

  it('puts the least heard first under that policy', () => {
    expect(ids(handsInCallOrder(viewAs(handsAfterSomeTalk(), ada), 'least-heard-first'))).toEqual([cy, bo, di]);
    expect(ids(handsInCallOrder(viewAs(handsAfterSomeTalk(), ada), 'first-come'))).toEqual([di, cy, bo]);
  });
});
