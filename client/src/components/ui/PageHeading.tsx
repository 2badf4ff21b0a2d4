import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

/** The page (and stage) whose heading last took focus; later re-mounts there leave focus alone. */
let focusedFor: string | null = null;

interface PageHeadingProps {
  children: string;
  /** A new stage within one URL (e.g. the lobby after the pre-join screen) moves focus again. */
  stage?: string;
}

/**
 * The page's h1. On arriving at a page it takes focus, so a screen reader starts reading from the
 * new page's title instead of wherever the old page left focus; it also names the browser tab.
 */
export function PageHeading({ children, stage = '' }: PageHeadingProps) {
  const [location] = useLocation();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${children} · PeerCircle`;
  }, [children]);

  useEffect(() => {
    const key = `${location}#${stage}`;
    if (focusedFor === key) return;
    focusedFor = key;
    ref.current?.focus();
  }, [location, stage]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
