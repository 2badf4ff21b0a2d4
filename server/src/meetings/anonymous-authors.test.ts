import { describe, expect, it } from 'vitest';
import type { CircleSession } from '@peercircle/shared';
import { accept, actorFor, runningCircle, secondMemberId } from '@peercircle/shared/test-fixtures';
import { AnonymousAuthors, UNKNOWN_AUTHOR } from './anonymous-authors';

const maya = secondMemberId;

function sessionWithQuestions(): CircleSession {
  const asked = accept(runningCircle(), { type: 'question.submit', text: 'What would success look like?', anonymous: true }, actorFor(maya));
  return accept(asked, { type: 'question.submit', text: 'Who else knows?', anonymous: false }, actorFor(maya));
}

describe('AnonymousAuthors', () => {
  it('stores no anonymous author in the clear, and keeps named authors', () => {
    const authors = new AnonymousAuthors();
    const stored = JSON.stringify(authors.seal(sessionWithQuestions()));
    const questions = (JSON.parse(stored) as CircleSession).questions;
    expect(questions[0]!.authorId).toMatch(/^sealed:/);
    expect(questions[0]!.authorId).not.toContain(maya);
    expect(questions[1]!.authorId).toBe(maya);
  });

  it('gives the authors back while the session lives, and never after it is forgotten', () => {
    const authors = new AnonymousAuthors();
    const stored = authors.seal(sessionWithQuestions());
    expect(authors.unseal(stored).questions.map((q) => q.authorId)).toEqual([maya, maya]);
    authors.forget('session-1');
    expect(authors.unseal(stored).questions.map((q) => q.authorId)).toEqual([UNKNOWN_AUTHOR, maya]);
  });

  it('cannot be unsealed by another process (another key), nor by tampering', () => {
    const stored = new AnonymousAuthors().seal(sessionWithQuestions());
    expect(new AnonymousAuthors().unseal(stored).questions[0]!.authorId).toBe(UNKNOWN_AUTHOR);
    const authors = new AnonymousAuthors();
    const sealed = authors.seal(sessionWithQuestions());
    // The first character after the prefix carries six whole bits of the IV (a last one may be padding).
    const flipFirst = (text: string) => `sealed:${text[7] === 'A' ? 'B' : 'A'}${text.slice(8)}`;
    const tampered = { ...sealed, questions: sealed.questions.map((q, i) => (i === 0 ? { ...q, authorId: flipFirst(q.authorId) } : q)) };
    expect(authors.unseal(tampered).questions[0]!.authorId).toBe(UNKNOWN_AUTHOR);
  });

  it('does not seal twice when a sealed state is saved again', () => {
    const authors = new AnonymousAuthors();
    const once = authors.seal(sessionWithQuestions());
    expect(authors.seal(once).questions[0]!.authorId).toBe(once.questions[0]!.authorId);
  });
});
