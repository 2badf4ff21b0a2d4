import { formatTemplates } from '@peercircle/shared';
import { describe, expect, it } from 'vitest';
import { draftFromPhases, newPhaseDraft, phasesFromDraft, toggledHandTypes, type PhaseDraft } from './agenda-draft';

const consultancy = formatTemplates.find((template) => template.templateId === 'consultancy')!.phases;
const clearness = formatTemplates.find((template) => template.templateId === 'clearness-committee')!.phases;

describe('agenda drafts', () => {
  it('round-trips an agenda unchanged', () => {
    expect(phasesFromDraft(draftFromPhases(consultancy))).toEqual({ ok: true, phases: consultancy });
  });

  it('shows minutes as typed and reads them back as milliseconds', () => {
    const [checkIn] = draftFromPhases(consultancy);
    expect(checkIn).toMatchObject({ plannedMinutes: '15', speakerMinutes: '2' });
    const edited: PhaseDraft = { ...checkIn!, plannedMinutes: '12.5', speakerMinutes: '' };
    const result = phasesFromDraft([edited]);
    expect(result.ok && result.phases[0]).toMatchObject({ plannedMs: 750_000 });
    expect(result.ok && 'speakerMs' in result.phases[0]!).toBe(false);
  });

  it('says what to fix instead of sending an invalid agenda', () => {
    const [first] = draftFromPhases(consultancy);
    const broken: PhaseDraft = { phase: { ...first!.phase, title: '  ' }, plannedMinutes: 'soon', speakerMinutes: '90' };
    expect(phasesFromDraft([broken])).toEqual({
      ok: false,
      problems: [
        'Phase 1: give it a title',
        'Phase 1: planned time is 0 to 480 minutes',
        'Phase 1: time per turn is empty or up to 60 minutes',
      ],
    });
    expect(phasesFromDraft([])).toEqual({ ok: false, problems: ['Keep at least one phase'] });
  });

  it('drops "presenter holds the floor" from a phase that is no longer a queue', () => {
    const dilemma = draftFromPhases(consultancy).find((draft) => draft.phase.presenterPart === 'holds-floor')!;
    const result = phasesFromDraft([{ ...dilemma, phase: { ...dilemma.phase, floorRule: 'open' } }]);
    expect(result.ok && result.phases[0]?.presenterPart).toBe('joins-in');
  });

  it('round-trips the clearness committee with its silence and reminder', () => {
    expect(phasesFromDraft(draftFromPhases(clearness))).toEqual({ ok: true, phases: clearness });
    const questions = draftFromPhases(clearness).find((draft) => draft.phase.phaseId === 'open-questions')!;
    expect(questions.silenceGapSeconds).toBe('30');
  });

  it.each<[string, string, number | undefined]>([
    ['reads seconds back as milliseconds', '45', 45_000],
    ['takes an empty field as no silence', ' ', undefined],
    ['accepts the longest silence', '300', 300_000],
  ])('silence after each answer: %s', (_case, typed, silenceGapMs) => {
    const questions = draftFromPhases(clearness).find((draft) => draft.phase.phaseId === 'open-questions')!;
    const result = phasesFromDraft([{ ...questions, silenceGapSeconds: typed }]);
    expect(result.ok && result.phases[0]?.silenceGapMs).toBe(silenceGapMs);
  });

  it.each(['0', '301', '2.5', 'soon'])('says what to fix for a silence of %s seconds', (typed) => {
    const questions = draftFromPhases(clearness).find((draft) => draft.phase.phaseId === 'open-questions')!;
    expect(phasesFromDraft([{ ...questions, silenceGapSeconds: typed }])).toEqual({
      ok: false,
      problems: ['Phase 1: silence between questions is empty or 1 to 300 whole seconds'],
    });
  });

  it('drops the silence from a phase that is no longer a queue, and a blank reminder', () => {
    const questions = draftFromPhases(clearness).find((draft) => draft.phase.phaseId === 'open-questions')!;
    const result = phasesFromDraft([{ ...questions, phase: { ...questions.phase, floorRule: 'round', reminder: '   ' } }]);
    expect(result.ok && result.phases[0]).not.toHaveProperty('silenceGapMs');
    expect(result.ok && result.phases[0]).not.toHaveProperty('reminder');
  });

  it('trims a reminder', () => {
    const [checkIn] = draftFromPhases(consultancy);
    const result = phasesFromDraft([{ ...checkIn!, phase: { ...checkIn!.phase, reminder: '  Phones away.  ' } }]);
    expect(result.ok && result.phases[0]?.reminder).toBe('Phones away.');
  });

  it('gives a new phase an id no other phase has', () => {
    const drafts = [newPhaseDraft([])];
    expect(drafts[0]!.phase.phaseId).toBe('phase-1');
    const renamed = [{ ...drafts[0]!, phase: { ...drafts[0]!.phase, phaseId: 'phase-2' } }];
    expect(newPhaseDraft(renamed).phase.phaseId).toBe('phase-3');
  });

  it.each<[string, 'clarifying' | 'experience' | 'reply' | 'process', boolean, string[]]>([
    ['adds a type in the fixed order', 'experience', true, ['clarifying', 'experience', 'process']],
    ['removes a type', 'clarifying', false, ['process']],
    ['leaves a ticked type ticked', 'process', true, ['clarifying', 'process']],
  ])('hand types: %s', (_name, handType, admitted, expected) => {
    const clarifying = consultancy.find((phase) => phase.phaseId === 'clarifying-questions')!;
    expect(toggledHandTypes(clarifying, handType, admitted)).toEqual(expected);
  });

  it('fills in the kind\'s hand types for a phase saved before hands had types', () => {
    const { admittedHandTypes: _dropped, ...untyped } = consultancy.find((phase) => phase.phaseId === 'reflections')!;
    const result = phasesFromDraft(draftFromPhases([untyped as (typeof consultancy)[number]]));
    expect(result.ok && result.phases[0]?.admittedHandTypes).toEqual(['experience', 'reply', 'process']);
  });
});
