import { useEffect, useLayoutEffect, useRef } from 'react';
import { ordinal } from '../circle/floor-status';
import { listeningNote } from '../circle/mic-hold';
import type { TileStatus } from '../circle/tile-status';

interface VideoTileProps {
  label: string;
  stream: MediaStream | null;
  isSelf: boolean;
  micOn: boolean;
  cameraOn: boolean;
  highlighted: boolean;
  /** Their part in the circle: presenter, floor, next in the round, raised hand. */
  status?: TileStatus;
  /** Own tile: the floor rule holds the microphone in the SFU until their turn. */
  listening?: boolean;
  participantId?: string;
  /** Grid columns the tile spans, from the gallery layout. */
  span?: number;
  /** Where to play their audio, where the browser lets a page choose (setSinkId). */
  speakerId?: string | null;
  /** Called with the tile's width whenever it changes, to pick a video resolution. */
  onWidthChange?(widthPx: number): void;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');

type SinkableVideo = HTMLVideoElement & { setSinkId?(sinkId: string): Promise<void> };

/**
 * One person in the grid. The video element also plays their audio (muted for our own tile), so a
 * participant with the camera off is still heard.
 */
export function VideoTile(props: VideoTileProps) {
  const { label, stream, isSelf, micOn, cameraOn, highlighted, status, listening, participantId, span, speakerId, onWidthChange } = props;
  const videoRef = useRef<SinkableVideo>(null);
  const tileRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const tile = tileRef.current;
    if (!tile || !onWidthChange) return;
    const observer = new ResizeObserver(([entry]) => entry && onWidthChange(entry.contentRect.width));
    observer.observe(tile);
    return () => observer.disconnect();
  }, [onWidthChange]);

  // Before paint, so the first remote frame is not held back a frame by the effect queue.
  useLayoutEffect(() => {
    const video = videoRef.current;
    if (!video || video.srcObject === stream) return;
    video.srcObject = stream;
    if (stream) video.play().catch(() => undefined);
  }, [stream]);

  useEffect(() => {
    const video = videoRef.current;
    if (isSelf || !video?.setSinkId || speakerId === undefined || speakerId === null) return;
    video.setSinkId(speakerId).catch(() => undefined);
  }, [isSelf, speakerId]);

  const name = isSelf ? `${label} (you)` : label;
  const floorHolder = status?.floorHolder ?? false;
  const hand = status?.handPosition ?? null;
  return (
    <figure
      ref={tileRef}
      className={`tile${highlighted ? ' speaking' : ''}${floorHolder ? ' floor-holder' : ''}${hand !== null ? ' hand-raised' : ''}`}
      style={span ? { gridColumn: `span ${span}` } : undefined}
      role="group"
      aria-label={name}
      data-participant-id={participantId}
      data-self={isSelf || undefined}
      data-floor-holder={floorHolder || undefined}
    >
      <video ref={videoRef} autoPlay playsInline muted={isSelf} className={isSelf ? 'mirrored' : undefined} hidden={!cameraOn} />
      {cameraOn ? null : (
        <div className="avatar" aria-hidden="true">
          {initials(label) || '?'}
        </div>
      )}
      {hand !== null ? (
        <p className="tile-hand">
          <span aria-hidden="true">✋ </span>
          <span className="visually-hidden">Hand raised, </span>
          {ordinal(hand)} in the queue
        </p>
      ) : null}
      <figcaption>
        <span className="tile-name">{name}</span>
        {status?.presenter ? <span className="badge presenter">Presenter</span> : null}
        {floorHolder ? <span className="badge floor">Has the floor</span> : null}
        {status?.speaksNext ? <span className="badge next">{isSelf ? 'You speak next' : 'Speaks next'}</span> : null}
        {listening ? <span className="badge listening">{listeningNote}</span> : micOn ? null : <span className="badge">Muted</span>}
      </figcaption>
    </figure>
  );
}
