import { useCallback, useMemo } from 'react';
import type { RoomConnection } from '../room/room-connection';
import type { RemoteTracks } from '../store/media-slice';
import { isSending, type RemoteParticipant } from '../store/room-slice';
import { useAppStore } from '../store/store';
import { VideoTile } from './VideoTile';

/** The circle's video tiles; whoever holds the floor comes first, as a larger spotlight tile. */
export function VideoGrid({ connection }: { connection: RoomConnection }) {
  const room = useAppStore((state) => state.room);
  const localStream = useAppStore((state) => state.media.localStream);
  const micEnabled = useAppStore((state) => state.media.micEnabled);
  const cameraEnabled = useAppStore((state) => state.media.cameraEnabled);
  const remoteTracks = useAppStore((state) => state.media.remoteTracks);
  const floorHolderId = useAppStore((state) => state.session.view?.floor.holderId ?? null);
  const selfId = room.self?.participantId;
  const tileCount = room.participants.length + 1;

  const selfTile = (
    <VideoTile
      key={selfId ?? 'self'}
      label={room.self?.displayName ?? 'You'}
      participantId={selfId}
      stream={localStream}
      isSelf
      micOn={micEnabled}
      cameraOn={cameraEnabled}
      highlighted={room.activeSpeakerId !== null && room.activeSpeakerId === selfId}
      floorHolder={floorHolderId !== null && floorHolderId === selfId}
    />
  );
  const remoteTiles = room.participants.map((participant) => (
    <RemoteTile
      key={participant.participantId}
      participant={participant}
      tracks={remoteTracks[participant.participantId]}
      speaking={room.activeSpeakerId === participant.participantId}
      floorHolder={floorHolderId === participant.participantId}
      onVideoWidth={connection.showVideoAtWidth}
    />
  ));
  const tiles = [selfTile, ...remoteTiles];
  const holderTile = tiles.find((tile) => floorHolderId !== null && tile.key === floorHolderId);
  const ordered = holderTile ? [holderTile, ...tiles.filter((tile) => tile !== holderTile)] : tiles;

  return (
    <section className="grid" aria-label="Participants" data-count={tileCount} data-spotlight={holderTile ? true : undefined}>
      {ordered}
    </section>
  );
}

interface RemoteTileProps {
  participant: RemoteParticipant;
  tracks: RemoteTracks | undefined;
  speaking: boolean;
  floorHolder: boolean;
  onVideoWidth(participantId: string, widthPx: number): void;
}

function RemoteTile({ participant, tracks, speaking, floorHolder, onVideoWidth }: RemoteTileProps) {
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
      floorHolder={floorHolder}
      onWidthChange={reportWidth}
    />
  );
}
