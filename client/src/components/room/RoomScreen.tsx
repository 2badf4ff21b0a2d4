import { SessionCommandProvider } from '../../circle/session-commands';
import { useCircleAnnouncements } from '../../circle/use-circle-announcements';
import { useCircleShortcuts } from '../../circle/use-circle-shortcuts';
import type { RoomConnection } from '../../room/room-connection';
import { useAppStore } from '../../store/store';
import { CommandRefusalNotice } from './CommandRefusalNotice';
import { ConnectionBanner } from './ConnectionBanner';
import { ControlBar } from './ControlBar';
import { FacilitatorConsole } from '../console/FacilitatorConsole';
import { GuardianPause } from './GuardianPause';
import { MemberPanel } from './MemberPanel';
import { PhaseHeader } from './PhaseHeader';
import { PinnedBrief } from './PinnedBrief';
import { FloorUpdateCard } from './FloorUpdateCard';
import { ReleasedQuestion } from './ReleasedQuestion';
import { SessionEndedCard } from './SessionEndedCard';
import { ShortcutsHelp } from './ShortcutsHelp';
import { TimeSignalNotice } from './TimeSignalNotice';
import { Toasts } from './Toasts';
import { VideoGrid } from './VideoGrid';

interface RoomScreenProps {
  connection: RoomConnection;
  onLeave(): void;
}

export function RoomScreen({ connection, onLeave }: RoomScreenProps) {
  return (
    <SessionCommandProvider send={connection.sendSessionCommand}>
      <RoomLayout connection={connection} onLeave={onLeave} />
    </SessionCommandProvider>
  );
}

/** The video grid with the circle around it: the phase above, the facilitator's or member's panel beside. */
function RoomLayout({ connection, onLeave }: RoomScreenProps) {
  // A cohort session's title is the cohort's name; an ad-hoc room is known by its name in the URL.
  const title = useAppStore((state) => state.session.view?.title ?? state.room.roomId);
  const tileCount = useAppStore((state) => state.room.participants.length + 1);
  // Someone not (yet) in the circle sees what a member sees.
  const panel = useAppStore((state) => {
    const view = state.session.view;
    if (!view) return null;
    return view.viewerRole === 'facilitator' ? 'facilitator' : 'member';
  });
  useCircleAnnouncements();
  useCircleShortcuts();

  return (
    <main className={panel ? 'room with-circle' : 'room'}>
      <header className="room-header">
        <h1>{title}</h1>
        <p className="room-count">{tileCount === 1 ? 'Only you so far' : `${tileCount} in the circle`}</p>
        <ShortcutsHelp />
      </header>
      <ConnectionBanner />
      {panel ? <PhaseHeader /> : null}
      {panel ? <GuardianPause /> : null}
      {panel ? <PinnedBrief /> : null}
      {panel ? <FloorUpdateCard /> : null}
      {panel ? <ReleasedQuestion /> : null}
      {panel ? <TimeSignalNotice /> : null}
      <SessionEndedCard />
      <div className="room-body">
        <VideoGrid connection={connection} />
        {panel === 'facilitator' ? <FacilitatorConsole /> : null}
        {panel === 'member' ? <MemberPanel /> : null}
      </div>
      <CommandRefusalNotice />
      <Toasts />
      <ControlBar connection={connection} onLeave={onLeave} />
    </main>
  );
}
