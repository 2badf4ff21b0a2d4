import type { CircleSession } from '@peercircle/shared';
import { describe, expect, it } from 'vitest';
import { bannerQuestion, passableQuestion, passedLine, phaseReminder, silenceLeftMs, silenceReason } from './question-pace';
import { act, ada, bo, circleInPhase, maya, viewAs } from './test-circle';

/** The clearness committee's questions phase; Maya is the focus person, Bo asks. */
const questions = () => circleInPhase('open-questions', 'clearness-committee');
const ask = (state: CircleSession) => act(state, { type: 'question.submit', text: 'What are you most afraid to lose?', anonymous: false }, bo);
const released = () => act(ask(questions()), { type: 'questions.release', questionId: 'q1' });
const passed = () => act(released(), { type: 'question.pass', questionId: 'q1' }, maya);

describe('the silence between questions', () => {
  it('counts down from the answer to its end, then is over, for every viewer alike', () => {
    const state = passed();
    const { startedAt, endsAt } = state.silenceGap!;
    for (const viewer of [ada, maya, bo]) {
      const view = viewAs(state, viewer);
      expect(silenceLeftMs(view, startedAt)).toBe(30_000);
      expect(silenceLeftMs(view, endsAt - 1)).toBe(1);
      expect(silenceLeftMs(view, endsAt)).toBe(0);
    }
    expect(silenceLeftMs(viewAs(act(state, { type: 'session.end' }), bo), startedAt)).toBe(0);
  });

  it.each<[number, string | null]>([
    [30_000, 'Silence before the next question: 00:30 to go'],
    [1, 'Silence before the next question: 00:01 to go'],
    [0, null],
  ])('gives the reason a held control waits with %i ms left', (left, reason) => {
    expect(silenceReason(left)).toBe(reason);
  });
});

describe('passing on a question', () => {
  it('is offered to the focus person only, for the question being asked', () => {
    const state = released();
    expect(passableQuestion(viewAs(state, maya))).toEqual({ questionId: 'q1' });
    for (const viewer of [ada, bo]) expect(passableQuestion(viewAs(state, viewer))).toBeNull();
  });

  it('is offered for a spoken question while the focus person answers, but not during their statement', () => {
    expect(passableQuestion(viewAs(act(questions(), { type: 'floor.give', participantId: maya }), maya))).toEqual({ questionId: null });
    expect(passableQuestion(viewAs(circleInPhase('focus-statement', 'clearness-committee'), maya))).toBeNull();
    expect(passableQuestion(viewAs(questions(), maya))).toBeNull();
  });

  it('keeps the passed question on screen, marked, until the next one or the next phase', () => {
    const shown = { questionId: 'q1', phaseId: 'open-questions' };
    const after = passed();
    expect(bannerQuestion(viewAs(after, bo), shown)).toMatchObject({ question: { questionId: 'q1', status: 'passed' }, passed: true });
    expect(passedLine(viewAs(after, bo))).toBe('Maya passed on this question');
    expect(passedLine(viewAs(after, maya))).toBe('You passed on this question');
    expect(bannerQuestion(viewAs(after, bo), null)).toBeNull();
    expect(bannerQuestion(viewAs(act(after, { type: 'phase.next' }), bo), shown)).toBeNull();
    const next = act(ask(after), { type: 'questions.release', questionId: 'q2' }, ada, after.silenceGap!.endsAt);
    expect(bannerQuestion(viewAs(next, bo), shown)).toMatchObject({ question: { questionId: 'q2' }, passed: false });
  });

  it('does not keep an answered question on screen', () => {
    const answered = act(released(), { type: 'questions.markAnswered', questionId: 'q1' });
    expect(bannerQuestion(viewAs(answered, bo), { questionId: 'q1', phaseId: 'open-questions' })).toBeNull();
  });
});

describe('the phase reminder', () => {
  it('is the closing’s double confidentiality, and nothing in phases without one', () => {
    const closing = act(passed(), { type: 'phase.goTo', phaseIndex: 4 });
    expect(phaseReminder(viewAs(closing, bo))).toMatch(/^Double confidentiality: nothing said here is repeated outside/);
    expect(phaseReminder(viewAs(questions(), bo))).toBeNull();
    expect(phaseReminder(viewAs(act(closing, { type: 'session.end' }), bo))).toBeNull();
  });
});
