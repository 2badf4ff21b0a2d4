import { admittedHandTypes, defaultAdmittedHandTypes, handTypes, type AgendaPhase, type FloorRule, type HandType } from '@peercircle/shared';

/** One phase as the agenda editor holds it: minutes as typed, the rest as on the agenda. */
export interface PhaseDraft {
  phase: AgendaPhase;
  plannedMinutes: string;
  /** Empty for a phase without a per-turn time. */
  speakerMinutes: string;
  /** Seconds of silence after each answer in a queue phase; empty or absent for none. */
  silenceGapSeconds?: string;
}

export const floorRuleLabel: Record<FloorRule, string> = {
  round: 'Round — one after another',
  queue: 'Queue — the facilitator gives the floor',
  open: 'Open — everyone may speak',
  silence: 'Silence — nobody speaks',
};

const minuteMs = 60_000;
const minutesText = (ms: number) => String(Number((ms / minuteMs).toFixed(2)));

export function draftFromPhases(phases: readonly AgendaPhase[]): PhaseDraft[] {
  return phases.map((phase) => ({
    phase,
    plannedMinutes: minutesText(phase.plannedMs),
    speakerMinutes: phase.speakerMs === undefined ? '' : minutesText(phase.speakerMs),
    silenceGapSeconds: phase.silenceGapMs === undefined ? '' : String(phase.silenceGapMs / 1_000),
  }));
}

export function newPhaseDraft(existing: readonly PhaseDraft[]): PhaseDraft {
  const ids = new Set(existing.map((draft) => draft.phase.phaseId));
  let n = existing.length + 1;
  while (ids.has(`phase-${n}`)) n += 1;
  return {
    phase: {
      phaseId: `phase-${n}`,
      title: 'New phase',
      kind: 'other',
      floorRule: 'open',
      plannedMs: 10 * minuteMs,
      curiousQuestionsOnly: false,
      presenterPart: 'joins-in',
      admittedHandTypes: [...defaultAdmittedHandTypes.other],
      guidance: '',
    },
    plannedMinutes: '10',
    speakerMinutes: '',
  };
}

/** Ticks or unticks a hand type, keeping the fixed order so the first one stays the natural default. */
export function toggledHandTypes(phase: AgendaPhase, handType: HandType, admitted: boolean): HandType[] {
  const current = admittedHandTypes(phase);
  return handTypes.filter((type) => (type === handType ? admitted : current.includes(type)));
}

/** Seconds as typed, whole seconds only, or null when out of range. */
function secondsToMs(text: string, min: number, max: number): number | null {
  const seconds = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(seconds) || seconds < min || seconds > max) return null;
  return seconds * 1_000;
}

function minutesToMs(text: string, min: number, max: number): number | null {
  const minutes = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(minutes) || minutes < min || minutes > max) return null;
  return Math.round(minutes * minuteMs);
}

export type AgendaDraftResult = { ok: true; phases: AgendaPhase[] } | { ok: false; problems: string[] };

/** Turns the editor's drafts into phases for `agenda.updatePhases`, or says what to fix first. */
export function phasesFromDraft(drafts: readonly PhaseDraft[]): AgendaDraftResult {
  const problems: string[] = [];
  const phases = drafts.map(({ phase, plannedMinutes, speakerMinutes, silenceGapSeconds = '' }, index): AgendaPhase => {
    const label = `Phase ${index + 1}`;
    const title = phase.title.trim();
    if (title === '') problems.push(`${label}: give it a title`);
    const plannedMs = minutesToMs(plannedMinutes, 0, 480);
    if (plannedMs === null) problems.push(`${label}: planned time is 0 to 480 minutes`);
    const speakerMs = speakerMinutes.trim() === '' ? undefined : minutesToMs(speakerMinutes, 0.05, 60);
    if (speakerMs === null) problems.push(`${label}: time per turn is empty or up to 60 minutes`);
    // Only a queue phase keeps a silence between questions; changing the rule drops it.
    const silenceGapMs = phase.floorRule !== 'queue' || silenceGapSeconds.trim() === '' ? undefined : secondsToMs(silenceGapSeconds, 1, 300);
    if (silenceGapMs === null) problems.push(`${label}: silence between questions is empty or 1 to 300 whole seconds`);
    const reminder = phase.reminder?.trim() ?? '';
    const { speakerMs: _previous, silenceGapMs: _previousGap, reminder: _previousReminder, ...rest } = phase;
    return {
      ...rest,
      title,
      plannedMs: plannedMs ?? 0,
      ...(speakerMs == null ? {} : { speakerMs }),
      ...(silenceGapMs == null ? {} : { silenceGapMs }),
      ...(reminder === '' ? {} : { reminder }),
      guidance: phase.guidance.trim(),
      admittedHandTypes: [...admittedHandTypes(phase)],
      // Only a queue phase can hand the presenter the floor; changing the rule drops that part.
      presenterPart: phase.presenterPart === 'holds-floor' && phase.floorRule !== 'queue' ? 'joins-in' : phase.presenterPart,
    };
  });
  if (drafts.length === 0) problems.push('Keep at least one phase');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, phases };
}
