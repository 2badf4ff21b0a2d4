import { useCallback, useState, type ReactNode } from 'react';
import type { PrivacyItem } from '@peercircle/shared';
import { RequestError } from '../../realtime/request';
import type { RoomConnection, RoomTarget } from '../../room/room-connection';
import { useLoadedRoom } from '../../room/use-loaded-room';
import { setConnectionStatus } from '../../store/connection-slice';
import { useAppStore } from '../../store/store';
import { PageHeading } from '../ui/PageHeading';

type Stage = 'prejoin' | 'joining' | 'entered' | 'left';

/**
 * What the pre-join screen hands over: demo rooms the name typed (in a cohort session the server
 * knows who you are); cohort sessions the checklist items the member ticked.
 */
export interface JoinChoices {
  displayName?: string;
  privacyConfirmed?: PrivacyItem[];
}

export interface PreJoinControls {
  joining: boolean;
  error: string | null;
  join(choices?: JoinChoices): void;
}

interface RoomPageProps {
  /** A cohort session's id, or a demo room's name. */
  room: { sessionId: string } | { demoRoom: string };
  preJoin(controls: PreJoinControls): ReactNode;
  /** Extra ways on after leaving, besides rejoining (e.g. back to the member's home). */
  afterLeaving?: ReactNode;
  /** Shown after leaving a session that had ended (e.g. the member's commitment for next time). */
  afterSessionEnded?: ReactNode;
}

/**
 * A visit to a room, for demo rooms (`/r/`) and cohort sessions (`/s/`) alike: the pre-join
 * screen, then wherever the door puts you (`room.entry`: the agreement, the lobby, or inside),
 * then a goodbye with a way back in. Leaving the page leaves the room.
 */
export function RoomPage({ room, preJoin, afterLeaving, afterSessionEnded }: RoomPageProps) {
  /** The cohort session's id for its REST calls; null for a demo room. */
  const cohortSessionId = 'sessionId' in room ? room.sessionId : null;
  const { loaded, whenLoaded } = useLoadedRoom();
  const [stage, setStage] = useState<Stage>('prejoin');
  const [joinError, setJoinError] = useState<string | null>(null);
  // Kept for this visit only: asking again after the agreement or from the lobby carries the same answers.
  const [choices, setChoices] = useState<JoinChoices>({});
  const [leftEndedSession, setLeftEndedSession] = useState(false);
  const entry = useAppStore((state) => state.room.entry.kind);
  const connection = loaded?.connection ?? null;

  async function join(chosen: JoinChoices = {}) {
    setChoices(chosen);
    setStage('joining');
    setJoinError(null);
    let joining: RoomConnection | null = null;
    try {
      joining = (await whenLoaded()).connection;
      await joining.join(targetOf(room, chosen));
      setStage('entered');
    } catch (error) {
      joining?.leave();
      const refused = error instanceof RequestError && error.code !== 'timeout' ? error.code : null;
      setConnectionStatus('failed', null, refused);
      setJoinError(error instanceof RequestError ? error.message : joining ? 'Could not join. Try again.' : 'PeerCircle could not load the room. Check your network and reload the page.');
      setStage('prejoin');
    }
  }

  /** From the door (after accepting the agreement, or retrying from the lobby): ask to enter again. */
  const enterAgain = useCallback(async () => connection?.join(targetOf(room, choices)), [connection, room, choices]);

  const leave = useCallback(() => {
    setLeftEndedSession(useAppStore.getState().session.view?.status === 'ended');
    connection?.leave();
    setStage('left');
  }, [connection]);

  if (stage === 'left') {
    return (
      <main className="centered">
        <PageHeading stage="left">You left the circle</PageHeading>
        <div className="button-row">
          <button type="button" className="primary" onClick={() => setStage('prejoin')}>
            Rejoin
          </button>
          {afterLeaving}
        </div>
        {leftEndedSession ? afterSessionEnded : null}
      </main>
    );
  }
  // The room shows as soon as the server lets us in; the media connects in front of the person.
  if (loaded && (stage === 'joining' || stage === 'entered') && entry !== 'outside') {
    const { RoomProvider, RoomScreen, LobbyScreen, AgreementScreen } = loaded.module;
    return (
      <RoomProvider connection={loaded.connection} cohortSessionId={cohortSessionId}>
        {entry === 'inside' ? <RoomScreen connection={loaded.connection} onLeave={leave} /> : null}
        {entry === 'lobby' ? <LobbyScreen connection={loaded.connection} onRetry={enterAgain} onLeave={leave} /> : null}
        {entry === 'agreement' ? <AgreementScreen onAccepted={enterAgain} onLeave={leave} /> : null}
      </RoomProvider>
    );
  }
  return <>{preJoin({ joining: stage === 'joining', error: joinError, join: (chosen) => void join(chosen) })}</>;
}

function targetOf(room: RoomPageProps['room'], { displayName, privacyConfirmed }: JoinChoices): RoomTarget {
  if ('sessionId' in room) return privacyConfirmed === undefined ? room : { ...room, privacyConfirmed };
  return displayName === undefined ? room : { ...room, displayName };
}
