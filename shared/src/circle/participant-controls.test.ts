import { describe, expect, it } from 'vitest';
import { participantControls, type ParticipantControls } from './participant-controls';
import type { AgendaPhase } from './session-state';
import { formatTemplates } from './templates';

const phaseFrom = (templateId: string, phaseId: string): AgendaPhase => {
  const phase = formatTemplates.find((t) => t.templateId === templateId)?.phases.find((p) => p.phaseId === phaseId);
  if (!phase) throw new Error(`no phase ${phaseId} in ${templateId}`);
  return phase;
};

const none: ParticipantControls = { raiseHand: false, askQuestions: false, commitment: false };
const custom = (overrides: Partial<AgendaPhase>): AgendaPhase => ({
  phaseId: 'custom',
  title: 'Custom',
  kind: 'other',
  floorRule: 'open',
  plannedMs: 600_000,
  curiousQuestionsOnly: false,
  presenterPart: 'joins-in',
  admittedHandTypes: ['process'],
  guidance: '',
  ...overrides,
});

describe('participantControls', () => {
  it.each<[string, AgendaPhase | null, ParticipantControls]>([
    ['no running phase', null, none],
    ['check-in (round)', phaseFrom('consultancy', 'check-in'), none],
    ['the dilemma (presenter holds the floor, everyone listens)', phaseFrom('consultancy', 'dilemma'), none],
    ['clarifying questions (queue)', phaseFrom('consultancy', 'clarifying-questions'), { raiseHand: true, askQuestions: true, commitment: false }],
    ['curious questions (queue, curious only)', phaseFrom('consultancy', 'curious-questions'), { raiseHand: true, askQuestions: true, commitment: false }],
    ['the break (open)', phaseFrom('consultancy', 'break'), none],
    ['reflections (round, presenter listens)', phaseFrom('consultancy', 'reflections'), none],
    ['the presenter responds (holds the floor)', phaseFrom('consultancy', 'response'), none],
    ['the closing round', phaseFrom('consultancy', 'closing'), { raiseHand: false, askQuestions: false, commitment: true }],
    ['a council round', phaseFrom('council', 'council-1'), none],
    ['silence', phaseFrom('council', 'silence'), none],
    ['open dialogue', phaseFrom('structured-inquiry', 'dialogue'), none],
    ['a custom queue phase', custom({ floorRule: 'queue' }), { raiseHand: true, askQuestions: false, commitment: false }],
    ['a custom phase for curious questions only', custom({ curiousQuestionsOnly: true }), { raiseHand: false, askQuestions: true, commitment: false }],
    ['a custom queue phase the presenter holds', custom({ floorRule: 'queue', presenterPart: 'holds-floor' }), none],
  ])('%s', (_label, phase, expected) => {
    expect(participantControls(phase)).toEqual(expected);
  });
});
