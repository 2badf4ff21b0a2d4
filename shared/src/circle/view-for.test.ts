import { describe, expect, it } from 'vitest';
import type { CircleSession } from './session-state';
import {
  accept,
  actorFor,
  facilitator,
  circleInPhase,
  facilitatorId,
  fourthMemberId as ed,
  memberIds,
  presenterId as bo,
  secondMemberId as cy,
  thirdMemberId as di,
} from './test-fixtures';
import { viewFor } from './view-for';

const everyone = [facilitatorId, ...memberIds, 'observer-zed'];

function ask(state: CircleSession, author: string, text: string, anonymous: boolean): CircleSession {
  return accept(state, { type: 'question.submit', text, anonymous }, actorFor(author));
}

/** q1 anonymous by cy (held), q2 named by di, q3 anonymous by ed, q4 anonymous by di (withdrawn), in a curious phase. */
function moderatedQuestions(): CircleSession {
  let state = circleInPhase('curious-questions');
  state = ask(state, cy, 'Have you considered hiring?', true);
  state = ask(state, di, 'What keeps you up at night?', false);
  state = ask(state, ed, 'Who would miss this if it stopped?', true);
  state = ask(state, di, 'Why not quit?', true);
  state = accept(state, { type: 'questions.hold', questionId: 'q1' });
  return accept(state, { type: 'question.withdraw', questionId: 'q4' }, actorFor(di));
}

const questionIds = (viewerId: string, state = moderatedQuestions()) => viewFor(state, viewerId).questions.map((q) => q.questionId);

describe('viewFor: anonymous authors', () => {
  it.each(everyone)('never names an anonymous author to %s, anywhere in the view', (viewerId) => {
    const state = moderatedQuestions();
    const view = viewFor(state, viewerId);
    const serializedQuestions = JSON.stringify(view.questions);
    expect(serializedQuestions).not.toContain(cy);
    expect(serializedQuestions).not.toContain(ed);
    for (const question of view.questions) {
      expect('authorId' in question).toBe(!question.anonymous);
    }
    expect(serializedQuestions).toContain(`"authorId":"${di}"`);
  });

  it.each(everyone.filter((id) => id !== cy && id !== ed))(
    'gives %s the same view whoever wrote an anonymous question',
    (viewerId) => {
      const state = moderatedQuestions();
      const swapped: CircleSession = {
        ...state,
        questions: state.questions.map((q) => (q.questionId === 'q3' ? { ...q, authorId: cy } : q)),
      };
      expect(JSON.stringify(viewFor(swapped, viewerId))).toBe(JSON.stringify(viewFor(state, viewerId)));
    },
  );

  it('tells authors which questions are theirs', () => {
    const mine = (viewerId: string) => viewFor(moderatedQuestions(), viewerId).questions.filter((q) => q.mine).map((q) => q.questionId);
    expect(mine(cy)).toEqual(['q1']);
    expect(mine(di)).toEqual(['q2', 'q4']);
    expect(mine(ed)).toEqual(['q3']);
    expect(mine(facilitatorId)).toEqual([]);
  });

  it('names the author of a named question', () => {
    const q2 = viewFor(moderatedQuestions(), bo).questions.find((q) => q.questionId === 'q2');
    expect(q2).toMatchObject({ anonymous: false, authorId: di, authorName: 'DI' });
  });
});

describe('viewFor: held and withdrawn questions', () => {
  it.each<[string, string[]]>([
    [facilitatorId, ['q1', 'q2', 'q3', 'q4']],
    [bo, ['q2', 'q3']],
    [cy, ['q1', 'q2', 'q3']],
    [di, ['q2', 'q3', 'q4']],
    ['observer-zed', ['q2', 'q3']],
  ])('shows %s %j', (viewerId, expected) => {
    expect(questionIds(viewerId)).toEqual(expected);
  });

  it('shows the author their held question as pending, and the facilitator as held', () => {
    const status = (viewerId: string) => viewFor(moderatedQuestions(), viewerId).questions.find((q) => q.questionId === 'q1')?.status;
    expect(status(cy)).toBe('pending');
    expect(status(facilitatorId)).toBe('held');
  });

  it('shows a held question to everyone once released', () => {
    const state = accept(moderatedQuestions(), { type: 'questions.release', questionId: 'q1' });
    expect(questionIds(bo, state)).toEqual(['q1', 'q2', 'q3']);
  });

  it('lists questions in the facilitator\'s order', () => {
    const state = accept(moderatedQuestions(), { type: 'questions.reorder', questionIds: ['q3', 'q2'] });
    expect(questionIds(bo, state)).toEqual(['q3', 'q2']);
  });
});

describe('viewFor: advice flags and ledger', () => {
  it('shows advice flags to facilitators and to the author only', () => {
    const flag = (viewerId: string) => viewFor(moderatedQuestions(), viewerId).questions.find((q) => q.questionId === 'q1')?.adviceFlag;
    expect(flag(facilitatorId)?.looksLikeAdvice).toBe(true);
    expect(flag(cy)?.looksLikeAdvice).toBe(true);
    const releasedFlag = viewFor(accept(moderatedQuestions(), { type: 'questions.release', questionId: 'q1' }), bo).questions[0]?.adviceFlag;
    expect(releasedFlag).toBeNull();
  });

  it('shows facilitators the whole ledger and members their own entry', () => {
    const state = moderatedQuestions();
    expect(Object.keys(viewFor(state, facilitatorId).ledger).sort()).toEqual([facilitatorId, ...memberIds].sort());
    expect(Object.keys(viewFor(state, cy).ledger)).toEqual([cy]);
    expect(viewFor(state, 'observer-zed').ledger).toEqual({});
  });
});

describe('viewFor: the rest of the session', () => {
  it('carries the session, the viewer, the audible set and the hand queue in calling order', () => {
    let state = circleInPhase('clarifying-questions');
    state = accept(state, { type: 'hand.raise' }, actorFor(ed));
    state = accept(state, { type: 'hand.raise' }, actorFor(cy));
    state = accept(state, { type: 'floor.give', participantId: di });
    const view = viewFor(state, cy);
    expect(view).toMatchObject({
      viewerId: cy,
      viewerRole: 'member',
      sessionId: state.sessionId,
      version: state.version,
      clock: state.clock,
      status: 'running',
      currentPhaseIndex: 2,
      floor: { holderId: di },
      audible: [facilitatorId, di],
      presenterId: bo,
    });
    expect(view.handQueue.raised.map((hand) => hand.participantId)).toEqual([ed, cy]);
    expect(viewFor(state, facilitatorId).viewerRole).toBe('facilitator');
    expect(viewFor(state, 'observer-zed').viewerRole).toBeNull();
  });
});

describe('viewFor: raised hands, shown to everyone in calling order', () => {
  /** In a queue phase: di held the floor for a minute, then di, cy and ed raised hands in that order. */
  function handsAfterDiSpoke(): CircleSession {
    let state = accept(circleInPhase('clarifying-questions'), { type: 'queue.setPolicy', policy: 'least-heard-first' });
    state = accept(state, { type: 'floor.give', participantId: di });
    state = accept(state, { type: 'floor.clear' }, facilitator, state.clock + 60_000);
    for (const id of [di, cy, ed]) state = accept(state, { type: 'hand.raise' }, actorFor(id));
    return state;
  }

  it.each(everyone)('gives %s the same queue, least heard first, with positions to show', (viewerId) => {
    const hands = viewFor(handsAfterDiSpoke(), viewerId).handQueue;
    expect(hands.policy).toBe('least-heard-first');
    expect(hands.raised.map((hand) => hand.participantId)).toEqual([cy, ed, di]);
  });

  it.each(everyone.filter((id) => id !== facilitatorId))('tells %s no one else\'s floor time along with the order', (viewerId) => {
    const view = viewFor(handsAfterDiSpoke(), viewerId);
    for (const hand of view.handQueue.raised) expect(Object.keys(hand).sort()).toEqual(['handType', 'participantId', 'raisedAt']);
    expect(Object.keys(view.ledger).filter((id) => id !== viewerId)).toEqual([]);
  });
});

describe('viewFor: the clearness committee', () => {
  /** Cy's anonymous question was put to Bo, the focus person, who passed on it: the silence runs. */
  function passedInSilence(): CircleSession {
    let state = circleInPhase('open-questions', 'clearness-committee');
    state = ask(state, cy, 'What would you do if no one were watching?', true);
    state = accept(state, { type: 'questions.release', questionId: 'q1' });
    return accept(state, { type: 'question.pass', questionId: 'q1' }, actorFor(bo));
  }

  it.each(everyone)('shows %s the same silence, in server time, and the question as passed', (viewerId) => {
    const state = passedInSilence();
    const view = viewFor(state, viewerId);
    expect(view.silenceGap).toEqual({ startedAt: state.clock, endsAt: state.clock + 30_000 });
    expect(view.questions.map((q) => [q.questionId, q.status])).toEqual([['q1', 'passed']]);
    expect(JSON.stringify(view.questions)).not.toContain(cy);
  });

  it.each(everyone)('shows %s the double confidentiality reminder with the closing', (viewerId) => {
    const closing = accept(passedInSilence(), { type: 'phase.goTo', phaseIndex: 4 });
    const view = viewFor(closing, viewerId);
    expect(view.agenda.phases[view.currentPhaseIndex ?? -1]?.reminder).toMatch(/^Double confidentiality/);
    expect(view.silenceGap).toBeNull();
  });
});
