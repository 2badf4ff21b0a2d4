import { useId, useState } from 'react';
import type { WaitingMemberSummary } from '@peercircle/shared';
import { privacyCheckText } from '../../circle/privacy-check-text';
import { useServerNow } from '../../circle/server-clock';
import { useCircle } from '../../circle/use-circle';
import { useOptimisticFlag } from '../../circle/use-optimistic-flag';
import { admitWaitingMember, describeLobbyError as describeError } from '../../room/lobby-admission';
import { useRoomConnection } from '../../room/room-context';
import { useAppStore } from '../../store/store';
import { announce } from '../../store/ui-slice';
import { ConsoleSection } from './ConsoleSection';

/**
 * Who waits at the door of this session, letting them in, and opening the door for everyone; how
 * many of those inside confirmed the door's privacy checklist.
 */
export function LobbySection() {
  const connection = useRoomConnection();
  const waiting = useAppStore((state) => state.lobby.waiting);
  const doorOpen = useAppStore((state) => state.lobby.doorOpen);
  const privacyCheck = useCircle((view) => view.privacyCheck);
  const [problem, setProblem] = useState<string | null>(null);
  const ids = { door: useId(), doorHint: useId() };
  const [doorShownOpen, setDoor] = useOptimisticFlag(doorOpen, changeDoor);

  async function admit(member: WaitingMemberSummary) {
    setProblem(null);
    const problem = await admitWaitingMember(connection, member);
    if (problem) fail(problem);
  }

  async function admitEveryone() {
    setProblem(null);
    const results = await Promise.allSettled(waiting.map((member) => connection.admitMember(member.memberId)));
    const failed = waiting.filter((_, index) => results[index]?.status === 'rejected').map((member) => member.displayName);
    if (failed.length === 0) announce('Everyone waiting was let in');
    else fail(`Could not let in: ${failed.join(', ')}. Try again.`);
  }

  async function changeDoor(open: boolean): Promise<boolean> {
    setProblem(null);
    try {
      await connection.setDoorOpen(open);
      announce(open ? 'The door is open: members come straight in' : 'The door is closed: members wait in the lobby');
      return true;
    } catch (error) {
      fail(`Could not change the door: ${describeError(error)}`);
      return false;
    }
  }

  function fail(message: string) {
    setProblem(message);
    announce(message, 'assertive');
  }

  return (
    <ConsoleSection id="lobby" title="Lobby" count={waiting.length} className="lobby-section">
      {privacyCheck ? <p className="privacy-count">{privacyCheckText(privacyCheck)}</p> : null}
      {waiting.length === 0 ? (
        <p className="hint">Nobody is waiting.</p>
      ) : (
        <>
          <ul className="lobby-list">
            {waiting.map((member) => (
              <WaitingMember key={member.memberId} member={member} onAdmit={() => void admit(member)} />
            ))}
          </ul>
          <button type="button" onClick={() => void admitEveryone()}>
            Admit everyone
          </button>
        </>
      )}
      <label className="checkbox" htmlFor={ids.door}>
        <input
          id={ids.door}
          type="checkbox"
          checked={doorShownOpen}
          onChange={(event) => setDoor(event.target.checked)}
          aria-describedby={ids.doorHint}
        />
        Let everyone in directly
      </label>
      <p id={ids.doorHint} className="hint">
        {doorShownOpen ? 'Members who arrive now come straight into the circle.' : 'Members wait here until you let them in.'}
      </p>
      {problem ? <p className="error">{problem}</p> : null}
    </ConsoleSection>
  );
}

function WaitingMember({ member, onAdmit }: { member: WaitingMemberSummary; onAdmit(): void }) {
  const now = useServerNow(15_000);
  const minutes = Math.max(0, Math.floor((now - member.since) / 60_000));
  return (
    <li>
      <span className="participant-name">{member.displayName}</span>
      <span className="hint">{minutes < 1 ? 'just arrived' : `waiting ${minutes} min`}</span>
      <button type="button" className="primary small" onClick={onAdmit}>
        Admit {member.displayName}
      </button>
    </li>
  );
}
