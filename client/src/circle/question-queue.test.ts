import { describe, expect, it } from 'vitest';
import { questionAuthor, questionOrderAfterMove, releasedQuestion, splitQuestions } from './question-queue';
import { act, ada, bo, circleInPhase, cy, di, viewAs } from './test-circle';

function askedQuestions() {
  let state = circleInPhase('curious-questions');
  state = act(state, { type: 'question.submit', text: 'What is at stake for you?', anonymous: false }, bo);
  state = act(state, { type: 'question.submit', text: 'Who else decides?', anonymous: true }, cy);
  state = act(state, { type: 'question.submit', text: 'What did you try?', anonymous: false }, di);
  state = act(state, { type: 'question.submit', text: 'When must you decide?', anonymous: false }, di);
  state = act(state, { type: 'questions.release', questionId: 'q1' });
  state = act(state, { type: 'question.withdraw', questionId: 'q3' }, di);
  return viewAs(state, ada).questions;
}

describe('question queue', () => {
  it('splits open questions from closed ones and finds the one being asked', () => {
    const { open, closed } = splitQuestions(askedQuestions());
    expect(open.map((q) => q.questionId)).toEqual(['q1', 'q2', 'q4']);
    expect(closed.map((q) => q.questionId)).toEqual(['q3']);
    expect(releasedQuestion(askedQuestions())?.questionId).toBe('q1');
  });

  it('moves a question past the neighbouring open question, skipping closed ones', () => {
    expect(questionOrderAfterMove(askedQuestions(), 'q4', -1)).toEqual(['q1', 'q4', 'q2', 'q3']);
    expect(questionOrderAfterMove(askedQuestions(), 'q1', -1)).toEqual(['q1', 'q2', 'q4', 'q3']);
  });

  it('names the author unless the question is anonymous', () => {
    const [named, anonymous] = askedQuestions();
    expect(questionAuthor(named!)).toBe('Bo');
    expect(questionAuthor(anonymous!)).toBe('Anonymous');
  });
});
