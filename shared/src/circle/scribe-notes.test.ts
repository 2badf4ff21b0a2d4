import { describe, expect, it } from 'vitest';
import type { CircleCommandInput } from './commands';
import { reduce } from './reduce';
import { maxScribeNoteLength, maxScribeNotes } from './scribe-notes';
import type { CircleSession } from './session-state';
import {
  accept,
  actorFor,
  circleInPhase,
  facilitator,
  facilitatorId,
  fourthMemberId,
  presenterId,
  seatedCircle,
  secondMemberId,
  thirdMemberId,
} from './test-fixtures';
import { viewFor } from './view-for';

const scribeId = fourthMemberId;
const scribe = actorFor(scribeId);
const add = (text: string): CircleCommandInput => ({ type: 'scribeNote.add', text });

function refusal(state: CircleSession, command: CircleCommandInput, actor = scribe) {
  const result = reduce(state, command, actor, state.clock + 1_000);
  if (result.ok) throw new Error(`${command.type} was accepted`);
  return result.error.code;
}

function withScribe(): CircleSession {
  return accept(circleInPhase('dilemma'), { type: 'roles.assign', role: 'scribe', participantId: scribeId });
}

function withNotes(...texts: string[]): CircleSession {
  return texts.reduce((state, text) => accept(state, add(text), scribe), withScribe());
}

describe('the scribe\'s notes', () => {
  it('are kept in order, with an id and the time written', () => {
    const state = withNotes('You said "stuck" three times.', 'Your voice changed at "my team".');
    expect(state.scribeNotes).toEqual([
      { noteId: expect.stringMatching(/^note-\d+$/), text: 'You said "stuck" three times.', writtenAt: expect.any(Number), authorId: scribeId },
      { noteId: expect.stringMatching(/^note-\d+$/), text: 'Your voice changed at "my team".', writtenAt: state.clock, authorId: scribeId },
    ]);
  });

  it('stay signed by the scribe who wrote them when the role passes to someone else', () => {
    let state = withNotes('Written by the first scribe');
    state = accept(state, { type: 'roles.assign', role: 'scribe', participantId: thirdMemberId });
    state = accept(state, add('Written by the second'), actorFor(thirdMemberId));
    expect(state.scribeNotes.map((note) => [note.text, note.authorId])).toEqual([
      ['Written by the first scribe', scribeId],
      ['Written by the second', thirdMemberId],
    ]);
  });

  it('are read by the presenter and the scribe only: not facilitators, not other members', () => {
    const state = withNotes('A pattern: every option ends with "but".');
    for (const viewerId of [presenterId, scribeId]) expect(viewFor(state, viewerId).scribeNotes).toEqual(state.scribeNotes);
    for (const viewerId of [facilitatorId, secondMemberId, thirdMemberId, 'stranger']) {
      const view = viewFor(state, viewerId);
      expect(view.scribeNotes).toEqual([]);
      expect(JSON.stringify(view)).not.toContain('every option ends with');
    }
  });

  it('keep line breaks and take exactly the longest allowed text', () => {
    const longest = 'n'.repeat(maxScribeNoteLength);
    expect(withNotes('First line\nsecond line', longest).scribeNotes.map((note) => note.text)).toEqual(['First line\nsecond line', longest]);
  });

  it.each([
    ['a member without the role', actorFor(secondMemberId), withScribe, 'forbidden'],
    ['the facilitator, who may not read them', facilitator, withScribe, 'forbidden'],
    ['a former scribe', scribe, () => accept(withScribe(), { type: 'roles.assign', role: 'scribe', participantId: thirdMemberId }), 'forbidden'],
    ['a scribe who presents', actorFor(presenterId), () => accept(withScribe(), { type: 'roles.assign', role: 'scribe', participantId: presenterId }), 'conflict'],
    ['a scribe with nobody presenting', scribe, () => accept(withScribe(), { type: 'presenter.set', participantId: null }), 'conflict'],
    ['a scribe before the session starts', scribe, () => accept(seatedCircle(), { type: 'roles.assign', role: 'scribe', participantId: scribeId }), 'session_not_running'],
    ['a scribe after the session ended', scribe, () => accept(withScribe(), { type: 'session.end' }), 'session_ended'],
  ] as const)('cannot be written by %s', (_label, actor, makeState, code) => {
    const state = makeState();
    expect(refusal(state, add('Noted.'), actor)).toBe(code);
  });

  it.each([
    ['empty', '   '],
    ['one character too long', 'n'.repeat(maxScribeNoteLength + 1)],
    ['with an escape sequence', 'Look \u001b[31mhere'],
    ['with a NUL', 'a\u0000b'],
    ['with a paragraph separator', 'one\u2029two'],
  ])('are refused %s, changing nothing', (_label, text) => {
    expect(refusal(withScribe(), add(text))).toBe('invalid_payload');
  });

  it(`stop at ${maxScribeNotes} until the scribe removes one`, () => {
    const full = withNotes(...Array.from({ length: maxScribeNotes }, (_, index) => `Note ${index + 1}`));
    expect(refusal(full, add('One more'))).toBe('conflict');
    const trimmed = accept(full, { type: 'scribeNote.remove', noteId: full.scribeNotes[0]!.noteId }, scribe);
    expect(accept(trimmed, add('One more'), scribe).scribeNotes).toHaveLength(maxScribeNotes);
  });

  it('are removed by the scribe, and a removed note\'s id is never given again', () => {
    const state = withNotes('First', 'Second');
    const [first, second] = state.scribeNotes;
    const removed = accept(state, { type: 'scribeNote.remove', noteId: second!.noteId }, scribe);
    expect(removed.scribeNotes).toEqual([first]);
    const again = accept(removed, add('Third'), scribe);
    expect(again.scribeNotes.map((note) => note.noteId)).not.toContain(second!.noteId);
    expect(refusal(again, { type: 'scribeNote.remove', noteId: second!.noteId })).toBe('not_found');
  });

  it.each([
    ['the presenter', actorFor(presenterId)],
    ['the facilitator', facilitator],
    ['another member', actorFor(secondMemberId)],
  ])('cannot be removed by %s', (_label, actor) => {
    const state = withNotes('Keep me');
    expect(refusal(state, { type: 'scribeNote.remove', noteId: state.scribeNotes[0]!.noteId }, actor)).toBe('forbidden');
  });

  it('pass to a new scribe, and out of the former scribe\'s sight', () => {
    const state = accept(withNotes('Handed on'), { type: 'roles.assign', role: 'scribe', participantId: thirdMemberId });
    expect(viewFor(state, scribeId).scribeNotes).toEqual([]);
    expect(viewFor(state, thirdMemberId).scribeNotes.map((note) => note.text)).toEqual(['Handed on']);
    expect(accept(state, { type: 'scribeNote.remove', noteId: state.scribeNotes[0]!.noteId }, actorFor(thirdMemberId)).scribeNotes).toEqual([]);
  });

  it('are deleted when the presenter changes, since they were written for that presenter', () => {
    const state = withNotes('For the first presenter');
    expect(accept(state, { type: 'presenter.set', participantId: presenterId }).scribeNotes).toHaveLength(1);
    const changed = accept(state, { type: 'presenter.set', participantId: secondMemberId });
    expect(changed.scribeNotes).toEqual([]);
    expect(viewFor(changed, presenterId).scribeNotes).toEqual([]);
  });

  it('are deleted when the session ends', () => {
    expect(accept(withNotes('Gone at the end'), { type: 'session.end' }).scribeNotes).toEqual([]);
  });

  it('ignore a forged author, presenter, id or time in the payload', () => {
    const forged = { type: 'scribeNote.add', text: 'Mine', authorId: facilitatorId, presenterId: secondMemberId, noteId: 'q1', writtenAt: 1 } as CircleCommandInput;
    const state = accept(withScribe(), forged, scribe);
    expect(state.presenterId).toBe(presenterId);
    expect(state.scribeNotes).toEqual([{ noteId: `note-${state.version}`, text: 'Mine', writtenAt: state.clock, authorId: scribeId }]);
    expect(viewFor(state, secondMemberId).scribeNotes).toEqual([]);
  });
});
