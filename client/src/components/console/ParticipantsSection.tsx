import type { CircleParticipant } from '@peercircle/shared';
import { useServerNow } from '../../circle/server-clock';
import { useSessionCommand } from '../../circle/session-commands';
import { formatDuration } from '../../circle/time-format';
import { useCircle } from '../../circle/use-circle';
import { rolesOf } from '../../circle/forum-roles-view';
import { floorMsOf, participantsInSeatingOrder } from '../../circle/view-queries';
import { RoleBadges } from '../room/RoleBadges';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ConsoleSection } from './ConsoleSection';

const presenceLabel = { present: 'Present', away: 'Away', left: 'Left' } as const;

/** Everyone in the circle: presence, media, how much they have been heard; presenter and role hand-over. */
export function ParticipantsSection() {
  const participants = useCircle(participantsInSeatingOrder);
  return (
    <ConsoleSection id="people" title="People in the circle">
      <ul className="participant-list">
        {participants.map((participant) => (
          <ParticipantRow key={participant.participantId} participant={participant} />
        ))}
      </ul>
    </ConsoleSection>
  );
}

function ParticipantRow({ participant }: { participant: CircleParticipant }) {
  const send = useSessionCommand();
  const { participantId, displayName: name } = participant;
  const now = useServerNow(1_000);
  const heard = useCircle((view) => ({
    floorMs: floorMsOf(view, participantId, now),
    voiceMs: view.ledger[participantId]?.voiceMs ?? 0,
    turns: view.ledger[participantId]?.turns ?? 0,
  }));
  const isPresenter = useCircle((view) => view.presenterId === participantId);
  const isSelf = useCircle((view) => view.viewerId === participantId);
  const roles = useCircle((view) => rolesOf(view, participantId));
  const member = participant.role === 'member';

  return (
    <li className={`participant presence-${participant.presence}`}>
      <p className="participant-name">
        {name}
        {isSelf ? ' (you)' : ''}
        {participant.role === 'facilitator' ? <span className="tag">Facilitator</span> : null}
        {isPresenter ? <span className="tag">Presenter</span> : null}
        <RoleBadges roles={roles} className="tag role" />
      </p>
      <p className="participant-state">
        {presenceLabel[participant.presence]} · Mic {participant.mic ? 'on' : 'off'} · Camera {participant.camera ? 'on' : 'off'}
      </p>
      <p className="participant-time">
        Floor {formatDuration(heard.floorMs)} · Voice {formatDuration(heard.voiceMs)} · {heard.turns} {heard.turns === 1 ? 'turn' : 'turns'}
      </p>
      {member ? (
        <div className="button-row">
          {isPresenter ? (
            <button type="button" className="small" onClick={() => void send({ type: 'presenter.set', participantId: null })}>
              Stop {name} presenting
            </button>
          ) : (
            <button type="button" className="small" onClick={() => void send({ type: 'presenter.set', participantId })}>
              Make {name} presenter
            </button>
          )}
          {participant.presence === 'present' ? (
            <ConfirmButton
              className="small"
              ariaLabel={`Hand facilitation to ${name}`}
              question={`Hand the facilitator role to ${name}?`}
              detail={`${name} gets this console and you become a member of the circle.`}
              confirmText="Yes, hand over"
              onConfirm={() => void send({ type: 'role.handOver', participantId })}
            >
              Hand over facilitation
            </ConfirmButton>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
