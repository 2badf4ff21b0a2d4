import { useCallback, useMemo } from 'react';
import type { RoomConnection } from '../room/room-connection';
import { isSending, type RemoteParticipant } from '../store/room-slice';
import { useAppStore } from '../store/store';
import type { RemoteTracks } from '../store/media-slice';
import { ConnectionBanner } from './ConnectionBanner';
import { ControlBar } from './ControlBar';
import { VideoTile } from './VideoTile';

interface RoomScreenProps {
  connection: RoomConnection;
  onLeave(): void;
}

export function RoomScreen({ connection, onLeave }: RoomScreenProps) {
  const room = useAppStore((state) => state.room);
  const { localStream, micEnabled, cameraEnabled } = useAppStore((state) => state.media);
  const remoteTracks = useAppStore((state) => state.media.remoteTracks);
  const tileCount = room.participants.length + 1;

  return (
    <main className="room">
      <header className="room-header">
        <h1>{room.roomId}</h1>
        <p className="room-count">{tileCount === 1 ? 'Only you so far' : `${tileCount} in the circle`}</p>
      </header>
      <ConnectionBanner />
      <section className="grid" aria-label="Participants" data-count={tileCount}>
        <VideoTile
          label={room.self?.displayName ?? 'You'}
          participantId={room.self?.participantId}
          stream={localStream}
          isSelf
          micOn={micEnabled}
          cameraOn={cameraEnabled}
          highlighted={room.activeSpeakerId !== null && room.activeSpeakerId === room.self?.participantId}
        />
        {room.participants.map((participant) => (
          <RemoteTile
            key={participant.participantId}
            participant={participant}
            tracks={remoteTracks[participant.participantId]}
            speaking={room.activeSpeakerId === participant.participantId}
            onVideoWidth={connection.showVideoAtWidth}
          />
        ))}
      </section>
      <ControlBar connection={connection} onLeave={onLeave} />
    </main>
  );
}

interface RemoteTileProps {
  participant: RemoteParticipant;
  tracks: RemoteTracks | undefined;
  speaking: boolean;
  onVideoWidth(participantId: string, widthPx: number): void;
}

function RemoteTile({ participant, tracks, speaking, onVideoWidth }: RemoteTileProps) {
  const { participantId } = participant;
  const hasVideo = Boolean(tracks?.video);
  const reportWidth = useCallback(
    (widthPx: number) => (hasVideo ? onVideoWidth(participantId, widthPx) : undefined),
    [onVideoWidth, participantId, hasVideo],
  );
  const stream = useMemo(() => {
    const live = [tracks?.audio, tracks?.video].filter((track): track is MediaStreamTrack => Boolean(track));
    return live.length > 0 ? new MediaStream(live) : null;
  }, [tracks?.audio, tracks?.video]);
  return (
    <VideoTile
      label={participant.displayName}
      participantId={participant.participantId}
      stream={stream}
      isSelf={false}
      micOn={isSending(participant, 'mic')}
      cameraOn={isSending(participant, 'camera') && Boolean(tracks?.video)}
      highlighted={speaking}
      onWidthChange={reportWidth}
    />
  );
}
