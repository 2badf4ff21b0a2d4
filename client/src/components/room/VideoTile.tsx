import { useEffect, useLayoutEffect, useRef } from 'react';
import { handTypeLabels } from '@peercircle/shared';
import { ordinal, waitingForText } from '../../circle/my-hand';
import type { TileStatus } from '../../circle/tile-status';
import { RoleBadges } from './RoleBadges';

interface VideoTileProps {
  label: string;
  stream: MediaStream | null;
  isSelf: boolean;
  micOn: boolean;
  cameraOn: boolean;
  highlighted: boolean;
  /** Their part in the circle: presenter, floor, next in the round, raised hand. */
  status?: TileStatus;
  /** Own tile: why the SFU holds the microphone now (until their turn, or the end of a pause); absent when it does not. */
  listening?: string | undefined;
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
          <HandIcon />
          <span className="visually-hidden">Hand raised, </span>
          {ordinal(hand)} in the queue{status?.handType ? `: ${handTypeLabels[status.handType]}` : null}
        </p>
      ) : null}
      {status?.handWaiting && status.handType ? (
        <p className="tile-hand waiting">
          <HandIcon />
          <span className="visually-hidden">Hand raised, </span>
          {handTypeLabels[status.handType]}, {waitingForText(status.handWaiting.waitingFor)}
        </p>
      ) : null}
      <figcaption>
        <span className="tile-name">{name}</span>
        {status?.presenter ? <span className="badge presenter">Presenter</span> : null}
        <RoleBadges roles={status?.roles ?? []} />
        {floorHolder ? <span className="badge floor">Has the floor</span> : null}
        {status?.speaksNext ? <span className="badge next">{isSelf ? 'You speak next' : 'Speaks next'}</span> : null}
        {listening ? <span className="badge listening">{listening}</span> : micOn ? null : <span className="badge">Muted</span>}
      </figcaption>
    </figure>
  );
}

/** A raised hand, drawn rather than an emoji, which not every system has a font for. */
function HandIcon() {
  return (
    <svg className="hand-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M5 2.5a1 1 0 0 1 2 0V7h.5V1.5a1 1 0 0 1 2 0V7h.5V2.5a1 1 0 0 1 2 0V8h.3V5a1 1 0 0 1 2 0v5.2c0 2.7-2 4.8-4.7 4.8H8.4c-1.6 0-3-.8-3.9-2.1L2.2 9.6a1 1 0 0 1 1.6-1.2L5 10V2.5Z"
      />
    </svg>
  );
}
