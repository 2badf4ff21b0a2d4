import { useEffect, useLayoutEffect, useRef } from 'react';

interface VideoTileProps {
  label: string;
  stream: MediaStream | null;
  isSelf: boolean;
  micOn: boolean;
  cameraOn: boolean;
  highlighted: boolean;
  /** Holds the floor in the circle: shown larger and first. */
  floorHolder?: boolean;
  participantId?: string;
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

/**
 * One person in the grid. The video element also plays their audio (muted for our own tile), so a
 * participant with the camera off is still heard.
 */
export function VideoTile(props: VideoTileProps) {
  const { label, stream, isSelf, micOn, cameraOn, highlighted, floorHolder, participantId, onWidthChange } = props;
  const videoRef = useRef<HTMLVideoElement>(null);
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

  const name = isSelf ? `${label} (you)` : label;
  return (
    <figure
      ref={tileRef}
      className={`tile${highlighted ? ' speaking' : ''}${floorHolder ? ' floor-holder' : ''}`}
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
      <figcaption>
        <span className="tile-name">{name}</span>
        {floorHolder ? <span className="badge floor">Has the floor</span> : null}
        {micOn ? null : <span className="badge">Muted</span>}
      </figcaption>
    </figure>
  );
}
