import { defaultAdmittedHandTypes } from './hand-types';
import type { Agenda, AgendaPhase, FloorRule, HandType, PhaseKind, PresenterPart } from './session-state';

export const formatTemplateIds = ['consultancy', 'council', 'structured-inquiry', 'peer-consultancy', 'clearness-committee'] as const;
export type FormatTemplateId = (typeof formatTemplateIds)[number];

/** A session format; applying it copies its phases into the agenda, where the facilitator edits them. */
export interface FormatTemplate {
  templateId: FormatTemplateId;
  name: string;
  summary: string;
  phases: readonly AgendaPhase[];
}

interface PhasePlan {
  phaseId: string;
  title: string;
  kind: PhaseKind;
  floorRule: FloorRule;
  minutes: number;
  speakerMinutes?: number;
  curiousQuestionsOnly?: boolean;
  presenterPart?: PresenterPart;
  admittedHandTypes?: HandType[];
  guidance: string;
  silenceGapMs?: number;
  reminder?: string;
}

const minuteMs = 60_000;

/** Each phase admits its kind's default hand types (see `defaultAdmittedHandTypes`) unless its plan says otherwise. */
function phase({ minutes, speakerMinutes, ...plan }: PhasePlan): AgendaPhase {
  return {
    curiousQuestionsOnly: false,
    presenterPart: 'joins-in',
    admittedHandTypes: [...defaultAdmittedHandTypes[plan.kind]],
    ...plan,
    plannedMs: minutes * minuteMs,
    ...(speakerMinutes === undefined ? {} : { speakerMs: speakerMinutes * minuteMs }),
  };
}

const checkIn = phase({
  phaseId: 'check-in',
  title: 'Check-in',
  kind: 'check-in',
  floorRule: 'round',
  minutes: 15,
  speakerMinutes: 2,
  guidance: 'A minute or two each: how you are arriving today and anything on your mind. No replies.',
});

const closingRound = phase({
  phaseId: 'closing',
  title: 'Closing round',
  kind: 'closing',
  floorRule: 'round',
  minutes: 15,
  speakerMinutes: 1.5,
  guidance: 'One or two sentences each: what you take away today, for the presenter and for yourself.',
});

const curiousQuestions = (minutes: number, guidance: string) =>
  phase({
    phaseId: 'curious-questions',
    title: 'Curious questions',
    kind: 'curious-questions',
    floorRule: 'queue',
    minutes,
    curiousQuestionsOnly: true,
    guidance,
  });

const reflections = phase({
  phaseId: 'reflections',
  title: 'Reflections',
  kind: 'reflections',
  floorRule: 'round',
  minutes: 30,
  speakerMinutes: 4,
  presenterPart: 'listens',
  guidance:
    'The presenter listens, camera off if they like. Each peer speaks into the centre: what I heard, ' +
    'what it stirs in me, what I wonder about. Not what the presenter should do.',
});

const consultancy: FormatTemplate = {
  templateId: 'consultancy',
  name: 'Consultancy',
  summary: 'One presenter brings a real dilemma; the circle helps them think, not solve (about 2¼ hours).',
  phases: [
    checkIn,
    phase({
      phaseId: 'dilemma',
      title: 'The dilemma',
      kind: 'presentation',
      floorRule: 'queue',
      minutes: 10,
      presenterPart: 'holds-floor',
      guidance:
        'Presenter: a real dilemma you own and cannot yet solve: what is at stake, what you have tried, ' +
        'what help you want. Everyone else listens without interrupting.',
    }),
    phase({
      phaseId: 'clarifying-questions',
      title: 'Clarifying questions',
      kind: 'clarifying-questions',
      floorRule: 'queue',
      minutes: 15,
      guidance: 'Short factual questions the presenter can answer briefly: who, what, when, how much. Save deeper ones.',
    }),
    curiousQuestions(
      20,
      'Open questions that help the presenter see the dilemma differently. No advice, no "have you considered". ' +
        'The presenter may answer or just note the question.',
    ),
    phase({
      phaseId: 'break',
      title: 'Break',
      kind: 'break',
      floorRule: 'open',
      minutes: 10,
      guidance: 'Stretch, get a drink, cameras may go off. Back on time.',
    }),
    reflections,
    phase({
      phaseId: 'response',
      title: 'Presenter responds',
      kind: 'response',
      floorRule: 'queue',
      minutes: 15,
      presenterPart: 'holds-floor',
      guidance: 'Presenter: what landed, what surprised you, what you will do next. No need to answer every reflection.',
    }),
    closingRound,
  ],
};

const council: FormatTemplate = {
  templateId: 'council',
  name: 'Council',
  summary: 'Rounds spoken into the centre of the circle, closed by shared silence (about 1½ hours).',
  phases: [
    checkIn,
    phase({
      phaseId: 'council-1',
      title: 'Council round',
      kind: 'council',
      floorRule: 'round',
      minutes: 35,
      speakerMinutes: 5,
      guidance:
        'Speak from the heart into the centre, not to a person; listen from the heart. Be lean: say what is essential.',
    }),
    phase({
      phaseId: 'council-2',
      title: 'Second council round',
      kind: 'council',
      floorRule: 'round',
      minutes: 25,
      speakerMinutes: 4,
      guidance: 'Go deeper, or speak to what moved you in the first round. Passing is welcome.',
    }),
    phase({
      phaseId: 'silence',
      title: 'Silence',
      kind: 'silence',
      floorRule: 'silence',
      minutes: 5,
      guidance: 'Shared silence to let what was said settle. Microphones stay muted.',
    }),
    closingRound,
  ],
};

const structuredInquiry: FormatTemplate = {
  templateId: 'structured-inquiry',
  name: 'Structured inquiry',
  summary: 'The presenter shares their thinking, the circle asks, then everyone talks (90 minutes).',
  phases: [
    phase({
      phaseId: 'situation',
      title: 'Situation and current thinking',
      kind: 'presentation',
      floorRule: 'queue',
      minutes: 15,
      presenterPart: 'holds-floor',
      guidance: 'Presenter: the situation, your current thinking, and where you are least sure.',
    }),
    curiousQuestions(20, 'Questions that open the presenter\'s thinking rather than steer it. No advice yet.'),
    phase({
      phaseId: 'dialogue',
      title: 'Open dialogue',
      kind: 'dialogue',
      floorRule: 'open',
      minutes: 40,
      guidance: 'Everyone talks, the presenter included. Build on each other; notice who has not spoken yet.',
    }),
    closingRound,
  ],
};

const peerConsultancy: FormatTemplate = {
  templateId: 'peer-consultancy',
  name: 'Peer consultancy (public service)',
  summary: 'A public-service challenge examined through assumptions, constituencies and analogues (about 80 minutes).',
  phases: [
    phase({
      phaseId: 'challenge',
      title: "The presenter's challenge",
      kind: 'presentation',
      floorRule: 'queue',
      minutes: 15,
      presenterPart: 'holds-floor',
      guidance:
        'Presenter: the challenge, who it affects, the political, legal and budget constraints, and what you want from the group.',
    }),
    curiousQuestions(
      25,
      'Ask about assumptions, constituencies and stakeholders, and analogues elsewhere in public service. Questions, not advice.',
    ),
    { ...reflections, plannedMs: 25 * minuteMs },
    closingRound,
  ],
};

/** Said to everyone at the close of a clearness committee. */
export const doubleConfidentialityReminder =
  'Double confidentiality: nothing said here is repeated outside, and nobody raises it with the focus person ' +
  'afterwards unless they invite it.';

/** Parker Palmer's clearness committee; the session's presenter is the focus person. */
const clearnessCommittee: FormatTemplate = {
  templateId: 'clearness-committee',
  name: 'Clearness committee',
  summary:
    "The focus person's question, then only honest, open questions with silence after each answer, then mirroring (about 2 hours).",
  phases: [
    phase({
      phaseId: 'check-in',
      title: 'Check-in (optional)',
      kind: 'check-in',
      floorRule: 'round',
      minutes: 5,
      speakerMinutes: 1,
      guidance: 'A sentence each on how you arrive. Skip it with Next phase if the circle is ready to begin.',
    }),
    phase({
      phaseId: 'focus-statement',
      title: "The focus person's statement",
      kind: 'presentation',
      floorRule: 'queue',
      minutes: 15,
      presenterPart: 'holds-floor',
      guidance:
        'Focus person: the question or concern you bring, its background, and any hunch about what lies ahead. ' +
        'Everyone else listens in silence.',
    }),
    phase({
      phaseId: 'open-questions',
      title: 'Honest, open questions',
      kind: 'curious-questions',
      floorRule: 'queue',
      minutes: 75,
      curiousQuestionsOnly: true,
      silenceGapMs: 30_000,
      guidance:
        'Only questions you cannot know the answer to: no advice, no stories, no "have you thought of". Ask slowly; ' +
        'silence follows each answer. The focus person may pass on any question.',
    }),
    phase({
      phaseId: 'mirroring',
      title: 'Mirroring',
      kind: 'mirroring',
      floorRule: 'round',
      minutes: 15,
      speakerMinutes: 2,
      presenterPart: 'listens',
      guidance:
        "Reflect back what you noticed: the focus person's own words, their energy, what seemed alive. No questions, " +
        'no advice. The focus person listens.',
    }),
    phase({
      phaseId: 'closing',
      title: 'Closing',
      kind: 'closing',
      floorRule: 'round',
      minutes: 10,
      speakerMinutes: 1,
      guidance: 'A word of thanks or affirmation for the focus person, and what you take away for yourself.',
      reminder: doubleConfidentialityReminder,
    }),
  ],
};

export const formatTemplates: readonly FormatTemplate[] = [consultancy, council, structuredInquiry, peerConsultancy, clearnessCommittee];

export function findTemplate(templateId: string): FormatTemplate | undefined {
  return formatTemplates.find((template) => template.templateId === templateId);
}

/** An editable copy: changing the agenda never touches the template. */
export function agendaFromTemplate(template: FormatTemplate): Agenda {
  return {
    templateId: template.templateId,
    phases: template.phases.map((templatePhase) => ({ ...templatePhase, admittedHandTypes: [...templatePhase.admittedHandTypes] })),
  };
}
