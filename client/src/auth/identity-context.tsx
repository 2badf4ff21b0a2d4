import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Identity } from '@peercircle/shared';
import { ApiError, callApi } from '../api/api-client';
import { messageForError } from '../api/api-error-messages';

/** Who this browser is signed in as; the cookie is httpOnly, so only the server can say. */
export type IdentityStatus =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'signed-in'; identity: Identity }
  | { kind: 'unavailable'; message: string };

interface IdentityContextValue {
  status: IdentityStatus;
  signedIn(identity: Identity): void;
  /** After signing out, deleting one's data, or the server saying the login has expired. */
  signedOut(): void;
  recheck(): void;
}

const IdentityContext = createContext<IdentityContextValue | null>(null);

/**
 * Asks `/api/me` once per page load. Kept in context rather than the Zustand store because it is
 * account state that changes on navigation, not a mirror of the live session.
 */
export function IdentityProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<IdentityStatus>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Bumped by every sign-in or sign-out here. A `/api/me` answer that set off before one of them
  // is stale: on `/invite/…` it would otherwise report "signed out" after the invite signed us in.
  const changes = useRef(0);

  useEffect(() => {
    const controller = new AbortController();
    const changesAtStart = changes.current;
    const settle = (next: IdentityStatus) => {
      if (!controller.signal.aborted && changes.current === changesAtStart) setStatus(next);
    };
    callApi('me', { signal: controller.signal }).then(
      ({ identity }) => settle({ kind: 'signed-in', identity }),
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 401) settle({ kind: 'signed-out' });
        else settle({ kind: 'unavailable', message: messageForError(error) });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const signedIn = useCallback((identity: Identity) => {
    changes.current += 1;
    setStatus({ kind: 'signed-in', identity });
  }, []);
  const signedOut = useCallback(() => {
    changes.current += 1;
    setStatus({ kind: 'signed-out' });
  }, []);
  const recheck = useCallback(() => {
    setStatus({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  const value = useMemo(() => ({ status, signedIn, signedOut, recheck }), [status, signedIn, signedOut, recheck]);
  return <IdentityContext.Provider value={value}>{children}</IdentityContext.Provider>;
}

export function useIdentity(): IdentityContextValue {
  const value = useContext(IdentityContext);
  if (!value) throw new Error('useIdentity outside IdentityProvider');
  return value;
}

/** The signed-in identity, or null (also while still asking). */
export function useSignedInIdentity(): Identity | null {
  const { status } = useIdentity();
  return status.kind === 'signed-in' ? status.identity : null;
}

/** Where a signed-in person starts: facilitators on their dashboard, members on their home. */
export function homePathFor(identity: Identity): string {
  return identity.kind === 'facilitator' ? '/dashboard' : '/home';
}
