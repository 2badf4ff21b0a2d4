import type { CircleSession } from '@peercircle/shared';
import { describe, expect, it } from 'vitest';
import { circleAnnouncements, combineAnnouncements, type CircleMoment } from './circle-announcements';
import { act, ada, bo, circleInPhase, cy, di, maya, runningCircle, seatedCircle, viewAs } from './test-circle';

const moment = (state: CircleSession, viewerId: string, now = state.clock): CircleMoment => ({ view: viewAs(state, viewerId), now });
const texts = (previous: CircleMoment, next: CircleMoment) => circleAnnouncements(previous, next).map((a) => a.text);

describe('circleAnnouncements: news from a new view', () => {
  it('says who presents when the facilitator changes it, to them as "you"', () => {
    const before = seatedCircle('consultancy', maya);
    const after = act(before, { type: 'presenter.set', participantId: bo });
    expect(texts(moment(before, cy), moment(after, cy))).toEqual(['Bo is presenting']);
    expect(texts(moment(before, bo), moment(after, bo))).toEqual(['You are presenting']);
    expect(texts(moment(after, cy), moment(act(after, { type: 'presenter.set', participantId: null }), cy))).toEqual(['Nobody is presenting now']);
  });

  it('tells a listener when the floor holds their microphone and when it lets it go', () => {
    const round = runningCircle('council');
    const mayaDone = act(round, { type: 'turn.done' }, maya);
    expect(texts(moment(round, maya), moment(mayaDone, maya))).toEqual(['Bo holds the floor', "Listening — your microphone opens when it's your turn"]);
    expect(texts(moment(round, bo), moment(mayaDone, bo))).toEqual(["It's your turn to speak"]);
    const facilitatorSilent = act(round, { type: 'facilitatorMaySpeak.set', enabled: false });
    const facilitatorHeard = act(facilitatorSilent, { type: 'facilitatorMaySpeak.set', enabled: true });
    expect(texts(moment(facilitatorSilent, ada), moment(facilitatorHeard, ada))).toEqual(['You may speak now']);
    expect(texts(moment(facilitatorSilent, bo), moment(facilitatorHeard, bo))).toEqual([]);
  });

  it('announces the start, the first phase and who holds the floor', () => {
    const before = seatedCircle('council');
    const after = act(before, { type: 'session.start' });
    expect(texts(moment(before, bo), moment(after, bo))).toEqual([
      'The session has started',
      'Now: Check-in',
      'Maya holds the floor',
      "Listening — your microphone opens when it's your turn",
    ]);
  });

  it("tells the new floor holder assertively that it's their turn", () => {
    const before = runningCircle('council');
    const after = act(before, { type: 'turn.done' }, maya);
    expect(circleAnnouncements(moment(before, bo), moment(after, bo))).toEqual([
      { text: "It's your turn to speak", urgency: 'assertive' },
    ]);
    expect(texts(moment(before, cy), moment(after, cy))).toEqual(['Bo holds the floor']);
  });

  it('announces a completed round without also calling the floor free', () => {
    let before = runningCircle('council');
    for (const speaker of [maya, bo, cy]) before = act(before, { type: 'turn.done' }, speaker);
    const after = act(before, { type: 'turn.done' }, di);
    expect(texts(moment(before, bo), moment(after, bo))).toEqual(['The round is complete']);
  });

  it('announces a new phase by its title', () => {
    const before = runningCircle('council');
    const after = act(before, { type: 'phase.next' });
    expect(texts(moment(before, cy), moment(after, cy))).toEqual(['Now: Council round', 'Maya holds the floor']);
  });

  it('says the floor is free when a queue floor is cleared', () => {
    const before = act(circleInPhase('curious-questions'), { type: 'floor.give', participantId: bo });
    const after = act(before, { type: 'turn.done' }, bo);
    expect(texts(moment(before, cy), moment(after, cy))).toEqual(['The floor is free']);
  });

  it('tells the owner, and only them, when their waiting hand joins the queue', () => {
    const raised = act(circleInPhase('clarifying-questions'), { type: 'hand.raise', handType: 'experience' }, di);
    const reflections = act(raised, { type: 'phase.goTo', phaseIndex: raised.agenda.phases.findIndex((phase) => phase.phaseId === 'reflections') });
    expect(texts(moment(raised, di), moment(reflections, di))).toContain('Your experience share is now in the queue');
    expect(texts(moment(raised, cy), moment(reflections, cy)).join(' ')).not.toContain('queue');
  });

  it('reads a released question, addressed to the presenter by name or as "you"', () => {
    let before = circleInPhase('curious-questions');
    before = act(before, { type: 'question.submit', text: 'What would you regret?', anonymous: true }, bo);
    const after = act(before, { type: 'questions.release', questionId: 'q1' });
    expect(texts(moment(before, cy), moment(after, cy))).toEqual(['Question for Maya: What would you regret?']);
    expect(texts(moment(before, maya), moment(after, maya))).toEqual(['Question for you: What would you regret?']);
  });

  it('announces only the end when the session ends', () => {
    const before = runningCircle('council');
    const after = act(before, { type: 'session.end' });
    expect(texts(moment(before, bo), moment(after, bo))).toEqual(['The session has ended']);
  });

  it('says nothing across different sessions or when nothing changed', () => {
    const state = runningCircle('council');
    const other = { ...moment(state, bo), view: { ...viewAs(state, bo), sessionId: 'session-2', version: 99 } };
    expect(circleAnnouncements(moment(seatedCircle('council'), bo), other)).toEqual([]);
    const same = moment(state, bo);
    expect(circleAnnouncements(same, { ...same, now: same.now + 1_000 })).toEqual([]);
  });
});

describe('circleAnnouncements: timer warnings as time passes', () => {
  const state = runningCircle('council');
  const phaseStart = state.phaseTimer.runningSince as number;
  const at = (viewerId: string, secondsIn: number) => moment(state, viewerId, phaseStart + secondsIn * 1_000);

  it('warns everyone with a chime when the phase timer enters its last two minutes', () => {
    // Check-in is planned for 15 minutes: the warning starts at 13:00.
    expect(circleAnnouncements(at(bo, 779), at(bo, 781))).toEqual([
      { text: '2 minutes left in Check-in', urgency: 'polite', chime: true },
    ]);
    expect(circleAnnouncements(at(bo, 781), at(bo, 783))).toEqual([]);
  });

  it("warns the speaker and the facilitator, not the listeners, near the end of a turn", () => {
    // Two minutes per turn: the warning starts with 24 seconds left.
    expect(texts(at(maya, 95), at(maya, 96.5))).toEqual(['24 seconds left in your turn']);
    expect(texts(at(ada, 95), at(ada, 96.5))).toEqual(["24 seconds left in Maya's turn"]);
    expect(texts(at(bo, 95), at(bo, 96.5))).toEqual([]);
  });

  it("tells the speaker gently, with a chime, that their time is up, and the facilitator whose it is", () => {
    // The turn began with the phase: two minutes, so time is up at 120 seconds.
    expect(circleAnnouncements(at(maya, 119.5), at(maya, 120.5))).toEqual([
      { text: 'Your time is up — please finish your thought', urgency: 'polite', chime: true },
    ]);
    expect(texts(at(ada, 119.5), at(ada, 120.5))).toEqual(["Maya's time is up"]);
    expect(texts(at(bo, 119.5), at(bo, 120.5))).toEqual([]);
    expect(texts(at(maya, 121), at(maya, 125))).toEqual([]);
  });

  it('does not warn when a paused timer sits in its warning stretch', () => {
    const paused = act(state, { type: 'timer.pause', timer: 'phase' }, ada, phaseStart + 800_000);
    expect(circleAnnouncements(moment(paused, bo, phaseStart + 800_000), moment(paused, bo, phaseStart + 900_000))).toEqual([]);
  });
});

describe('circleAnnouncements: the clearness committee', () => {
  // Maya is the focus person; Bo asks; Ada facilitates.
  const answering = () => {
    const asked = act(circleInPhase('open-questions', 'clearness-committee'), { type: 'question.submit', text: 'What is yours to do?', anonymous: true }, bo);
    return act(act(asked, { type: 'questions.release', questionId: 'q1' }), { type: 'floor.give', participantId: maya });
  };

  it('says the pass and the silence once, to everyone, instead of calling the floor free', () => {
    const before = answering();
    const after = act(before, { type: 'question.pass', questionId: 'q1' }, maya);
    expect(texts(moment(before, bo), moment(after, bo))).toEqual(['Maya passed on the question', 'Silence before the next question']);
    expect(texts(moment(before, maya), moment(after, maya))).toEqual([
      "Listening — your microphone opens when it's your turn",
      'You passed on the question',
      'Silence before the next question',
    ]);
    // A second later the silence is no news.
    expect(texts(moment(after, bo), moment(after, bo, after.clock + 1_000))).toEqual([]);
  });

  it('tells facilitators, who give the floor, when the silence has passed', () => {
    const after = act(answering(), { type: 'turn.done' }, maya);
    const endsAt = after.silenceGap!.endsAt;
    expect(texts(moment(after, ada, endsAt - 500), moment(after, ada, endsAt))).toEqual(['The silence has passed: you may give the floor']);
    expect(texts(moment(after, bo, endsAt - 500), moment(after, bo, endsAt))).toEqual([]);
    expect(texts(moment(after, ada, endsAt), moment(after, ada, endsAt + 1_000))).toEqual([]);
  });

  it('does not announce a silence that was already over when the view arrived', () => {
    const before = answering();
    const after = act(before, { type: 'turn.done' }, maya);
    expect(texts(moment(before, bo), moment(after, bo, after.silenceGap!.endsAt))).toEqual([]);
  });

  it('reads the double confidentiality reminder as the closing begins', () => {
    const mirroring = act(answering(), { type: 'phase.goTo', phaseIndex: 3 });
    const closing = act(mirroring, { type: 'phase.next' });
    expect(texts(moment(mirroring, cy), moment(closing, cy)).slice(0, 2)).toEqual([
      'Now: Closing',
      'Double confidentiality: nothing said here is repeated outside, and nobody raises it with the focus person afterwards unless they invite it.',
    ]);
  });
});

describe('combineAnnouncements', () => {
  it('joins news into one message, urgent and chiming if any part is', () => {
    expect(
      combineAnnouncements([
        { text: 'Now: Council round', urgency: 'polite' },
        { text: "It's your turn to speak", urgency: 'assertive' },
      ]),
    ).toEqual({ text: "Now: Council round. It's your turn to speak", urgency: 'assertive', chime: false });
    expect(combineAnnouncements([])).toBeNull();
  });
});
