import { describe, expect, it } from 'vitest';
import { mayWritePresenterNote } from './presenter-note-rule';
import { act, ada, bo, maya, runningCircle, seatedCircle, viewAs } from './test-circle';

describe('who may write a note for the presenter', () => {
  const presenting = runningCircle('consultancy', maya);
  it.each([
    ['a member while Maya presents', presenting, bo, true],
    ['the presenter themself', presenting, maya, false],
    ['the facilitator', presenting, ada, false],
    ['a member before the start', seatedCircle('consultancy', maya), bo, false],
    ['a member when nobody presents', runningCircle('council', null), bo, false],
    ['a member after the end', act(presenting, { type: 'session.end' }), bo, false],
  ])('%s: %s', (_what, state, viewer, expected) => {
    expect(mayWritePresenterNote(viewAs(state, viewer))).toBe(expected);
  });
});
