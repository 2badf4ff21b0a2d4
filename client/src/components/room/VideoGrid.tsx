import { cloneElement, useCallback, useMemo, useRef, type ReactElement } from 'react';
import { tileStatusOf, type TileStatuses } from '../../circle/tile-status';
import { useListening, useMicHoldNote, useTileStatuses } from '../../circle/use-tile-statuses';
import { galleryLayout } from '../../room/gallery-layout';
import type { RoomConnection } from '../../room/room-connection';
import { useElementSize } from '../../room/use-element-size';
import type { RemoteTracks } from '../../store/media-slice';
import { isSending, type RemoteParticipant } from '../../store/room-slice';
import { useAppStore } from '../../store/store';
import { VideoTile } from './VideoTile';

/** Matches `.grid { gap }` in styles.css. */
const GRID_GAP_PX = 12;

/**
 * The circle's video tiles in rows that fill the area; whoever holds the floor comes first, as a
 * larger spotlight tile.
 */
export function VideoGrid({ connection }: { connection: RoomConnection }) {
  const room = useAppStore((state) => state.room);
  const localStream = useAppStore((state) => state.media.localStream);
  const micEnabled = useAppStore((state) => state.media.micEnabled);
  const cameraEnabled = useAppStore((state) => state.media.cameraEnabled);
  const remoteTracks = useAppStore((state) => state.media.remoteTracks);
  const speakerId = useAppStore((state) => state.media.selectedSpeakerId);
  const statuses = useTileStatuses();
  const listening = useListening();
  const holdNote = useMicHoldNote();
  const gridRef = useRef<HTMLElement>(null);
  const area = useElementSize(gridRef, { width: 1280, height: 720 });
  const selfId = room.self?.participantId;

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
      status={tileStatusOf(statuses, selfId)}
      listening={listening ? holdNote : undefined}
    />
  );
  const remoteTiles = room.participants.map((participant) => (
    <RemoteTile
      key={participant.participantId}
      participant={participant}
      tracks={remoteTracks[participant.participantId]}
      speaking={room.activeSpeakerId === participant.participantId}
      statuses={statuses}
      speakerId={speakerId}
      onVideoWidth={connection.showVideoAtWidth}
    />
  ));
  const tiles: ReactElement<{ span?: number }>[] = [selfTile, ...remoteTiles];
  const holderId = Object.keys(statuses).find((id) => statuses[id]?.floorHolder);
  const holderTile = tiles.find((tile) => holderId !== undefined && tile.key === holderId);
  const ordered = holderTile ? [holderTile, ...tiles.filter((tile) => tile !== holderTile)] : tiles;
  const layout = galleryLayout(ordered.length, { ...area, gap: GRID_GAP_PX }, Boolean(holderTile));

  return (
    // Focusable: when the grid has to scroll (a short window, the ended card below it), the keyboard can scroll it.
    <section
      ref={gridRef}
      className="grid"
      tabIndex={0}
      aria-label="Participants"
      data-count={tiles.length}
      data-spotlight={holderTile ? true : undefined}
      style={{
        gridTemplateColumns: `repeat(${layout.columns}, minmax(0, 1fr))`,
        gridTemplateRows: layout.rowWeights.map((weight) => `minmax(0, ${weight}fr)`).join(' '),
      }}
    >
      {ordered.map((tile, index) => cloneElement(tile, { span: layout.spans[index] ?? 1 }))}
    </section>
  );
}

interface RemoteTileProps {
  participant: RemoteParticipant;
  tracks: RemoteTracks | undefined;
  speaking: boolean;
  statuses: TileStatuses;
  speakerId: string | null;
  span?: number;
  onVideoWidth(participantId: string, widthPx: number): void;
}

function RemoteTile({ participant, tracks, speaking, statuses, speakerId, span, onVideoWidth }: RemoteTileProps) {
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
      status={tileStatusOf(statuses, participantId)}
      span={span}
      speakerId={speakerId}
      onWidthChange={reportWidth}
    />
  );
}
