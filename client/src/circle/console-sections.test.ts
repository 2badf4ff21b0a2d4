import { describe, expect, it } from 'vitest';
import { consoleSectionIds, type ConsoleSectionId } from '../store/ui-slice';
import { isSectionOpen, openByDefault } from './console-sections';

const openIn = (status: 'not-started' | 'running' | 'ended') =>
  consoleSectionIds.filter((id) => openByDefault(id, status));

describe('console sections', () => {
  it.each<['not-started' | 'running' | 'ended', ConsoleSectionId[]]>([
    ['not-started', ['lobby', 'commitments', 'floor', 'hands', 'questions', 'speaking-order', 'agenda', 'roles', 'people']],
    ['running', ['lobby', 'commitments', 'floor', 'hands', 'questions']],
    ['ended', ['lobby', 'commitments', 'floor', 'hands', 'questions', 'agenda']],
  ])('opens by default, %s: %j', (status, expected) => {
    expect(openIn(status)).toEqual(expected);
  });

  it("keeps the facilitator's choice over the default, either way", () => {
    expect(isSectionOpen({ timers: true }, 'timers', 'running')).toBe(true);
    expect(isSectionOpen({ questions: false }, 'questions', 'running')).toBe(false);
    expect(isSectionOpen({ questions: false }, 'hands', 'running')).toBe(true);
  });
});
