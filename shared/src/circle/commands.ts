import { z } from 'zod';
import { presenterBriefFieldSchema } from '../api/presenter-brief-api';
import { privacyItemListSchema } from '../cohort/privacy-checklist';
import { displayNameSchema } from '../protocol/identifiers';
import { proseText, singleLineText, withoutBidiControls } from '../text/text-schemas';
import { defaultAdmittedHandTypes } from './hand-types';
import { maxScribeNoteLength } from './scribe-notes';
import { updateCardListSchema } from './update-cards';
import { floorRules, forumRoles, handTypes, nudgeKinds, phaseKinds, presenterParts, timeSignalKinds } from './session-state';

/**
 * Every command a circle session accepts, grouped by who may issue it. Payloads are flat next to
 * `type`; unknown keys (an actor id smuggled into a payload, say) are stripped, so who acts is
 * decided only from the authenticated actor.
 */
export const circleIdSchema = z.string().min(1, 'an id is required').max(64, 'ids have at most 64 characters');
const idList = z.array(circleIdSchema).max(64, 'at most 64 ids');
const questionText = proseText().min(1, 'write a question').max(500, 'at most 500 characters');
const scribeNoteText = proseText().min(1, 'write a note').max(maxScribeNoteLength, `at most ${maxScribeNoteLength} characters`);
const timerName = z.enum(['phase', 'speaker']);
const hourMs = 3_600_000;
const handTypeList = z
  .array(z.enum(handTypes))
  .max(handTypes.length)
  .refine((types) => new Set(types).size === types.length, 'list each hand type once');

export const agendaPhaseSchema = z
  .object({
    phaseId: circleIdSchema,
    title: singleLineText().min(1, 'a phase needs a title').max(120),
    kind: z.enum(phaseKinds),
    floorRule: z.enum(floorRules),
    plannedMs: z.number().int().min(0).max(8 * hourMs),
    speakerMs: z.number().int().min(1_000).max(hourMs).optional(),
    curiousQuestionsOnly: z.boolean().default(false),
    presenterPart: z.enum(presenterParts).default('joins-in'),
    /** Left out, the phase admits its kind's default hand types. */
    admittedHandTypes: handTypeList.optional(),
    guidance: proseText().max(500).default(''),
    silenceGapMs: z.number().int().min(1_000).max(5 * 60_000).optional(),
    reminder: proseText().max(300).optional(),
  })
  .transform(({ admittedHandTypes, ...phase }) => ({
    ...phase,
    admittedHandTypes: admittedHandTypes ?? [...defaultAdmittedHandTypes[phase.kind]],
  }))
  .refine((phase) => phase.presenterPart !== 'holds-floor' || phase.floorRule === 'queue', {
    message: 'only a queue phase can give the presenter the floor',
    path: ['presenterPart'],
  })
  .refine((phase) => phase.silenceGapMs === undefined || phase.floorRule === 'queue', {
    message: 'only a queue phase keeps a silence between questions',
    path: ['silenceGapMs'],
  });

const command = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...shape });

const roundStart = command('round.start', {
  orderMode: z.enum(['seating', 'random', 'custom']),
  order: idList.optional(),
}).refine((c) => (c.orderMode === 'custom') === (c.order !== undefined), {
  message: 'a custom order lists the speakers; seating and random orders take none',
  path: ['order'],
});

const questionsMerge = command('questions.merge', {
  sourceIds: idList.min(1, 'merge at least one question'),
  targetId: circleIdSchema,
  text: questionText.optional(),
}).refine((c) => !c.sourceIds.includes(c.targetId), {
  message: 'a question cannot be merged into itself',
  path: ['sourceIds'],
});

export const facilitatorCommandSchemas = [
  command('session.start', {}),
  command('session.end', {}),
  command('phase.goTo', { phaseIndex: z.number().int().min(0).max(63) }),
  command('phase.next', {}),
  command('agenda.applyTemplate', { templateId: circleIdSchema }),
  command('agenda.updatePhases', { phases: z.array(agendaPhaseSchema).min(1, 'keep at least one phase').max(64) }),
  command('timer.start', { timer: timerName }),
  command('timer.pause', { timer: timerName }),
  command('timer.resume', { timer: timerName }),
  command('timer.reset', { timer: timerName }),
  command('timer.extend', { timer: timerName, ms: z.number().int().min(1_000).max(hourMs) }),
  command('floor.give', { participantId: circleIdSchema }),
  command('floor.giveNextInQueue', {}),
  command('floor.clear', {}),
  roundStart,
  command('round.setOrder', { order: idList }),
  command('round.advance', {}),
  command('round.passFor', {}),
  command('queue.setPolicy', { policy: z.enum(['first-come', 'least-heard-first']) }),
  command('seating.set', { order: idList }),
  command('presenter.set', { participantId: circleIdSchema.nullable() }),
  command('facilitatorMaySpeak.set', { enabled: z.boolean() }),
  command('role.handOver', { participantId: circleIdSchema }),
  command('roles.assign', { role: z.enum(forumRoles), participantId: circleIdSchema.nullable() }),
  command('roles.rotate', { role: z.enum(forumRoles) }),
  command('questions.reorder', { questionIds: idList }),
  questionsMerge,
  command('questions.hold', { questionId: circleIdSchema }),
  command('questions.release', { questionId: circleIdSchema }),
  command('questions.markAnswered', { questionId: circleIdSchema }),
  command('questions.pin', { questionId: circleIdSchema }),
  command('questions.unpin', { questionId: circleIdSchema }),
] as const;

/** Commands any participant issues for themselves; facilitators may use them too. */
export const memberCommandSchemas = [
  /** Without a type, the hand is for the current phase's first admitted type. */
  command('hand.raise', { handType: z.enum(handTypes).optional() }),
  command('hand.lower', {}),
  command('turn.pass', {}),
  command('turn.done', {}),
  command('question.submit', { text: questionText, anonymous: z.boolean() }),
  command('question.edit', { questionId: circleIdSchema, text: questionText }),
  command('question.withdraw', { questionId: circleIdSchema }),
  /** The presenter declines the question put to them; with an id, only if that one is still being asked. */
  command('question.pass', { questionId: circleIdSchema.optional() }),
  command('questions.keep', { keep: z.boolean() }),
] as const;

/** Commands for the holder of a forum role (see `role-authority.ts`); facilitators may use them too. */
export const roleCommandSchemas = [
  command('timeSignal.send', { kind: z.enum(timeSignalKinds) }),
  command('pause.call', {}),
  command('pause.resume', {}),
  command('nudge.send', { kind: z.enum(nudgeKinds) }),
  command('scribeNote.add', { text: scribeNoteText }),
  command('scribeNote.remove', { noteId: circleIdSchema }),
] as const;

/** Issued by the server from what it observes: presence, media state, voice activity. */
export const systemCommandSchemas = [
  command('participant.join', {
    participantId: circleIdSchema,
    // The member's stored name: one saved before names refused bidirectional controls loses them here
    // instead of keeping its owner out of the session.
    displayName: z.string().transform(withoutBidiControls).pipe(displayNameSchema),
    role: z.enum(['facilitator', 'member']),
    /** A member entering a cohort session: the items asked at the door and those they ticked. */
    privacyCheck: z.object({ asked: privacyItemListSchema, confirmed: privacyItemListSchema }).optional(),
  }),
  command('participant.presence', { participantId: circleIdSchema, presence: z.enum(['present', 'away', 'left']) }),
  command('participant.media', { participantId: circleIdSchema, mic: z.boolean(), camera: z.boolean() }),
  /** The presenter's ready brief, read by the server from storage as the presentation starts. */
  command('presenterBrief.reveal', { brief: presenterBriefFieldSchema.strict() }),
  /** The members' submitted updates, read by the server from storage as a check-in starts. */
  command('updateCards.load', { cards: updateCardListSchema }),
  command('voice.sample', {
    samples: z
      .array(z.object({ participantId: circleIdSchema, voiceMs: z.number().int().min(0).max(600_000) }))
      .max(64),
  }),
] as const;

export const facilitatorCommandSchema = z.discriminatedUnion('type', facilitatorCommandSchemas);
export const memberCommandSchema = z.discriminatedUnion('type', memberCommandSchemas);
export const roleCommandSchema = z.discriminatedUnion('type', roleCommandSchemas);
export const systemCommandSchema = z.discriminatedUnion('type', systemCommandSchemas);
/** What a participant may send over the wire: never a system command (joins, presence, voice samples). */
export const participantCommandSchema = z.discriminatedUnion('type', [
  ...facilitatorCommandSchemas,
  ...memberCommandSchemas,
  ...roleCommandSchemas,
]);
export const circleCommandSchema = z.discriminatedUnion('type', [
  ...facilitatorCommandSchemas,
  ...memberCommandSchemas,
  ...roleCommandSchemas,
  ...systemCommandSchemas,
]);

export type FacilitatorCommand = z.output<typeof facilitatorCommandSchema>;
export type MemberCommand = z.output<typeof memberCommandSchema>;
export type RoleCommand = z.output<typeof roleCommandSchema>;
export type SystemCommand = z.output<typeof systemCommandSchema>;
export type CircleCommand = z.output<typeof circleCommandSchema>;
export type ParticipantCommandInput = z.input<typeof participantCommandSchema>;
/** What a client sends (defaults not yet filled in). */
export type CircleCommandInput = z.input<typeof circleCommandSchema>;
export type CircleCommandType = CircleCommand['type'];
export type CommandOf<T extends CircleCommandType> = Extract<CircleCommand, { type: T }>;

/** `role`: the holder of the forum role named in `role-authority.ts`, or a facilitator. */
export type CommandAuthority = 'facilitator' | 'member' | 'role' | 'system';

const authorityByType = Object.fromEntries([
  ...facilitatorCommandSchemas.map((schema) => [schema.shape.type.value, 'facilitator'] as const),
  ...memberCommandSchemas.map((schema) => [schema.shape.type.value, 'member'] as const),
  ...roleCommandSchemas.map((schema) => [schema.shape.type.value, 'role'] as const),
  ...systemCommandSchemas.map((schema) => [schema.shape.type.value, 'system'] as const),
]) as Record<CircleCommandType, CommandAuthority>;

/** Who may issue a command: derived from the group its schema is in, so it cannot drift. */
export function commandAuthority(type: CircleCommandType): CommandAuthority {
  return authorityByType[type];
}

export const circleCommandTypes = Object.keys(authorityByType) as CircleCommandType[];
