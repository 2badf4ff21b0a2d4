import { isOverrun, isWarning, remainingMs, type CircleSessionView, type Timer } from '@peercircle/shared';
import { pauseCalledNews, resumedNews } from './guardian-pause';
import { ownRoleNews, timeSignalNews } from './forum-roles-view';
import { listeningNote, micHeldByFloor } from './mic-hold';
import { handJoinedQueueNews } from './my-hand';
import { phaseReminder, silenceHeadline, silenceLeftMs } from './question-pace';
import { rolePowerNews } from './role-powers';
import { describeTimeLeft } from './time-format';
import { currentPhaseOf, isFacilitatorView, nameOf } from './view-queries';

/** A view together with the server time it was looked at. */
export interface CircleMoment {
  view: CircleSessionView;
  now: number;
}

export interface Announcement {
  text: string;
  urgency: 'polite' | 'assertive';
  /** A soft timer warning or a time signal to the speaker, which also sounds the chime. */
  chime?: boolean;
  /** The guardian's pause beginning: its bell sounds for everyone, whatever the timer chime is set to. */
  bell?: boolean;
}

const polite = (text: string): Announcement => ({ text, urgency: 'polite' });

function sessionAndPhaseNews(previous: CircleSessionView, next: CircleSessionView): Announcement[] {
  if (previous.status !== 'ended' && next.status === 'ended') return [polite('The session has ended')];
  const news: Announcement[] = [];
  if (previous.status === 'not-started' && next.status === 'running') news.push(polite('The session has started'));
  const phase = currentPhaseOf(next);
  // Compared by id: editing the agenda can move the running phase to another index.
  if (phase && phase.phaseId !== currentPhaseOf(previous)?.phaseId) {
    news.push(polite(`Now: ${phase.title}`));
    // A reminder belongs to the phase (double confidentiality at the close): said once, as it begins.
    const reminder = phaseReminder(next);
    if (reminder) news.push(polite(reminder));
  }
  return news;
}

function roundNews(previous: CircleSessionView, next: CircleSessionView): Announcement[] {
  const samePhase = currentPhaseOf(previous)?.phaseId === currentPhaseOf(next)?.phaseId;
  const completed = previous.round?.status === 'active' && next.round?.status === 'complete';
  return samePhase && completed ? [polite('The round is complete')] : [];
}

function floorNews(previous: CircleSessionView, next: CircleSessionView): Announcement[] {
  const holderId = next.floor.holderId;
  // A new turn for the same holder (a new phase, say) is news too, so turns are told apart by their start.
  const sameTurn = holderId === previous.floor.holderId && next.floor.since === previous.floor.since;
  if (sameTurn || next.status !== 'running') return [];
  if (holderId === next.viewerId) return [{ text: "It's your turn to speak", urgency: 'assertive' }];
  if (holderId !== null) return [polite(`${nameOf(next, holderId)} holds the floor`)];
  const phaseChanged = currentPhaseOf(previous)?.phaseId !== currentPhaseOf(next)?.phaseId;
  const roundEnded = next.round?.status === 'complete';
  // A free floor that opens a silence is not free to take: the silence is said instead.
  const silenceBegan = next.silenceGap != null && next.silenceGap.startedAt !== previous.silenceGap?.startedAt;
  return phaseChanged || roundEnded || silenceBegan ? [] : [polite('The floor is free')];
}

/** A new presenter, said as what is now so ("Maya is presenting"), not as what was undone. */
function presenterNews(previous: CircleSessionView, next: CircleSessionView): Announcement[] {
  const presenterId = next.presenterId;
  if (presenterId === previous.presenterId || next.status === 'ended') return [];
  if (presenterId === null) return [polite('Nobody is presenting now')];
  return [polite(presenterId === next.viewerId ? 'You are presenting' : `${nameOf(next, presenterId)} is presenting`)];
}

/** The floor holding or freeing the viewer's microphone; their own turn is news enough on its own. */
function micNews(previous: CircleSessionView, next: CircleSessionView): Announcement[] {
  const held = micHeldByFloor(next);
  if (held === micHeldByFloor(previous)) return [];
  if (held) return [polite(listeningNote)];
  return next.status !== 'running' || next.floor.holderId === next.viewerId ? [] : [polite('You may speak now')];
}

/**
 * The guardian's pause: an urgent word and the bell for everyone as it begins; on resume, who has
 * the floor again (urgent for that person: it is their turn once more).
 */
function pauseNews(previous: CircleSessionView, next: CircleSessionView): Announcement[] {
  if (!previous.pause && next.pause) return [{ text: pauseCalledNews, urgency: 'assertive', bell: true }];
  if (previous.pause && !next.pause && next.status === 'running') {
    return [{ text: resumedNews(next), urgency: next.floor.holderId === next.viewerId ? 'assertive' : 'polite' }];
  }
  return [];
}

function handNews(previous: CircleSessionView, next: CircleSessionView): Announcement[] {
  const news = handJoinedQueueNews(previous, next);
  return news === null ? [] : [polite(news)];
}

function releasedQuestionNews(previous: CircleSessionView, next: CircleSessionView): Announcement[] {
  const wasReleased = new Set(previous.questions.filter((q) => q.status === 'released').map((q) => q.questionId));
  return next.questions
    .filter((q) => q.status === 'released' && !wasReleased.has(q.questionId))
    .map((q) => {
      const presenterId = next.presenterId;
      if (presenterId === null) return polite(`Question: ${q.text}`);
      const addressee = presenterId === next.viewerId ? 'you' : nameOf(next, presenterId);
      return polite(`Question for ${addressee}: ${q.text}`);
    });
}

/** The presenter passing on the question put to them, which everyone sees on screen too. */
function passedQuestionNews(previous: CircleSessionView, next: CircleSessionView): Announcement[] {
  const wasReleased = new Set(previous.questions.filter((q) => q.status === 'released').map((q) => q.questionId));
  if (!next.questions.some((q) => q.status === 'passed' && wasReleased.has(q.questionId))) return [];
  const presenterId = next.presenterId;
  if (presenterId === null) return [polite('The question was passed on')];
  return [polite(`${presenterId === next.viewerId ? 'You' : nameOf(next, presenterId)} passed on the question`)];
}

/**
 * The silence after an answer, said once as it begins; facilitators, who give the floor, also hear
 * when it has passed.
 */
function silenceNews(previous: CircleMoment, next: CircleMoment): Announcement[] {
  const [before, after] = [previous.view.silenceGap ?? null, next.view.silenceGap ?? null];
  const sameGap = before !== null && after !== null && before.startedAt === after.startedAt && before.endsAt === after.endsAt;
  const openNow = silenceLeftMs(next.view, next.now) > 0;
  if (!sameGap) return openNow ? [polite(silenceHeadline)] : [];
  const openBefore = silenceLeftMs(previous.view, previous.now) > 0;
  return openBefore && !openNow && isFacilitatorView(next.view) ? [polite('The silence has passed: you may give the floor')] : [];
}

function crossedWarning(before: Timer, beforeNow: number, after: Timer, afterNow: number): boolean {
  return !isWarning(before, beforeNow) && isWarning(after, afterNow);
}

function crossedTimeUp(before: Timer, beforeNow: number, after: Timer, afterNow: number): boolean {
  return !isOverrun(before, beforeNow) && isOverrun(after, afterNow);
}

function warning(text: string): Announcement {
  return { text, urgency: 'polite', chime: true };
}

/**
 * Soft warnings as time passes. The speaker's warning and time's up go to the speaker and the
 * facilitators only: listeners need no reminder of someone else's time.
 */
function timerWarnings(previous: CircleMoment, next: CircleMoment): Announcement[] {
  const before = previous.view;
  const after = next.view;
  const phase = currentPhaseOf(after);
  if (after.status !== 'running' || !phase || currentPhaseOf(before)?.phaseId !== phase.phaseId) return [];
  const warnings: Announcement[] = [];
  if (crossedWarning(before.phaseTimer, previous.now, after.phaseTimer, next.now)) {
    warnings.push(warning(`${describeTimeLeft(remainingMs(after.phaseTimer, next.now))} left in ${phase.title}`));
  }
  const holderId = after.floor.holderId;
  const sameTurn = holderId !== null && holderId === before.floor.holderId && after.floor.since === before.floor.since;
  const concernsViewer = holderId === after.viewerId || isFacilitatorView(after);
  if (sameTurn && concernsViewer && crossedWarning(before.speakerTimer, previous.now, after.speakerTimer, next.now)) {
    const left = describeTimeLeft(remainingMs(after.speakerTimer, next.now));
    const whose = holderId === after.viewerId ? 'your turn' : `${nameOf(after, holderId)}'s turn`;
    warnings.push(warning(`${left} left in ${whose}`));
  }
  if (sameTurn && concernsViewer && crossedTimeUp(before.speakerTimer, previous.now, after.speakerTimer, next.now)) {
    warnings.push(warning(holderId === after.viewerId ? "Your time is up — please finish your thought" : `${nameOf(after, holderId)}'s time is up`));
  }
  return warnings;
}

/**
 * What a viewer should hear about the change between two moments of the same session: news from a
 * new view (floor, phase, round, the viewer's waiting hand joining the queue, released question) and timer warnings crossed as time passed.
 */
export function circleAnnouncements(previous: CircleMoment, next: CircleMoment): Announcement[] {
  if (previous.view.sessionId !== next.view.sessionId) return [];
  const before = previous.view;
  const after = next.view;
  // A pause beginning or ending says all there is about the floor and the microphones itself.
  const pauseChanged = Boolean(before.pause) !== Boolean(after.pause);
  const viewNews =
    before === after
      ? []
      : [
          ...sessionAndPhaseNews(before, after),
          ...pauseNews(before, after),
          ...presenterNews(before, after),
          ...roundNews(before, after),
          ...(pauseChanged ? [] : floorNews(before, after)),
          ...handNews(before, after),
          ...(pauseChanged ? [] : micNews(before, after)),
          ...releasedQuestionNews(before, after),
          ...passedQuestionNews(before, after),
          ...ownRoleNews(before, after),
          ...timeSignalNews(before, after),
          ...rolePowerNews(before, after),
        ];
  return [...viewNews, ...silenceNews(previous, next), ...timerWarnings(previous, next)];
}

/**
 * The announcer speaks one message at a time, so news arriving together is read as one message,
 * urgent if any part of it is.
 */
export function combineAnnouncements(announcements: Announcement[]): Announcement | null {
  if (announcements.length === 0) return null;
  return {
    text: announcements.map((a) => a.text).join('. '),
    urgency: announcements.some((a) => a.urgency === 'assertive') ? 'assertive' : 'polite',
    chime: announcements.some((a) => a.chime),
    ...(announcements.some((a) => a.bell) ? { bell: true } : {}),
  };
}
